// What a list or chart shows when nothing matches: what happened, and the way out.

export function EmptyState({
  title,
  children,
  testId,
}: {
  title: React.ReactNode;
  children?: React.ReactNode;
  testId?: string;
}) {
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700"
      data-testid={testId}
    >
      <p className="font-medium">{title}</p>
      {children && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{children}</p>}
    </div>
  );
}
