import ExcelJS from 'exceljs';
import type { SourceId } from '../../../../src-shared/contract/sources';
import { buildAnhWorkbook, departmentFirstColumns, fieldRow, type FixtureRow, type MonthlySheetSpec } from '../../../support/anh-workbook-fixture';
import { royaltyFixtureRows, royaltyRow } from '../../etl/sources/anh-royalties/royalty-fixture';
import { buildSoporteWorkbook, declining, type SheetSpec } from '../../etl/sources/mme-declaration/fixtures/soporte-workbook';
import { agregada2023, industrial2023 } from '../../etl/sources/upme-demand/fixtures/layout-2023';
import { agregada2024, FILE_NAMES_2024 } from '../../etl/sources/upme-demand/fixtures/layout-2024';
import { zipSync } from 'fflate';
import { divipolaCsv, divipolaCsvHeader, divipolaFixtureRows } from '../../etl/sources/dane-territory/divipola-fixture';

/**
 * New files with a content problem, one builder per source and problem: the publisher renamed a header,
 * repeated rows, or published rows that contradict each other. Everything here is written at test time
 * from the tests' own fixtures.
 */
export type ContentProblem = 'headers' | 'duplicates' | 'contradictions';

const MONTHS = ['enero', 'febrero', 'marzo'];

/** Three months of 2023 (a year the page did not list), lines as ANH writes them. */
function anhMonths(rows: (month: number) => readonly (FixtureRow | null)[], extra: (month: number) => Partial<MonthlySheetSpec> = () => ({})): MonthlySheetSpec[] {
  return MONTHS.map((name, i) => ({ kind: 'monthly', name: `${name}-23`, year: 2023, month: i + 1, rows: rows(i + 1), ...extra(i + 1) }));
}

const anhLines = (month: number): FixtureRow[] => [
  fieldRow('CAMPO FALLAS UNO', 1000 + month, { department: 'CASANARE', municipality: 'YOPAL' }),
  fieldRow('CAMPO FALLAS DOS', 250.5 + month, { department: 'LA GUAJIRA', municipality: 'MANAURE' }),
];

const soporteSheet = (name: string, base: number, extra: Partial<Extract<SheetSpec, { kind: 'field' }>> = {}): SheetSpec => ({
  kind: 'field',
  name,
  layout: 'below',
  firstYear: 2025,
  rows: [
    { operator: 'OPERADORA FALLAS S.A.S.', type: 'PTDV', value: declining(base) },
    { type: 'PP (DECLARADO POR EL OPERADOR DEL CAMPO)', value: declining(base * 1.2) },
  ],
  ...extra,
});

const encode = (text: string) => new TextEncoder().encode(text);

export const contentBuilders: Readonly<Record<SourceId, Readonly<Record<ContentProblem, () => Promise<Uint8Array>>>>> = {
  'anh-production': {
    // "PRODUCCION FISCALIZADA" became "VOLUMEN": without the measure's header nothing can be read.
    headers: () =>
      buildAnhWorkbook(anhMonths(anhLines, () => ({ columns: departmentFirstColumns.map(([key, header]) => [key, key === 'fiscalizada' ? 'VOLUMEN\nTOTAL' : header] as const) }))),
    // The same line twice in every month (ANH does publish repeated keys: both are summed, and the
    // sheet's TOTAL, which sums them too, says whether the file is consistent).
    duplicates: () => buildAnhWorkbook(anhMonths((m) => [...anhLines(m), anhLines(m)[0]!])),
    // The TOTAL row disagrees with the lines above it (its SUM leaves the first line out).
    contradictions: () => buildAnhWorkbook(anhMonths(anhLines, () => ({ total: { fromRow: 9 } }))),
  },
  'mme-declaration': {
    headers: () => buildSoporteWorkbook([soporteSheet('CAMPO FALLAS', 20, { yearHeader: (year) => `Periodo ${year}` })]),
    // One field declared twice in the same soporte, in two sheets.
    duplicates: () => buildSoporteWorkbook([soporteSheet('CAMPO FALLAS', 20), soporteSheet('CAMPO FALLAS (2)', 20, { field: 'CAMPO FALLAS' })]),
    // The same operator and production type twice in one sheet with different numbers.
    contradictions: () =>
      buildSoporteWorkbook([
        soporteSheet('CAMPO FALLAS', 20, {
          rows: [
            { operator: 'OPERADORA FALLAS S.A.S.', type: 'PTDV', value: declining(20) },
            { operator: 'OPERADORA FALLAS S.A.S.', type: 'PTDV', value: declining(35) },
          ],
        }),
      ]),
  },
  'upme-demand': {
    // A scenario column renamed in the Agregada's scenario sheet.
    headers: async () =>
      zipSync({
        [FILE_NAMES_2024.agregada]: await agregada2024({ tweak: (_book, sheet) => sheet.name === 'Esc Alto, Medio y Bajo' && (sheet.getCell('B2').value = 'Esc. Pesimista') }),
      }),
    // Two workbooks of the same sector in one annex.
    duplicates: async () =>
      zipSync({
        'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Agregada.xlsx': await agregada2023(),
        'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Industrial.xlsx': await industrial2023(),
        'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Industrial (copia).xlsx': await industrial2023(),
      }),
    // The regional sheet's national total disagrees with its regions in one month.
    contradictions: async () =>
      zipSync({
        'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Agregada.xlsx': await withCell(await agregada2023(), 'Esc. Medio - Regional', 'K10', 99_999),
        'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Industrial.xlsx': await industrial2023(),
      }),
  },
  'anh-royalties': {
    headers: async () => encode(JSON.stringify(royaltyFixtureRows().map(({ regaliascop, ...row }) => ({ ...row, valor_liquidado: regaliascop ?? '' })))),
    duplicates: async () => encode(JSON.stringify([...royaltyFixtureRows(), royaltyFixtureRows()[0]!])),
    // One settlement published twice with different amounts.
    contradictions: async () => encode(JSON.stringify([...royaltyFixtureRows(), royaltyRow({ regaliascop: '9999999' })])),
  },
  'dane-territory': {
    headers: async () => encode(divipolaCsv().replace(divipolaCsvHeader, divipolaCsvHeader.replace(/MUNICIPIO$/, 'NOMBRE DEL LUGAR'))),
    // Three municipalities listed twice.
    duplicates: async () => encode(divipolaCsv([...divipolaFixtureRows, ...divipolaFixtureRows.slice(0, 3)])),
    // One code published twice with two different names.
    contradictions: async () => encode(divipolaCsv([...divipolaFixtureRows, ['Región Llano', '85', 'Casanare', '85001', 'Otro Nombre de Yopal']])),
  },
};

/** A workbook with one cell changed, as a publisher's slip would leave it. */
async function withCell(bytes: Uint8Array, sheetName: string, ref: string, value: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`El libro no tiene la hoja «${sheetName}»`);
  sheet.getCell(ref).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
