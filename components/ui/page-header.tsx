// The head of every page: an optional line above the title (a kind, a breadcrumb), the h1, what
// follows it, and actions on the right (the CSV links). One place for the title's look.

export function PageHeader({
  title,
  eyebrow,
  lang,
  actions,
  children,
}: {
  title: React.ReactNode;
  eyebrow?: React.ReactNode;
  /** The title's language when it is not the page's (a Dutch article's headline). */
  lang?: string;
  actions?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {eyebrow && <div className="mb-1 text-sm text-slate-500 dark:text-slate-400">{eyebrow}</div>}
        <h1 lang={lang} className="text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        {children}
      </div>
      {actions && <div className="print:hidden">{actions}</div>}
    </header>
  );
}
