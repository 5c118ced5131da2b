const th = "py-1 pr-4 text-left font-medium text-slate-500 dark:text-slate-400";

/** One vocabulary of lib/domain.ts as a table: the stored value, its label, and a note where there is one. */
export function VocabularyTable({
  id,
  title,
  entries,
  noteHeading,
}: {
  id: string;
  title: string;
  entries: readonly { value: string; label: string; note?: string }[];
  noteHeading?: string;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {/* Focusable, so a keyboard user can scroll a wide table on a phone. */}
      <div className="overflow-x-auto" tabIndex={0}>
        <table className="mt-1 w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Value
              </th>
              <th scope="col" className={th}>
                Meaning
              </th>
              {noteHeading && (
                <th scope="col" className={th}>
                  {noteHeading}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.value} className="border-t border-slate-100 dark:border-slate-900">
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  <code className="font-mono text-xs">{e.value}</code>
                </th>
                <td className="py-1 pr-4">{e.label}</td>
                {noteHeading && <td className="py-1 pr-4 text-slate-600 dark:text-slate-400">{e.note ?? ""}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
