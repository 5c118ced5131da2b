"use client";

import { useState } from "react";

interface Detail {
  title: string;
  value: string;
  parties: string;
  quote: string;
}

/**
 * Shows the deal behind the edge under the pointer or the keyboard focus, with its source
 * sentence, below the drawing. The drawing is server-rendered; this only reads its data-* attributes.
 */
export function NetworkHover({ children, hint }: { children: React.ReactNode; hint: string }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const show = (target: EventTarget) => {
    const el = target instanceof Element ? target.closest<HTMLElement | SVGElement>("[data-edge]") : null;
    if (!el) return;
    const d = el.dataset;
    setDetail({ title: d.title ?? "", value: d.value ?? "", parties: d.parties ?? "", quote: d.quote ?? "" });
  };
  return (
    <div onPointerOver={(e) => show(e.target)} onFocus={(e) => show(e.target)}>
      {children}
      <div
        className="mt-2 min-h-[5.5rem] rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
        data-testid="network-detail"
      >
        {detail ? (
          <>
            <p className="font-medium">{detail.title}</p>
            <p className="tabular-nums">{detail.value}</p>
            {detail.parties && <p className="text-slate-600 dark:text-slate-400">{detail.parties}</p>}
            {detail.quote && (
              <blockquote lang="nl" className="mt-1 border-l-2 border-slate-300 pl-2 italic dark:border-slate-700">
                {detail.quote}
              </blockquote>
            )}
          </>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">{hint}</p>
        )}
      </div>
    </div>
  );
}
