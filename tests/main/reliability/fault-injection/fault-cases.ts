import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import type { SourceId } from '../../../../src-shared/contract/sources';
import { closedPortOrigin, type PublisherServer } from '../../../support/publisher-server';
import { contentBuilders, type ContentProblem } from './source-content';
import { corruptZipBytes, maintenancePage, type InstalledSource } from './sources-under-test';

/**
 * The faults the refresh must survive, as one table: each is arranged against the local publisher
 * server for one source, then that source alone is refreshed. `expect` says what the analyst must be
 * told and what must happen to the data: `failed` leaves every data table exactly as it was; `loaded`
 * takes the new file in (a new snapshot may replace the source's own rows, as a new publication
 * should), leaves every other source's rows as they were, and must report the problem (a reject, a
 * warning, a failed reconciliation or check). `knownIssue` marks a report the source does not make yet: the
 * case still checks the data, and a separate `it.fails` line keeps the gap visible until it is fixed.
 */
export type FaultKind =
  | 'red caída (puerto cerrado)'
  | 'HTTP 500 en la página'
  | 'HTTP 500 en el archivo'
  | 'sin respuesta (tiempo de espera)'
  | 'descarga que se detiene'
  | 'descarga truncada'
  | 'archivo dañado'
  | 'página con otro formato'
  | 'encabezados cambiados'
  | 'filas duplicadas'
  | 'filas contradictorias';

export interface FaultContext {
  readonly server: PublisherServer;
  readonly installed: InstalledSource;
  /** The environment the refresh runs with; a case may point URLs elsewhere. */
  env: Record<string, string>;
}

export type FaultExpectation =
  | { readonly outcome: 'failed'; readonly code: string; readonly message: RegExp }
  | {
      readonly outcome: 'loaded';
      /** What the refresh result or the stored rejects, reconciliations and checks must say. */
      readonly reported: RegExp;
      /** Why the source does not report it yet; the report is then asserted by an `it.fails`. */
      readonly knownIssue?: string;
      /** Further facts about the loaded rows. */
      readonly check?: (sqlite: BetterSqlite3.Database) => void;
    };

export interface FaultCase {
  readonly source: SourceId;
  readonly fault: FaultKind;
  arrange(ctx: FaultContext): Promise<void>;
  readonly expect: FaultExpectation;
}

const sources = ['anh-production', 'mme-declaration', 'upme-demand', 'anh-royalties', 'dane-territory'] as const satisfies readonly SourceId[];

/** Transport faults do not care what the new file holds. */
const anyNewFile = new TextEncoder().encode('contenido nuevo');

/** What each source says when its first page or API answers something else than expected. */
const changedLayout: Readonly<Record<SourceId, { code: string; message: RegExp }>> = {
  'anh-production': { code: 'layout-changed', message: /^La página de la ANH cambió: no se encontraron enlaces de producción de gas$/ },
  'mme-declaration': { code: 'layout-changed', message: /^La página de MinEnergía cambió: no se encontró ninguna sección «Declaración de Producción de Gas Natural AAAA - AAAA»$/ },
  'upme-demand': { code: 'layout-changed', message: /^La página de proyecciones de la UPME cambió: no se encontró ningún anexo de datos \(\.zip\)/ },
  'anh-royalties': { code: 'bad-response', message: /^La respuesta de 127\.0\.0\.1:\d+ no es válida: no es JSON/ },
  'dane-territory': { code: 'file-failed', message: /no es una lista DIVIPOLA \(CSV\/JSON\) ni un archivo de límites/ },
};

const transportFaults = (source: SourceId): FaultCase[] => [
  {
    source,
    fault: 'red caída (puerto cerrado)',
    async arrange(ctx) {
      const origin = await closedPortOrigin();
      for (const [name, url] of Object.entries(ctx.env)) ctx.env[name] = `${origin}${new URL(url).pathname}${new URL(url).search}`;
    },
    expect: { outcome: 'failed', code: 'unreachable', message: /^No se pudo conectar con 127\.0\.0\.1:\d+ \(conexión rechazada\) \(tras 2 intentos\)$/ },
  },
  {
    source,
    fault: 'HTTP 500 en la página',
    async arrange(ctx) {
      ctx.server.fail(ctx.installed.firstPath, { kind: 'status', status: 500 });
    },
    expect: { outcome: 'failed', code: 'http-status', message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500 \(error del servidor del publicador\) \(tras 2 intentos\)$/ },
  },
  {
    source,
    fault: 'HTTP 500 en el archivo',
    async arrange(ctx) {
      ctx.server.fail(ctx.installed.publishNewFile(anyNewFile), { kind: 'status', status: 500 });
    },
    expect: { outcome: 'failed', code: 'http-status', message: /respondió HTTP 500 \(error del servidor del publicador\) \(tras 2 intentos\)$/ },
  },
  {
    source,
    fault: 'sin respuesta (tiempo de espera)',
    async arrange(ctx) {
      ctx.server.fail(ctx.installed.firstPath, { kind: 'hang' });
    },
    expect: { outcome: 'failed', code: 'timeout', message: /^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en [\d.]+ s \(tras 2 intentos\)$/ },
  },
  {
    source,
    fault: 'descarga que se detiene',
    async arrange(ctx) {
      ctx.server.fail(ctx.installed.publishNewFile(anyNewFile), { kind: 'stall' });
    },
    expect: { outcome: 'failed', code: 'timeout', message: /^La descarga desde 127\.0\.0\.1:\d+ se detuvo: no llegaron datos en [\d.]+ s \(tras 2 intentos\)$/ },
  },
  {
    source,
    fault: 'descarga truncada',
    async arrange(ctx) {
      ctx.server.fail(ctx.installed.publishNewFile(anyNewFile), { kind: 'truncate' });
    },
    expect: { outcome: 'failed', code: 'truncated', message: /^La descarga desde 127\.0\.0\.1:\d+ quedó incompleta: llegaron \d+ de \d+ bytes \(tras 2 intentos\)$/ },
  },
  {
    source,
    fault: 'página con otro formato',
    async arrange(ctx) {
      ctx.server.fail(ctx.installed.firstPath, { kind: 'replace', file: maintenancePage() });
    },
    expect: { outcome: 'failed', ...changedLayout[source] },
  },
];

const newContent = (problem: ContentProblem | 'corrupt') => async (ctx: FaultContext) => {
  ctx.installed.publishNewFile(problem === 'corrupt' ? corruptZipBytes() : await contentBuilders[ctx.installed.sourceId][problem]());
};

const fileFailed = (message: RegExp): FaultExpectation => ({ outcome: 'failed', code: 'file-failed', message });
const count = (sqlite: BetterSqlite3.Database, query: string, ...params: unknown[]) => sqlite.prepare(query).pluck().get(...params) as number;

/** Per source: a damaged file, renamed headers, repeated rows, rows that contradict each other. */
const contentFaults: Readonly<Record<SourceId, Readonly<Record<'archivo dañado' | 'encabezados cambiados' | 'filas duplicadas' | 'filas contradictorias', FaultExpectation>>>> = {
  'anh-production': {
    'archivo dañado': fileFailed(/^Producción_Fiscalizada_Gas_2023_\w+\.xlsx: El archivo no es un libro de Excel válido \(\.xlsx\/\.xlsm\) o está incompleto$/),
    'encabezados cambiados': fileFailed(/La hoja «enero-23» no tiene la fila de encabezados esperada: ninguna fila de las primeras trae las columnas «CAMPO» y «PRODUCCION FISCALIZADA»/),
    // A line identical in every column: counted as ANH's own TOTAL row counts it, so the sheet still
    // reconciles, and named (ANH does publish repeated keys with different volumes: those say nothing).
    'filas duplicadas': {
      outcome: 'loaded',
      reported: /La fila 10 de la hoja «enero-23» repite exactamente la fila 8 \(campo CAMPO FALLAS UNO, .*\); se cuenta dos veces, como en el TOTAL de la ANH/,
      check: (sqlite) => expect2023(sqlite, { rows: 9, reconciled: 3 }),
    },
    'filas contradictorias': { outcome: 'loaded', reported: /TOTAL|omite|difer/i, check: (sqlite) => expect2023(sqlite, { rows: 6, reconciled: 0 }) },
  },
  'mme-declaration': {
    'archivo dañado': fileFailed(/Soporte_Magnetico_Declaracion_de_Producciòn_de_Gas_Natural_GN_2025-2034-3\.xlsm: El archivo no es un libro de Excel válido/),
    'encabezados cambiados': fileFailed(/La hoja «CAMPO FALLAS» tiene «PODER CALORIFICO \(BTU\/PC\)» pero no los encabezados de año «AAAA - Año N \(GBTUD\)»/),
    // One field declared in two sheets: the first sheet's figures are loaded, once.
    'filas duplicadas': {
      outcome: 'loaded',
      reported: /El campo «CAMPO FALLAS» \(contrato «CONTRATO DEMO»\) está declarado en dos hojas, «CAMPO FALLAS» y «CAMPO FALLAS \(2\)»: se cargan las cifras de «CAMPO FALLAS» y se omiten las 2 filas repetidas/,
      check: (sqlite) => expect(newDeclarationRows(sqlite)).toEqual([{ sheet: 'CAMPO FALLAS', row: 11 }, { sheet: 'CAMPO FALLAS', row: 12 }]),
    },
    // The same operator and production type twice in a sheet: the first row is loaded, the second reported.
    'filas contradictorias': {
      outcome: 'loaded',
      reported: /La hoja «CAMPO FALLAS» \(campo «CAMPO FALLAS»\) declara dos veces OPERADORA FALLAS S\.A\.S\. con «PTDV», en las filas 11 y 12 con cifras distintas: se carga la fila 11/,
      check: (sqlite) => expect(newDeclarationRows(sqlite)).toEqual([{ sheet: 'CAMPO FALLAS', row: 11 }]),
    },
  },
  'upme-demand': {
    'archivo dañado': fileFailed(/^Anexo_proyeccion_demanda_gas_natural_rev_dic_2023\.zip: El archivo comprimido está dañado o incompleto; descárguelo de nuevo$/),
    'encabezados cambiados': fileFailed(/La hoja «Esc Alto, Medio y Bajo» tiene en la columna B \(celda B2\) el encabezado «Esc\. Pesimista», que no es un escenario conocido/),
    'filas duplicadas': fileFailed(/son ambos del sector Industrial; el zip debe tener uno por sector$/),
    'filas contradictorias': {
      outcome: 'loaded',
      reported: /Verificación no cumplida.*difiere/,
      check: (sqlite) => expect(count(sqlite, "SELECT count(*) FROM demand_check WHERE edition = '2023' AND status = 'not-reconciled'")).toBeGreaterThan(0),
    },
  },
  'anh-royalties': {
    'archivo dañado': { outcome: 'failed', code: 'bad-response', message: /^La respuesta de 127\.0\.0\.1:\d+ no es válida: no es JSON/ },
    'encabezados cambiados': { outcome: 'failed', code: 'file-failed', message: /le faltan las columnas "regaliascop"/ },
    // A settlement identical in every column: named, and loaded twice as datos.gov.co sums it.
    'filas duplicadas': {
      outcome: 'loaded',
      reported: /La liquidación de la fila \d+ es idéntica en todas sus columnas a la de la fila 1 \(CUSIANA, 2024-01, .*\)\. Se cargan las dos, como las suma datos\.gov\.co/,
      check: (sqlite) =>
        expect(count(sqlite, "SELECT count(*) FROM royalty_monthly r JOIN field f ON f.id = r.field_id WHERE f.key = 'CUSIANA' AND r.period = '2024-01' AND r.royalties_cop = 1000000")).toBe(2),
    },
    // Socrata publishes adjustments as further rows of the same field and month: both are kept.
    'filas contradictorias': {
      outcome: 'loaded',
      reported: /./,
      check: (sqlite) =>
        expect(count(sqlite, "SELECT count(*) FROM royalty_monthly r JOIN field f ON f.id = r.field_id WHERE f.key = 'CUSIANA' AND r.period = '2024-01' AND r.royalties_cop = 9999999")).toBe(1),
    },
  },
  'dane-territory': {
    'archivo dañado': fileFailed(/no es una lista DIVIPOLA \(CSV\/JSON\) ni un archivo de límites GeoJSON\/TopoJSON con códigos DIVIPOLA$/),
    'encabezados cambiados': fileFailed(/La lista DIVIPOLA no tiene las columnas "municipio"\. Encabezados encontrados: .*NOMBRE DEL LUGAR$/),
    'filas duplicadas': { outcome: 'loaded', reported: /El código \d{5} ya apareció en la fila \d+; se conserva la primera/ },
    'filas contradictorias': {
      outcome: 'loaded',
      reported: /El código 85001 ya apareció en la fila \d+; se conserva la primera/,
      check: (sqlite) => expect(sqlite.prepare("SELECT name FROM territory_municipality WHERE code = '85001'").pluck().get()).toBe('Yopal'),
    },
  },
};

/** The declaration rows loaded from the new soporte (resolution 01402), by sheet and row. */
function newDeclarationRows(sqlite: BetterSqlite3.Database): Array<{ sheet: string; row: number }> {
  return sqlite
    .prepare(
      `SELECT s.sheet, r.row_number AS row FROM declaration_row r JOIN declaration_field_sheet s ON s.id = r.field_sheet_id
       JOIN source_file f ON f.id = s.source_file_id WHERE f.file_name LIKE '%2025-2034-3%' ORDER BY s.sheet, r.row_number`,
    )
    .all() as Array<{ sheet: string; row: number }>;
}

/** The three months of 2023 loaded: their line count and how many sheets reconciled with their TOTAL. */
function expect2023(sqlite: BetterSqlite3.Database, expected: { rows: number; reconciled: number }): void {
  expect(count(sqlite, "SELECT count(*) FROM production_monthly WHERE year = 2023")).toBe(expected.rows);
  const file = "SELECT id FROM source_file WHERE source_id = 'anh-production' AND coverage = '2023'";
  expect(count(sqlite, `SELECT count(*) FROM sheet_reconciliation WHERE source_file_id IN (${file}) AND kind = 'monthly-total' AND status = 'reconciled'`)).toBe(expected.reconciled);
}

export const faultCases: readonly FaultCase[] = [
  ...sources.flatMap(transportFaults),
  ...sources.flatMap((source) =>
    (
      [
        ['archivo dañado', 'corrupt'],
        ['encabezados cambiados', 'headers'],
        ['filas duplicadas', 'duplicates'],
        ['filas contradictorias', 'contradictions'],
      ] as const
    ).map(([fault, problem]): FaultCase => ({ source, fault, arrange: newContent(problem), expect: contentFaults[source][fault] })),
  ),
];
