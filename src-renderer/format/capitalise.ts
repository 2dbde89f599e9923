/** "departamento" → "Departamento": dimension nouns are stored lower-case for use inside sentences. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
