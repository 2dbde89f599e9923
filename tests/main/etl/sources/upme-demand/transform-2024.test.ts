import { describe, expect, it } from 'vitest';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { recogniseUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/open-books';
import { transformUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/transform/transform';
import { demandModel } from './fixtures/demand-model';
import { edition2024Zip, FILE_NAMES_2024 } from './fixtures/layout-2024';

describe('UPME 2024 edition layout (synthetic)', () => {
  it('reads the zip: history once, each scenario after the projection starts, every check recorded', async () => {
    const model = demandModel();
    const probe = probeFile('Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip({ model }));
    expect(recogniseUpmeDemand(probe)).toBe(true);
    const parsed = transformUpmeDemand(probe);
    expect(parsed).toMatchObject({ edition: '2024', coverage: 'Edición 2024', scope: 'edition', rejects: [], reconciliations: [] });
    expect(parsed.books.map((b) => [b.book, b.entryName, b.projectionStart])).toEqual([
      ['total', FILE_NAMES_2024.agregada, '2024-10'],
      ['industrial', FILE_NAMES_2024.industrial, '2024-10'],
      ['gnl-transporte', FILE_NAMES_2024.gnl, '2024-10'],
    ]);

    const national = parsed.rows.filter((r) => r.book === 'total' && r.sheet === 'Esc Alto, Medio y Bajo');
    expect(national.filter((r) => r.period === '2024-09').map((r) => [r.scenario, r.cellRef])).toEqual([['historico', 'C23']]);
    expect(national.filter((r) => r.period === '2024-10').map((r) => [r.scenario, r.cellRef, r.gbtud])).toEqual([
      ['bajo', 'B24', model.total('bajo', '2024-10')],
      ['medio', 'C24', model.total('medio', '2024-10')],
      ['alto', 'D24', model.total('alto', '2024-10')],
    ]);
    // The sector workbook copies history into its three columns: stored once, from medio (column D).
    const industrial = parsed.rows.filter((r) => r.book === 'industrial' && r.sheet === 'Esc Alto, Medio y Bajo' && r.period === '2023-05');
    expect(industrial.map((r) => [r.scenario, r.cellRef])).toEqual([['historico', 'D7']]);
    // UPME's check formulas sit in unheaded columns and are not data.
    expect(parsed.rows.filter((r) => (r.sheetKind === 'regional' && /^L\d+$/.test(r.cellRef)) || (r.sheetKind === 'nodal' && /^B\d+$/.test(r.cellRef)))).toEqual([]);

    const gnl = parsed.rows.filter((r) => r.book === 'gnl-transporte' && r.area.kind === 'national');
    expect(gnl.map((r) => r.scenario).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['historico', 'medio']);
    expect(parsed.warnings).toContain(`${FILE_NAMES_2024.gnl}: no distingue histórico de proyección; se usa el inicio de la proyección de la edición (2024-10)`);

    expect(parsed.checks.filter((c) => c.status !== 'reconciled')).toEqual([]);
    const kinds = (book: string) => [...new Set(parsed.checks.filter((c) => c.book === book).map((c) => c.kind))];
    expect(kinds('total')).toEqual(['regions-vs-national', 'national-vs-regional', 'sectors-vs-total', 'sectoral-total-vs-national', 'nodes-vs-national', 'nodes-vs-region']);
    expect(kinds('industrial')).toEqual(['yearly-average', 'regions-vs-national', 'national-vs-regional', 'nodes-vs-national', 'nodes-vs-region', 'book-vs-sectoral']);
    expect(kinds('gnl-transporte')).toEqual(['regions-vs-national']);
  });
});
