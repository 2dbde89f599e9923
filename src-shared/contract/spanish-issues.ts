/**
 * Spanish for the structural issues zod words in English: an unknown key in a strict object or a
 * record, and a record key that fails its schema. Pass as `{ error: spanishIssue(…) }`.
 */
export function spanishIssue(noun: string, hint: string) {
  return (issue: { code?: string; keys?: readonly string[] }): string | undefined => {
    if (issue.code === 'unrecognized_keys') return `${noun} desconocida: ${quoteKeys(issue.keys ?? [])} (${hint})`;
    if (issue.code === 'invalid_key') return `${noun} inválida (${hint})`;
    return undefined;
  };
}

/** For a command's own fields: "Opción desconocida: «x» (use sourceIds)". */
export function unknownOption(...known: string[]) {
  return { error: spanishIssue('Opción', known.length ? `use ${known.join(', ')}` : 'este comando no tiene opciones') };
}

/** At most five keys of at most 60 characters each: an error message must never echo a huge input. */
function quoteKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => `«${k.length > 60 ? `${k.slice(0, 60)}…` : k}»`);
  return keys.length > 5 ? `${shown.join(', ')} y ${keys.length - 5} más` : shown.join(', ');
}
