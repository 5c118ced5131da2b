"use client";

import { useRouter } from "next/navigation";
import { secondaryButtonClass } from "./form-styles";
import { postJson } from "./post-json";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      onClick={async () => {
        await postJson("/api/ingest/session", {}, "DELETE");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
