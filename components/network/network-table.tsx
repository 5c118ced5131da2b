import Link from "next/link";
import type { Network } from "@/lib/network/queries";
import { edgeHref, edgeText } from "./network-graph";

const th = "py-1 pr-4 text-left font-medium text-slate-500 dark:text-slate-400";

/** Every drawn edge as a row: the same numbers as the drawing, with links to the deals. */
export function NetworkTable({ network, linkTarget }: { network: Network; linkTarget?: string }) {
  const names = new Map(network.nodes.map((n) => [n.key, n.name]));
  const slugs = new Map(network.nodes.map((n) => [n.key, n.slug]));
  const company = (key: string) => {
    const slug = slugs.get(key);
    return slug ? (
      <Link href={`/companies/${slug}`} target={linkTarget} className="underline underline-offset-2">
        {names.get(key)}
      </Link>
    ) : (
      names.get(key)
    );
  };
  return (
    <table className="w-full text-sm" data-testid="network-table">
      <caption className="sr-only">Links between companies: who pays, invests in or acquires whom</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            From
          </th>
          <th scope="col" className={th}>
            To
          </th>
          <th scope="col" className={th}>
            Deals and value
          </th>
          <th scope="col" className={th}>
            Deal
          </th>
        </tr>
      </thead>
      <tbody>
        {network.edges.map((e) => (
          <tr key={e.key} className="border-t border-slate-100 dark:border-slate-900" data-edge-row={e.key}>
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              {company(e.from)}
            </th>
            <td className="py-1 pr-4">{company(e.to)}</td>
            <td className="py-1 pr-4 tabular-nums">{edgeText(e, names).value}</td>
            <td className="py-1 pr-4">
              <Link href={edgeHref(e)} target={linkTarget} className="underline underline-offset-2">
                {e.deal ? e.deal.title : `${names.get(e.from === "other" ? e.to : e.from)}'s deals`}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
