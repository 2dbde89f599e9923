import { describe, expect, it } from 'vitest';
import { demandRegionIds } from '../../../../../src-shared/contract/demand';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { transformUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/transform';
import { recogniseUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/open-books';
import type { DemandRow } from '../../../../../src-main/etl/sources/upme-demand/types';
import { edition2023Zip, industrial2023, model2023, REGIONS_2023, ZIP_NAME_2023 } from './fixtures/layout-2023';

const national = (rows: readonly DemandRow[], sector: string, scenario: string, period: string) =>
  rows.filter((r) => r.sector === sector && r.scenario === scenario && r.area.kind === 'national' && r.period === period && r.sheetKind !== 'sectoral');

describe('UPME 2023 edition layout (synthetic)', () => {
  it('reads one-scenario sheets, upper-case regions in another order, and the national TOTAL columns', async () => {
    const model = model2023();
    const probe = probeFile(ZIP_NAME_2023, await edition2023Zip(model));
    expect(recogniseUpmeDemand(probe)).toBe(true);
    const parsed = transformUpmeDemand(probe);

    expect(parsed.edition).toBe('2023');
    expect(parsed.coverage).toBe('Edición 2023');
    expect(parsed.scope).toBe('edition');
    expect(parsed.rejects).toEqual([]);
    expect(parsed.books.map((b) => [b.book, b.projectionStart, b.entryName])).toEqual([
      ['total', '2024-01', 'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Agregada.xlsx'],
      ['industrial', '2024-01', 'Anexo gas 2023/Proyeccion_Demanda_GN_2023_Industrial.xlsx'],
    ]);
    expect(parsed.warnings).toContain('Se omite «Anexo gas 2023/Notas metodologicas.pdf» del zip: no es un libro .xlsx');

    // Regions normalised to the canonical list, whatever their spelling and order.
    const regions = new Set(parsed.rows.flatMap((r) => (r.area.kind === 'region' ? [r.area.region] : [])));
    expect([...regions].sort()).toEqual([...demandRegionIds].sort());
    const costa = parsed.rows.find((r) => r.sheet === 'Esc. Bajo - Regional' && r.area.kind === 'region' && r.area.region === 'costa-atlantica' && r.period === '2025-06');
    expect(costa?.gbtud).toBeCloseTo(model.total('bajo', '2025-06') * model.regionShare('costa-atlantica'), 9);
    expect(costa?.cellRef).toMatch(/^B\d+$/); // COSTA ATLANTICA is the first region column in 2023

    // History once, from the medio sheet; each scenario from its own sheet after the projection starts.
    expect(national(parsed.rows, 'total', 'historico', '2023-12').map((r) => r.sheet)).toEqual(['Esc. Medio - Regional']);
    expect(national(parsed.rows, 'total', 'bajo', '2023-12')).toEqual([]);
    for (const scenario of ['bajo', 'medio', 'alto'] as const) {
      const [row] = national(parsed.rows, 'total', scenario, '2024-01');
      expect(row?.gbtud).toBeCloseTo(model.total(scenario, '2024-01'), 9);
    }
    const industrialHigh = national(parsed.rows, 'industrial', 'alto', '2025-12');
    expect(industrialHigh.map((r) => r.gbtud)).toEqual([model.sector('industrial', 'alto', '2025-12')]);

    // Nodes under merged region headers belong to the region written once above them.
    const tolimaNodes = new Set(parsed.rows.flatMap((r) => (r.area.kind === 'node' && r.area.region === 'tolima-huila' ? [r.area.nodeName] : [])));
    expect([...tolimaNodes].sort()).toEqual(['TOLIMA - HUILA PUERTA 1', 'TOLIMA - HUILA PUERTA 2']);

    expect(parsed.checks.length).toBeGreaterThan(0);
    expect(parsed.checks.filter((c) => c.status !== 'reconciled')).toEqual([]);
    expect(parsed.checks.map((c) => c.kind)).toEqual(expect.arrayContaining(['regions-vs-national', 'sectors-vs-total', 'nodes-vs-national', 'nodes-vs-region', 'book-vs-sectoral']));
  });

  it('imports a 2023 sector workbook on its own, its edition and sector read from UPME’s file name', async () => {
    const parsed = transformUpmeDemand(probeFile('Proyeccion_Demanda_GN_2023_Industrial.xlsx', await industrial2023()));
    expect(parsed).toMatchObject({ edition: '2023', scope: 'book' });
    expect(parsed.books.map((b) => [b.book, b.projectionStart])).toEqual([['industrial', '2024-01']]);
    expect(REGIONS_2023.every(([, region]) => parsed.rows.some((r) => r.area.kind === 'region' && r.area.region === region))).toBe(true);
  });
});
