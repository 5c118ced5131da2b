import { notFound, redirect } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { queryString } from "@/lib/url";

/** Runs a lib/ lookup for a page; a NotFoundError becomes the page's not-found, anything else is rethrown. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * The same lookup for generateMetadata: null when not found. Metadata that called notFound() would
 * escape the not-found boundary, and Next would send an empty error shell that only JavaScript
 * fills; the page itself calls orNotFound and renders the real 404 page.
 */
export async function orNull<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * A GET form sends every field, the empty ones too (`?q=&from=`). Such a URL is redirected to the
 * same view without them, so the address bar and shared links name only the active filters.
 */
export function redirectWithoutEmpty(path: string, params: Record<string, string | string[] | undefined>): void {
  const empty = Object.values(params).some((v) => v === "" || (Array.isArray(v) && v.includes("")));
  if (empty) redirect(`${path}${queryString(params)}`);
}
