import { EtlError } from '../../../etl-error';
import type { RejectToStore } from '../../../load/lineage';
import type { FileProbe } from '../../file-probe';
import { describeResolution, parseDeclarationPeriodMention, parseResolutionMention } from '../resolution-mention';
import { declarationPeriodLabel, type DeclarationPeriodRef, type DeclarationRow, type DeclarationWorkbook } from '../types';
import { readFieldSheet } from './field-sheet';
import { openSoporteWorkbook } from './open-soporte-workbook';
import { dropRepeatedDeclarations, type FieldSheetRows } from './repeated-declarations';

/**
 * Transform of a "soporte magnético": every field sheet becomes rows that each carry the resolution,
 * the declaration, the field's header facts and their lineage. Pure: bytes (and the file name) in.
 *
 * The workbook does not say which resolution it belongs to; the file name does (Caudal names downloads
 * "Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - …", and an analyst can name a file the same
 * way). The declaration period comes from the name when given, else from the year headers.
 */
export function readDeclarationWorkbook(file: FileProbe): DeclarationWorkbook {
  const workbook = openSoporteWorkbook(file);
  const warnings: string[] = [];
  const rejects: RejectToStore[] = [];
  const sheets: FieldSheetRows[] = [];
  let firstYear = Infinity;
  let lastYear = -Infinity;

  for (const info of workbook.sheets) {
    if (info.kind !== 'worksheet') continue;
    const read = readFieldSheet(workbook.sheet(info.name));
    if (read.kind === 'other') {
      warnings.push(`Se omitió la hoja «${info.name}»: ${read.reason}`);
      continue;
    }
    sheets.push({ fieldSheet: read.fieldSheet, rows: read.rows });
    rejects.push(...read.rejects);
    warnings.push(...read.warnings);
    firstYear = Math.min(firstYear, read.firstYear);
    lastYear = Math.max(lastYear, read.lastYear);
  }
  if (sheets.length === 0) {
    throw new EtlError(
      'no-field-sheets',
      'El libro no tiene ninguna hoja de campo de un soporte magnético (con «PODER CALORIFICO (BTU/PC)» y los encabezados «AAAA - Año N (GBTUD)»): ¿es el archivo correcto?',
    );
  }

  const declarationPeriod = choosePeriod(file.fileName, { firstYear, lastYear }, warnings);
  const resolution = resolutionOf(file.fileName, declarationPeriod, warnings);
  const periodLabel = declarationPeriodLabel(declarationPeriod);
  const repeated = dropRepeatedDeclarations(sheets);
  rejects.push(...repeated.rejects);
  warnings.push(...repeated.warnings);
  const rows: DeclarationRow[] = [];
  for (const { fieldSheet, rows: sheetRows } of repeated.sheets) {
    for (const row of sheetRows) {
      rows.push({
        ...row,
        resolutionNumber: resolution.number,
        declarationPeriod: periodLabel,
        sheet: fieldSheet.sheet,
        field: fieldSheet.field,
        contract: fieldSheet.contract,
        heatingValueBtuPerCf: fieldSheet.heatingValueBtuPerCf,
      });
    }
  }
  return {
    fileName: file.fileName,
    coverage: `Declaración ${periodLabel}, ${describeResolution(resolution)}`,
    resolution,
    declarationPeriod,
    fieldSheets: sheets.map((s) => s.fieldSheet),
    rows,
    rejects,
    reconciliations: [],
    warnings,
  };
}

function choosePeriod(fileName: string, fromSheets: DeclarationPeriodRef, warnings: string[]): DeclarationPeriodRef {
  const named = parseDeclarationPeriodMention(fileName);
  if (!named) return fromSheets;
  if (named.firstYear !== fromSheets.firstYear || named.lastYear !== fromSheets.lastYear) {
    warnings.push(
      `El libro declara ${fromSheets.firstYear}–${fromSheets.lastYear} pero MinEnergía lo publica en la Declaración ${declarationPeriodLabel(named)}: se archiva en esta`,
    );
  }
  return named;
}

function resolutionOf(fileName: string, period: DeclarationPeriodRef, warnings: string[]): DeclarationWorkbook['resolution'] {
  const mention = parseResolutionMention(fileName);
  if (!mention) {
    throw new EtlError(
      'resolution-unknown',
      `No se sabe a qué resolución corresponde «${fileName}»: el soporte magnético no lo dice y el nombre del archivo tampoco. ` +
        'Renómbrelo con el número y la fecha de la resolución (por ejemplo «Resolución 00739 del 28 de mayo de 2025.xlsm», como aparece en la página de MinEnergía) e impórtelo de nuevo.',
    );
  }
  if (mention.year !== null) return { ...mention, year: mention.year };
  warnings.push(`El nombre del archivo no dice el año de la Resolución ${mention.number}: se supone ${period.firstYear}, el primero de la declaración`);
  return { ...mention, year: period.firstYear };
}
