import { NotFoundError } from "@/lib/errors";

/** The numeric id of /api/ingest/{id}/..., or a 404. */
export async function ingestIdParam(params: Promise<{ id: string }>): Promise<number> {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) throw new NotFoundError("Ingest");
  return Number(id);
}
