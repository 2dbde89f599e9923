import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { anhRoyaltiesSource } from '../../../../../src-main/etl/sources/anh-royalties';
import { ROYALTIES_DATASET_ID } from '../../../../../src-main/etl/sources/anh-royalties/socrata-snapshot';
import { transformRoyalties } from '../../../../../src-main/etl/sources/anh-royalties/transform/transform-royalties';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { royaltyFixtureRows, royaltyRow, toCsvExport } from './royalty-fixture';

const probeJson = (value: unknown, name = 'regalias.json') => probeFile(name, new TextEncoder().encode(JSON.stringify(value)));
const probeText = (text: string, name = 'regalias.csv') => probeFile(name, new TextEncoder().encode(text));

describe('transformRoyalties', () => {
  it('keeps gas rows with every field converted from text, and skips oil rows', () => {
    const parsed = transformRoyalties(probeJson(royaltyFixtureRows()));
    expect(parsed.rows).toHaveLength(5);
    expect(parsed.oilRowsSkipped).toBe(1);
    expect(parsed.rows[0]).toEqual({
      sheet: 'json',
      row: 1,
      year: 2024,
      month: 1,
      department: 'Casanare',
      departmentCode: '85',
      municipality: 'Tauramena',
      field: 'CUSIANA',
      contract: 'SANTIAGO DE ATALAYAS',
      latitude: 5.0185,
      longitude: -72.7475,
      productionType: 'Gas natural',
      regime: 'Ley 756 de 2002',
      trmCopPerUsd: 4000,
      priceUsd: 2.5,
      royaltyPercent: 8,
      taxableVolumeKpc: 200000,
      royaltyVolumeKpc: 16000,
      royaltiesCop: 1000000,
    });
    expect(parsed.warnings).toContain('Se omitieron 1 filas de petróleo (tipohidrocarburo O): Caudal solo carga gas.');
  });

  it('keeps rows that differ only in regimenreg as two settlements', () => {
    const { rows } = transformRoyalties(probeJson(royaltyFixtureRows()));
    const january = rows.filter((r) => r.field === 'CUSIANA' && r.month === 1);
    expect(january.map((r) => r.regime)).toEqual(['Ley 756 de 2002', 'Ley 141 de 1994']);
    expect(january.map((r) => r.royaltiesCop)).toEqual([1000000, 500000]);
  });

  it('reads latitude/longitude "0" as unknown, an omitted field as null, and La Guajira without accents', () => {
    const { rows } = transformRoyalties(probeJson(royaltyFixtureRows()));
    expect(rows[2]).toMatchObject({ row: 3, latitude: null, longitude: null, trmCopPerUsd: 0 });
    expect(rows[3]).toMatchObject({ field: 'LA CRECIENTE', contract: null, departmentCode: '70' });
    expect(rows[4]).toMatchObject({ department: 'La Guajira', departmentCode: '44' });
  });

  it('rejects an unknown department, a malformed number and a bad month with their reason and raw values', () => {
    const { rejects } = transformRoyalties(probeJson(royaltyFixtureRows()));
    expect(rejects.map((r) => [r.row, r.reasonCode])).toEqual([
      [7, 'unknown-department'],
      [8, 'bad-number'],
      [9, 'bad-month'],
    ]);
    expect(rejects[0]!.reason).toContain('Departamento Inventado');
    expect(rejects[1]!.reason).toBe('regaliascop no es un número: "12,5"');
    expect(rejects[1]!.raw).toMatchObject({ regaliascop: '12,5', campo: 'CUSIANA' });
    expect(rejects.every((r) => r.sheet === 'json')).toBe(true);
  });

  it('reads the CSV export (upper-case, spaced headers) to the same rows, with CSV line numbers', () => {
    const fromJson = transformRoyalties(probeJson(royaltyFixtureRows()));
    const fromCsv = transformRoyalties(probeText(toCsvExport(royaltyFixtureRows())));
    expect(fromCsv.rows.map((r) => ({ ...r, sheet: 'json', row: r.row - 1 }))).toEqual(fromJson.rows);
    expect(fromCsv.rows[0]).toMatchObject({ sheet: null, row: 2 });
    expect(fromCsv.rejects.map((r) => r.reasonCode)).toEqual(fromJson.rejects.map((r) => r.reasonCode));
  });

  it('accepts thousands-grouped amounts of a CSV export and rejects other number shapes', () => {
    const parsed = transformRoyalties(
      probeJson([royaltyRow({ regaliascop: '1,234,567.5' }), royaltyRow({ prodgravableblskpc: '1.2.3' }), royaltyRow({ trmpromedio: 'n/d' })]),
    );
    expect(parsed.rows.map((r) => r.royaltiesCop)).toEqual([1234567.5]);
    expect(parsed.rejects.map((r) => r.reason)).toEqual(['prodgravableblskpc no es un número: "1.2.3"', 'trmpromedio no es un número: "n/d"']);
  });

  it('gives a refresh snapshot its publication date as coverage; a bare export its period range', () => {
    const rowsUpdatedAt = Date.UTC(2025, 9, 31, 15, 0, 0) / 1000;
    const snapshot = transformRoyalties(probeJson({ dataset: ROYALTIES_DATASET_ID, rowsUpdatedAt, query: '', rows: royaltyFixtureRows() }));
    expect(snapshot.coverage).toBe('datos.gov.co actualizado 2025-10-31 (2024-01 a 2024-02)');
    expect(transformRoyalties(probeJson(royaltyFixtureRows())).coverage).toBe('datos.gov.co, exportación (2024-01 a 2024-02)');
  });

  it('refuses an empty answer, a file without gas rows, and a file without the royalties column', () => {
    const empty = () => transformRoyalties(probeJson({ dataset: ROYALTIES_DATASET_ID, rowsUpdatedAt: 1, query: '', rows: [] }));
    expect(empty).toThrow(EtlError);
    expect(empty).toThrow(/no devolvió ninguna fila de regalías de gas; se conservan los datos cargados/);
    expect(() => transformRoyalties(probeJson([royaltyRow({ tipohidrocarburo: 'O' })]))).toThrow(/ninguna fila válida de gas/);
  });

  it('names the missing column when the publisher renames a header', () => {
    const renamedMonth = toCsvExport([royaltyRow()]).replace(',MES,', ',MES LIQUIDACION,');
    expect(() => transformRoyalties(probeText(renamedMonth))).toThrow(/le faltan las columnas "mes"/);
    const renamedRows = [royaltyRow()].map(({ regaliascop, ...rest }) => ({ ...rest, valor_regalias: regaliascop }));
    const snapshot = { dataset: ROYALTIES_DATASET_ID, rowsUpdatedAt: 1, query: '', rows: renamedRows };
    expect(() => transformRoyalties(probeJson(snapshot))).toThrow(/le faltan las columnas "regaliascop"/);
  });

  it('is recognised by content (JSON array, snapshot, CSV export) and not for other files', () => {
    expect(anhRoyaltiesSource.recognise(probeJson(royaltyFixtureRows(), 'cualquier-nombre.txt'))).toBe(true);
    expect(anhRoyaltiesSource.recognise(probeJson({ dataset: ROYALTIES_DATASET_ID, rowsUpdatedAt: 1, query: '', rows: [] }))).toBe(true);
    expect(anhRoyaltiesSource.recognise(probeText(toCsvExport(royaltyFixtureRows())))).toBe(true);
    expect(anhRoyaltiesSource.recognise(probeText('REGION,CÓDIGO DANE DEL DEPARTAMENTO,DEPARTAMENTO,CÓDIGO DANE DEL MUNICIPIO,MUNICIPIO\n'))).toBe(false);
    expect(anhRoyaltiesSource.recognise(probeJson({ type: 'FeatureCollection', features: [] }))).toBe(false);
    expect(anhRoyaltiesSource.recognise(probeJson([{ departamento: 'Meta', campo: 'X' }]))).toBe(false);
  });
});

describe('transformRoyalties: settlements published twice', () => {
  const identicalWarnings = (warnings: readonly string[]) => warnings.filter((w) => w.includes('idéntica'));

  it('loads a settlement repeated in every column as datos.gov.co counts it, and says which rows', () => {
    const rows = [...royaltyFixtureRows(), royaltyFixtureRows()[0]!];
    const parsed = transformRoyalties(probeJson(rows));
    expect(parsed.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 10]);
    expect(identicalWarnings(parsed.warnings)).toEqual([
      'La liquidación de la fila 10 es idéntica en todas sus columnas a la de la fila 1 (CUSIANA, 2024-01, Ley 756 de 2002, 1.000.000 COP). ' +
        'Se cargan las dos, como las suma datos.gov.co; si es un error del publicador, esas regalías quedan contadas dos veces.',
    ]);
  });

  it('says nothing about adjustments: the same field and month with another amount, or another regime', () => {
    const parsed = transformRoyalties(probeJson([...royaltyFixtureRows(), royaltyRow({ regaliascop: '9999999' })]));
    expect(parsed.rows).toHaveLength(6);
    expect(identicalWarnings(parsed.warnings)).toEqual([]);
  });

  it('reads an omitted field, null and empty text alike, and key order does not matter', () => {
    const { contrato: _contrato, ...withoutContract } = royaltyRow({ contrato: '' });
    const reordered = Object.fromEntries(Object.entries(royaltyRow({ contrato: '' })).reverse());
    const parsed = transformRoyalties(probeJson([withoutContract, { ...withoutContract, contrato: null }, reordered]));
    expect(identicalWarnings(parsed.warnings)).toEqual([expect.stringMatching(/^2 liquidaciones son idénticas en todas sus columnas a otra anterior \(suman 2\.000\.000 COP\): la fila 2 repite la 1 \(.*\); la fila 3 repite la 1 \(.*\)\. Se cargan todas/)]);
  });

  it('gathers many repeated settlements of a CSV export in one warning with their sum and a few examples', () => {
    const months = Array.from({ length: 8 }, (_, i) => royaltyRow({ mes: String(i + 1), regaliascop: '1000' }));
    const parsed = transformRoyalties(probeText(toCsvExport([...months, ...months])));
    const warnings = identicalWarnings(parsed.warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^8 liquidaciones son idénticas en todas sus columnas a otra anterior \(suman 8\.000 COP\): la fila 10 repite la 2 \(CUSIANA, 2024-01, Ley 756 de 2002, 1\.000 COP\);/);
    expect(warnings[0]).toMatch(/ y 3 más\. Se cargan todas, como las suma datos\.gov\.co;/);
    expect(parsed.rows).toHaveLength(16);
  });
});
