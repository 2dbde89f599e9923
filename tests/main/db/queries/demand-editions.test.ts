import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src-main/db/open-database';
import { demandDimensions } from '../../../../src-main/db/queries/demand-dimensions';
import { demandEditions } from '../../../../src-main/db/queries/demand-editions';
import { upmeDemandSource } from '../../../../src-main/etl/sources/upme-demand';
import { commands } from '../../../../src-shared/contract';
import { edition2023Zip } from '../../etl/sources/upme-demand/fixtures/layout-2023';
import { edition2024Zip, FILE_NAMES_2024 } from '../../etl/sources/upme-demand/fixtures/layout-2024';
import { importUpme } from '../../etl/sources/upme-demand/fixtures/load-fixture';

describe('demand.editions and demand.dimensions', () => {
  let database: OpenDatabase;
  let file2024: number;
  beforeAll(async () => {
    database = await openDatabase(':memory:');
    importUpme(database, 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip', await edition2023Zip(), new Date('2025-01-10T08:00:00Z'));
    file2024 = importUpme(database, 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip(), new Date('2025-11-27T12:00:00Z')).fileId;
  });
  afterAll(async () => database.close());

  it('lists the editions newest first, with their workbooks and checks; the newest is the default', async () => {
    const answer = await demandEditions(database.db);
    expect(commands['demand.editions'].output.parse(answer)).toEqual(answer);
    expect(answer.defaultEdition).toBe('2024');
    expect(answer.editions.map((e) => [e.edition, e.label, e.loadedAt])).toEqual([
      ['2024', 'Edición 2024', '2025-11-27T12:00:00.000Z'],
      ['2023', 'Edición 2023', '2025-01-10T08:00:00.000Z'],
    ]);
    expect(answer.editions[0]!.books).toEqual([
      {
        sector: 'gnl-transporte',
        fileId: file2024,
        fileName: 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip',
        entryName: FILE_NAMES_2024.gnl,
        projectionStart: '2024-10',
        firstPeriod: '2024-01',
        lastPeriod: '2025-12',
        rows: expect.any(Number),
      },
      expect.objectContaining({ sector: 'industrial', entryName: FILE_NAMES_2024.industrial, projectionStart: '2024-10' }),
      expect.objectContaining({ sector: 'total', entryName: FILE_NAMES_2024.agregada, firstPeriod: '2023-01', lastPeriod: '2025-12' }),
    ]);
    const checks = answer.editions[0]!.checks;
    expect(checks.every((c) => c.status === 'reconciled')).toBe(true);
    expect(checks.find((c) => c.kind === 'regions-vs-national' && c.book === 'total')).toMatchObject({
      sheet: 'Esc Med Regional',
      compared: 36,
      failed: 0,
      detail: 'Suma de las regiones frente a la columna Nacional: coincide en 36 meses (diferencia máxima 0,00 GBTUD)',
    });
    expect(await upmeDemandSource.latestPeriod?.(database.db)).toBe('Edición 2024');
  });

  it('tells what an edition offers: sectors with their scenarios and areas, regions, nodes', async () => {
    const answer = await demandDimensions(database.db, { edition: '2024' });
    expect(commands['demand.dimensions'].output.parse(answer)).toEqual(answer);
    expect(answer.sectors.map((s) => [s.sector, s.scenarios.join(','), s.hasRegions, s.hasNodes])).toEqual([
      ['total', 'historico,bajo,medio,alto', true, true],
      ['residencial', 'historico,medio', false, false],
      ['industrial', 'historico,bajo,medio,alto', true, true],
      ['termoelectrico', 'historico,medio', false, false],
      ['gnl-transporte', 'historico,medio', true, false],
    ]);
    expect(answer.regions).toHaveLength(9);
    expect(answer.regions[1]).toEqual({ region: 'costa-atlantica', label: 'Costa Atlántica' });
    expect(answer.nodes).toHaveLength(18);
    expect(answer.nodes.filter((n) => n.name === 'MARIQUITA -(VASCONIA-MARIQUITA)').map((n) => [n.key, n.region])).toEqual([
      ['magdalena-medio:MARIQUITA -(VASCONIA-MARIQUITA)', 'magdalena-medio'],
      ['tolima-huila:MARIQUITA -(VASCONIA-MARIQUITA)', 'tolima-huila'],
    ]);
    const old = await demandDimensions(database.db, {});
    expect(old.edition).toBe('2024');
    expect((await demandDimensions(database.db, { edition: '2023' })).nodes.map((n) => n.name)).toContain('TOLIMA - HUILA PUERTA 1');
  });
});
