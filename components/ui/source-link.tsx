import Link from "next/link";
import type { SourceDto } from "@/lib/deals/schemas";

/** A link to the exact sentence on its article page. */
export function SourceLink({
  source,
  children,
}: {
  source: Pick<SourceDto, "article" | "id" | "title">;
  children?: React.ReactNode;
}) {
  return (
    <Link
      href={`/articles/${source.article}#${source.id}`}
      className="text-xs whitespace-nowrap text-slate-600 underline underline-offset-2 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
      title={`The sentence in “${source.title}”`}
      data-print-url={`/articles/${source.article}#${source.id}`}
    >
      {children ?? "source"}
    </Link>
  );
}
