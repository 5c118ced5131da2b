"use client";

import { useState } from "react";
import { nextTheme, THEME_COOKIE, THEME_LABEL, THEME_MAX_AGE, type Theme } from "@/lib/theme/theme";

/**
 * Cycles system → light → dark. A form posting to /theme, so it works without JavaScript; with
 * it, the theme changes in place (the <html data-theme> the server renders from the cookie).
 */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  const next = nextTheme(theme);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const root = document.documentElement;
    if (next === "system") {
      delete root.dataset.theme;
      document.cookie = `${THEME_COOKIE}=; path=/; max-age=0; samesite=lax`;
    } else {
      root.dataset.theme = next;
      document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${THEME_MAX_AGE}; samesite=lax`;
    }
    setTheme(next);
  };
  return (
    <form action="/theme" method="post" onSubmit={onSubmit} className="ml-auto print:hidden">
      <input type="hidden" name="theme" value={next} />
      <button
        type="submit"
        aria-label={`Colour theme: ${THEME_LABEL[theme].toLowerCase()}. Switch to ${THEME_LABEL[next].toLowerCase()}`}
        className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
        data-testid="theme-toggle"
      >
        Theme: {THEME_LABEL[theme]}
      </button>
    </form>
  );
}
