import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <div className="py-12">
      <PageHeader title="Not found" eyebrow={<span className="font-medium">404</span>}>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          There is no deal, company or article at this address. It may have been renamed.
        </p>
      </PageHeader>
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
