import { beforeAll, expect, it } from 'vitest';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { recogniseUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/open-books';
import { transformUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/transform';
import type { DemandRow, UpmeDemandParse } from '../../../../../src-main/etl/sources/upme-demand/types';
import { describeWithSamples, readSample } from '../../../../support/samples';
import { SAMPLE_BOOKS_2024, SAMPLE_ZIP_NAME_2024, sampleBook2024, sampleZip2024 } from './upme-samples';

/** Month → GBTUD, summed over the rows given. */
function byPeriod(rows: readonly DemandRow[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.period, (sums.get(r.period) ?? 0) + r.gbtud);
  return sums;
}

function maxDifference(a: Map<string, number>, b: Map<string, number>): number {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  return Math.max(...[...a].map(([period, value]) => Math.abs(value - b.get(period)!)));
}

const medioLine = (r: DemandRow) => r.scenario === 'historico' || r.scenario === 'medio';

describeWithSamples('UPME 2024 edition (real samples)', () => {
  let parsed: UpmeDemandParse;
  beforeAll(() => {
    parsed = transformUpmeDemand(probeFile(SAMPLE_ZIP_NAME_2024, sampleZip2024()));
  });

  it('recognises the zip and each workbook by content, and not an ANH workbook', () => {
    expect(recogniseUpmeDemand(probeFile('anexo.zip', sampleZip2024()))).toBe(true);
    for (const name of Object.keys(SAMPLE_BOOKS_2024) as (keyof typeof SAMPLE_BOOKS_2024)[]) {
      expect(recogniseUpmeDemand(probeFile('renombrado.xlsx', sampleBook2024(name)))).toBe(true);
    }
    expect(recogniseUpmeDemand(probeFile('x.xlsx', readSample('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx')))).toBe(false);
  });

  it('reads every sheet of the four workbooks: rows per sheet, no rejects', () => {
    expect(parsed.edition).toBe('2024');
    expect(parsed.rejects).toEqual([]);
    const counts: Record<string, number> = {};
    for (const r of parsed.rows) counts[`${r.book} / ${r.sheet}`] = (counts[`${r.book} / ${r.sheet}`] ?? 0) + 1;
    expect(counts).toEqual({
      'total / Esc Alto, Medio y Bajo': 774, // 189 history months + 195 projected × 3 scenarios
      'total / Esc Med Regional': 3456, // 384 months × 9 regions
      'total / Esc Med Sectorial': 3072, // 384 months × 8 sectors
      'total / Esc Med Nodal': 33196, // 193 months × 172 node columns
      'industrial / Esc Alto, Medio y Bajo': 776,
      'industrial / Esc Med Regional': 3456,
      'industrial / Esc Med Nodal': 33196,
      'termoelectrico / Esc Alto, Medio y Bajo': 772,
      'termoelectrico / Esc Med Regional': 2114, // empty cells are regions without thermal demand
      'termoelectrico / Esc Med Nodal': 33196,
      'gnl-transporte / Esc Med Regional': 2160, // 216 months (from 2023-01) × 9 regions + Nacional
    });
    expect(parsed.rows).toHaveLength(116_168);
  });

  it('tells history from projection per workbook, as UPME marks it', () => {
    expect(parsed.books.map((b) => [b.book, b.projectionStart, b.firstPeriod, b.lastPeriod])).toEqual([
      ['total', '2024-10', '2009-01', '2040-12'],
      ['industrial', '2024-09', '2009-01', '2040-12'],
      ['gnl-transporte', '2024-10', '2023-01', '2040-12'],
      ['termoelectrico', '2024-11', '2009-01', '2040-12'],
    ]);
    const total = parsed.rows.filter((r) => r.book === 'total' && r.sheet === 'Esc Alto, Medio y Bajo');
    expect(total.filter((r) => r.scenario === 'historico').map((r) => r.period).at(-1)).toBe('2024-09');
    const first = total.filter((r) => r.period === '2024-10').map((r) => [r.scenario, Math.round(r.gbtud * 100) / 100]);
    expect(first).toEqual([
      ['bajo', 1380.72],
      ['medio', 1370.45],
      ['alto', 1387.79],
    ]);
  });

  it('national medium-scenario demand equals the sum of the regions, every month, in every workbook', () => {
    for (const book of ['total', 'industrial', 'termoelectrico', 'gnl-transporte'] as const) {
      const rows = parsed.rows.filter((r) => r.book === book && r.sector === book && r.sheetKind !== 'sectoral' && medioLine(r));
      const national = byPeriod(rows.filter((r) => r.area.kind === 'national'));
      const regions = byPeriod(rows.filter((r) => r.area.kind === 'region'));
      expect(national.size).toBe(book === 'gnl-transporte' ? 216 : 384);
      expect(maxDifference(national, regions)).toBeLessThan(0.01);
    }
  });

  it('the sectors add up to the national figure, and each sector workbook equals its sectoral column', () => {
    const sectoral = parsed.rows.filter((r) => r.sheetKind === 'sectoral');
    const national = byPeriod(parsed.rows.filter((r) => r.book === 'total' && r.sheet === 'Esc Alto, Medio y Bajo' && medioLine(r)));
    expect(new Set(sectoral.map((r) => r.sector))).toEqual(new Set(['residencial', 'industrial', 'terciario', 'vehicular', 'petrolero', 'petroquimico', 'termoelectrico', 'compresores']));
    expect(maxDifference(byPeriod(sectoral), national)).toBeLessThan(1e-9);
    for (const sector of ['industrial', 'termoelectrico'] as const) {
      const own = byPeriod(parsed.rows.filter((r) => r.book === sector && r.area.kind === 'national' && medioLine(r)));
      expect(maxDifference(own, byPeriod(sectoral.filter((r) => r.sector === sector)))).toBe(0);
    }
  });

  it('records every check; only the Agregada nodal sheet disagrees with its regional sheet, by region', () => {
    const failed = parsed.checks.filter((c) => c.status === 'not-reconciled');
    expect(failed.map((c) => [c.book, c.sheet, c.kind, c.scope, c.failed, c.compared, Math.round(c.maxDifferenceGbtud * 100) / 100, c.worstPeriod])).toEqual([
      ['total', 'Esc Med Nodal', 'nodes-vs-region', 'Magdalena Medio', 193, 193, 114.65, '2034-12'],
      ['total', 'Esc Med Nodal', 'nodes-vs-region', 'NorOccidente', 193, 193, 2.1, '2025-02'],
      ['total', 'Esc Med Nodal', 'nodes-vs-region', 'NorOriente', 193, 193, 113.36, '2037-05'],
      ['total', 'Esc Med Nodal', 'nodes-vs-region', 'SurOccidente', 193, 193, 2.81, '2030-04'],
      ['total', 'Esc Med Nodal', 'nodes-vs-region', 'Tolima-Huila', 193, 193, 2.81, '2030-04'],
    ]);
    // Nationally the Agregada's nodes still add up: the difference is which region a node is counted in.
    expect(parsed.checks.find((c) => c.book === 'total' && c.kind === 'nodes-vs-national')).toMatchObject({ status: 'reconciled', compared: 193 });
    expect(parsed.checks.filter((c) => c.kind === 'yearly-average').map((c) => [c.book, c.scope, c.compared, c.status])).toEqual([
      ['industrial', 'bajo', 32, 'reconciled'],
      ['industrial', 'medio', 18, 'reconciled'],
      ['industrial', 'alto', 18, 'reconciled'],
      ['termoelectrico', 'bajo', 32, 'reconciled'],
      ['termoelectrico', 'medio', 18, 'reconciled'],
      ['termoelectrico', 'alto', 18, 'reconciled'],
    ]);
    expect(parsed.checks.filter((c) => c.status === 'reconciled')).toHaveLength(parsed.checks.length - 5);
    expect(parsed.warnings.filter((w) => w.startsWith('Verificación no cumplida'))).toHaveLength(5);
    expect(parsed.warnings).toContain(
      'UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx, hoja «Esc Med Regional»: 3 valores negativos (el menor, -2,13 GBTUD en B274, 2031-06); se conservan tal como los publica la UPME',
    );
  });

  it('keys nodes by region and tidied name (MARIQUITA exists in two regions)', () => {
    const nodes = new Map<string, string>();
    for (const r of parsed.rows) if (r.book === 'total' && r.area.kind === 'node') nodes.set(r.area.nodeKey, r.area.nodeName);
    expect(nodes.size).toBe(172);
    expect(nodes.get('magdalena-medio:MARIQUITA -(VASCONIA-MARIQUITA)')).toBe('MARIQUITA -(VASCONIA-MARIQUITA)');
    expect(nodes.get('tolima-huila:MARIQUITA -(VASCONIA-MARIQUITA)')).toBe('MARIQUITA -(VASCONIA-MARIQUITA)');
    expect([...nodes.values()].filter((name) => /\s\s|^\s|\s$/.test(name))).toEqual([]);
  });

  it('imports one workbook on its own: that workbook only, edition from UPME’s file name', () => {
    const industrial = transformUpmeDemand(probeFile(SAMPLE_BOOKS_2024.industrial, sampleBook2024('industrial')));
    expect(industrial).toMatchObject({ edition: '2024', scope: 'book', coverage: 'Edición 2024' });
    expect(industrial.books.map((b) => b.book)).toEqual(['industrial']);
    expect(industrial.rows).toHaveLength(776 + 3456 + 33196);
    const gnl = transformUpmeDemand(probeFile(SAMPLE_BOOKS_2024.gnl, sampleBook2024('gnl')));
    // Alone, the GNL workbook cannot tell history from projection: loaded as medio, and said.
    expect(gnl.books[0]).toMatchObject({ book: 'gnl-transporte', projectionStart: null });
    expect(gnl.warnings.some((w) => w.includes('nada distingue histórico de proyección'))).toBe(true);
  });
});
