/**
 * What a source says when its publisher cannot be reached: the data the analyst sees is still there,
 * and from when. `keptDataFrom` is the ISO time of the newest file in use (null: nothing loaded yet).
 */
export function offlineMessage(keptDataFrom: string | null, reason: string): string {
  const kept = keptDataFrom ? `se conservan los datos del ${formatDate(keptDataFrom)}` : 'aún no hay datos de esta fuente';
  return `Sin conexión: ${kept} (${lowerFirst(reason)})`;
}

/** "30/11/2025", in the analyst's time zone. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('es-CO', { day: '2-digit', month: '2-digit', year: 'numeric' });
}

function lowerFirst(text: string): string {
  // "No se pudo conectar…" reads as a clause after the parenthesis; a host name stays as it is.
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}
