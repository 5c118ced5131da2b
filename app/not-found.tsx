import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-12">
      <p className="text-sm font-medium text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        There is no deal, company or article at this address. It may have been renamed.
      </p>
      <p className="mt-4 flex gap-4 text-sm">
        <Link href="/deals" className="underline underline-offset-2">
          All deals
        </Link>
        <Link href="/timeline" className="underline underline-offset-2">
          Timeline
        </Link>
      </p>
    </div>
  );
}
