import { useSyncExternalStore } from "react";

// Whether the screen is at least 640 px wide: phones get shorter labels and fewer ticks.
// The server renders the wide chart; a phone redraws on hydration.

const WIDE = "(min-width: 640px)";
export function useWide(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}
