import { segmentText, type Span } from "@/lib/articles/segments";

/** The article's original text, byte for byte, with every cited sentence highlighted and anchored. */
export function ArticleText({
  text,
  citations,
  lang = "nl",
}: {
  text: string;
  citations: readonly Span[];
  lang?: string;
}) {
  return (
    <div lang={lang} className="text-[0.95rem] leading-7 whitespace-pre-wrap">
      {segmentText(text, citations).map((segment) => (
        <span key={segment.start}>
          {segment.starting.map((id) => (
            <span key={id} id={id} className="scroll-mt-24" />
          ))}
          {segment.covering.length ? (
            <mark
              data-cites={segment.covering.join(" ")}
              className="rounded-sm bg-amber-100 text-inherit data-[focus]:bg-amber-300 data-[focus]:ring-2 data-[focus]:ring-amber-500 dark:bg-amber-900/50 dark:data-[focus]:bg-amber-700"
            >
              {segment.text}
            </mark>
          ) : (
            segment.text
          )}
        </span>
      ))}
    </div>
  );
}
