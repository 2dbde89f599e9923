import { EtlError } from '../etl-error';
import type { FileProbe } from '../sources/file-probe';
import type { FileSource } from '../sources/source-definition';

export type DetectedFile = { kind: 'recognised'; source: FileSource } | { kind: 'unknown'; reason: string };

/**
 * Which source a file belongs to, decided by its content (sheet names, headers, JSON keys), never by its
 * name: analysts rename downloads. Two sources claiming one file is a bug in their recognisers.
 * A damaged workbook throws the reader's error, which names the problem better than "unknown".
 */
export function detectSource(file: FileProbe, sources: readonly FileSource[]): DetectedFile {
  switch (file.kind) {
    case 'empty':
      return { kind: 'unknown', reason: 'El archivo está vacío (0 bytes)' };
    case 'ole':
      // Reading it raises the reader's "legacy .xls" message with the conversion advice.
      file.workbook();
      return { kind: 'unknown', reason: 'Formato .xls antiguo no soportado' };
    case 'binary':
      return { kind: 'unknown', reason: 'No es un libro de Excel (.xlsx/.xlsm), un .zip, un CSV ni un JSON' };
    case 'zip':
    case 'text':
      break;
  }
  const claims = sources.filter((source) => source.recognise(file));
  if (claims.length > 1) {
    throw new EtlError('ambiguous-source', `El archivo parece de varias fuentes a la vez (${claims.map((s) => s.title).join(', ')}); no se importa para no adivinar.`);
  }
  const [source] = claims;
  if (source) return { kind: 'recognised', source };
  const known = sources.map((s) => s.title).join('; ');
  return { kind: 'unknown', reason: `Su contenido no corresponde a ninguna fuente conocida (${known})` };
}
