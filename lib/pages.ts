import { notFound } from "next/navigation";
import { ApiError } from "@/lib/api/errors";

/** Runs a lib/ lookup for a page; its 404 becomes the page's not-found, anything else is rethrown. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
}
