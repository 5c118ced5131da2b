import { htmlDateTime } from "@/lib/dates/partial-date";
import { formatDateText } from "@/lib/format";

/** A date at its own precision, with the machine-readable partial form HTML allows ("2025-07"). */
export function PartialTime({ text, className }: { text: string; className?: string }) {
  return (
    <time dateTime={htmlDateTime(text)} className={className}>
      {formatDateText(text)}
    </time>
  );
}
