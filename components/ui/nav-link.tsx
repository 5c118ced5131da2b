"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A main-navigation link that marks itself as the current page. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-1 py-0.5 text-slate-600 hover:text-slate-900 aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100 dark:aria-[current=page]:text-slate-100"
    >
      {children}
    </Link>
  );
}
