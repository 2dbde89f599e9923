/**
 * Decodes a page or API answer with the charset its Content-Type names (government sites still serve
 * some pages as ISO-8859-1), UTF-8 otherwise. A BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label (a typo on the server's side): UTF-8 is what these sites almost always mean.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
