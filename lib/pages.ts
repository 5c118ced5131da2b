import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** Runs a lib/ lookup for a page; a NotFoundError becomes the page's not-found, anything else is rethrown. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
