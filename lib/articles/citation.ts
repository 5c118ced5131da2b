/** A piece of evidence's id on its article page (an HTML anchor): its seed key with "/" as "--". */
export function citationId(key: string): string {
  return key.replace(/\//g, "--");
}
