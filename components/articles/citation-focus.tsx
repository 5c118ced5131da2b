"use client";

import { useEffect } from "react";

/**
 * Emphasises the quote named by the URL's #anchor: its anchor span only marks where it starts,
 * so the segments it covers (data-cites lists their citation ids) get data-focus.
 */
export function CitationFocus() {
  useEffect(() => {
    const apply = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      for (const el of document.querySelectorAll("[data-focus]")) el.removeAttribute("data-focus");
      if (!id) return;
      for (const el of document.querySelectorAll<HTMLElement>("mark[data-cites]")) {
        if (el.dataset.cites?.split(" ").includes(id)) el.setAttribute("data-focus", "");
      }
      document.querySelector(`[data-citation="${CSS.escape(id)}"]`)?.setAttribute("data-focus", "");
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}
