import type { Metadata } from "next";
import localFont from "next/font/local";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { NavLink } from "@/components/ui/nav-link";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { THEME_COOKIE, themeOf } from "@/lib/theme/theme";
import "./globals.css";

// Copied from @fontsource-variable/inter: next/font/google would download at build time.
const inter = localFont({
  src: "../public/fonts/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export async function generateMetadata(): Promise<Metadata> {
  // Link previews need absolute image URLs: the site's own address, as the request names it.
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  return {
    title: { default: "chip-deals", template: "%s · chip-deals" },
    description: "AI-chip supply deals, every figure traced to its source sentence.",
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    metadataBase:
      host && /^[\w.:[\]-]+$/.test(host) ? new URL(`${proto === "https" ? "https" : "http"}://${host}`) : null,
    openGraph: { siteName: "chip-deals", type: "website" },
  };
}

// Pages read the database on each request, never at build time.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // /embed/* shows one chart in someone else's page: no header, navigation or footer.
  if ((await headers()).get("x-embed") === "1")
    return (
      <html lang="en" className={inter.variable}>
        <body className="bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
          <main className="p-3">{children}</main>
        </body>
      </html>
    );
  const theme = themeOf((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={inter.variable} data-theme={theme === "system" ? undefined : theme}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-slate-900"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 print:hidden dark:border-slate-800">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3 text-sm"
          >
            <Link href="/" className="mr-2 text-base font-semibold tracking-tight">
              chip-deals
            </Link>
            <NavLink href="/timeline">Timeline</NavLink>
            <NavLink href="/deals">Deals</NavLink>
            <NavLink href="/compare">Compare</NavLink>
            <NavLink href="/ingest">Add articles</NavLink>
            <NavLink href="/network">Network</NavLink>
            <ThemeToggle initial={theme} />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-500 print:hidden dark:text-slate-400">
          Figures are taken from Dutch news articles; every one links to the sentence it comes from.{" "}
          <Link href="/data" className="underline underline-offset-2">
            The dataset
          </Link>{" "}
          ·{" "}
          <a href="/api/openapi.json" className="underline underline-offset-2">
            API
          </a>
        </footer>
      </body>
    </html>
  );
}
