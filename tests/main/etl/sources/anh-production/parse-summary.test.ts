import { describe, expect, it } from 'vitest';
import { parseAnhProductionWorkbook } from '../../../../../src-main/etl/sources/anh-production/transform';
import { buildAnhWorkbook, fieldRow, type MonthlySheetSpec, type SummarySheetSpec } from '../../../../support/anh-workbook-fixture';

/** Two fields over July–September 2024: month volumes and the matching summary rates (volume ÷ days). */
const volumes = { CUSIANA: [3100, 3000, 3000], APIAY: [31, 62, 15] } as const;
const days = [31, 31, 30];

const monthSheets: MonthlySheetSpec[] = ['julio-24', 'agosto-24', 'septiembre-24'].map((name, i) => ({
  kind: 'monthly',
  name,
  year: 2024,
  month: 7 + i,
  rows: [fieldRow('CUSIANA', volumes.CUSIANA[i] as number), fieldRow('APIAY', volumes.APIAY[i] as number)],
}));

const rates = (field: keyof typeof volumes) => volumes[field].map((volume, i) => volume / (days[i] as number));

const summary = (overrides: Partial<SummarySheetSpec> = {}): SummarySheetSpec => ({
  kind: 'summary',
  name: 'Campos Mpcpd',
  year: 2024,
  months: ['Julio', 'Agosto', 'Septiembre'],
  fields: [
    { department: 'CASANARE', municipality: 'TAURAMENA', operator: 'ECOPETROL S.A.', field: 'CUSIANA', contract: 'SANTIAGO', rates: rates('CUSIANA') },
    { department: 'META', municipality: 'VILLAVICENCIO', operator: 'ECOPETROL S.A.', field: 'APIAY', contract: 'APIAY', rates: rates('APIAY') },
  ],
  ...overrides,
});

const parse = async (summarySheet: SummarySheetSpec) => parseAnhProductionWorkbook(await buildAnhWorkbook([summarySheet, ...monthSheets]));

describe('summary sheet (Campos Mpcpd)', () => {
  it('unpivots one row per field and month and leaves the unlabelled totals line out', async () => {
    const result = await parse(summary());
    expect(result.summaryRows).toHaveLength(6);
    expect(result.summaryRows[0]).toEqual({
      sheet: 'Campos Mpcpd',
      row: 13,
      field: 'CUSIANA',
      contract: 'SANTIAGO',
      operator: 'ECOPETROL S.A.',
      department: 'CASANARE',
      municipality: 'TAURAMENA',
      year: 2024,
      month: 7,
      rateMpcd: 100,
    });
    expect(result.summaryRows.map((row) => row.row)).not.toContain(15);
    expect(result.rejects).toEqual([]);
    expect(result.warnings.filter((w) => w.includes('Resumen'))).toEqual([]);
  });

  it('cross-checks rate × days against each month sheet', async () => {
    const result = await parse(summary());
    const checks = result.reconciliations.filter((r) => r.kind === 'summary-vs-monthly');
    expect(checks.map((r) => [r.sheet, r.period, r.dataRows, r.dataTotalMpc, r.fileTotalMpc, r.differenceMpc, r.status])).toEqual([
      ['Campos Mpcpd', '2024-07', 2, 3131, 3131, 0, 'reconciled'],
      ['Campos Mpcpd', '2024-08', 2, 3062, 3062, 0, 'reconciled'],
      ['Campos Mpcpd', '2024-09', 2, 3015, 3015, 0, 'reconciled'],
    ]);
  });

  it('reports, without failing, a month where the summary and the month sheet disagree', async () => {
    const fields = summary().fields.map((field, i) => (i === 0 ? { ...field, rates: [100, 96.7, 100] } : field));
    const result = await parse(summary({ fields }));
    const august = result.reconciliations.find((r) => r.kind === 'summary-vs-monthly' && r.period === '2024-08');
    expect(august).toMatchObject({ status: 'not-reconciled', dataTotalMpc: 3059.7, fileTotalMpc: 3062, differenceMpc: -2.3 });
    expect(august?.cause).toBe(
      'el resumen × 31 días da 3.059,70 MPC y la hoja «agosto-24» suma 3.062,00 MPC (diferencia -2,30 MPC, más de lo que explica el redondeo: 0,01 MPC)',
    );
    expect(result.monthlyRows).toHaveLength(6);
  });

  it('reads another header row, another column order, a TOTAL label and the JuLio / SEP spellings', async () => {
    const result = await parse(
      summary({
        name: 'Campos Mpcpd ',
        headerRow: 10,
        identity: [
          ['field', 'Campo'],
          ['contract', 'Contrato'],
          ['operator', 'Operadora'],
          ['department', 'Departamento'],
          ['municipality', 'Municipio'],
        ],
        months: ['JuLio', 'AGO', 'SEP'],
        totals: 'labelled',
      }),
    );
    expect(result.summaryRows.map((row) => [row.sheet, row.row, row.field, row.month])).toEqual([
      ['Campos Mpcpd ', 11, 'CUSIANA', 7],
      ['Campos Mpcpd ', 11, 'CUSIANA', 8],
      ['Campos Mpcpd ', 11, 'CUSIANA', 9],
      ['Campos Mpcpd ', 12, 'APIAY', 7],
      ['Campos Mpcpd ', 12, 'APIAY', 8],
      ['Campos Mpcpd ', 12, 'APIAY', 9],
    ]);
    expect(result.reconciliations.filter((r) => r.kind === 'summary-vs-monthly').every((r) => r.status === 'reconciled')).toBe(true);
  });

  it('reads month headers written as dates, under the older sheet name', async () => {
    const result = await parse(summary({ name: 'Gas Fiscalizado Mpcpd', months: [7, 8, 9].map((m) => new Date(Date.UTC(2024, m - 1, 1))) }));
    expect(new Set(result.summaryRows.map((row) => `${row.year}-${row.month}`))).toEqual(new Set(['2024-7', '2024-8', '2024-9']));
  });

  it('rejects a nameless field line that is followed by more fields, keeps good months of a line with a bad cell', async () => {
    const fields = [
      { field: '', department: '', municipality: '', operator: '', contract: '', rates: [1, 1, 1] },
      ...summary().fields.map((field, i) => (i === 1 ? { ...field, rates: [1, '1,2,3', null] } : field)),
      { field: 'VACIO', department: 'META', rates: [null, null, null] },
    ];
    const result = await parse(summary({ fields }));
    expect(result.rejects.map((r) => [r.row, r.reasonCode])).toEqual([
      [13, 'missing-field'],
      [15, 'bad-number'],
      [16, 'no-measures'],
    ]);
    expect(result.rejects[1]?.reason).toBe('Valor no numérico en G15 = «1,2,3» (los demás meses del campo sí se cargaron)');
    expect(result.summaryRows.filter((row) => row.field === 'APIAY').map((row) => [row.month, row.rateMpcd])).toEqual([[7, 1]]);
  });

  it('checks the totals line against the field rates and explains a SUM range that starts late', async () => {
    const result = await parse(summary({ totalsFromRow: 14 }));
    expect(result.warnings.filter((w) => w.startsWith('Resumen'))).toEqual([
      'Resumen «Campos Mpcpd», julio de 2024: la fila de totales (fila 15) dice 1,00000 MPCPD y los campos suman 101,00000 MPCPD; su fórmula omite la fila 13.',
      'Resumen «Campos Mpcpd», agosto de 2024: la fila de totales (fila 15) dice 2,00000 MPCPD y los campos suman 98,77419 MPCPD; su fórmula omite la fila 13.',
      'Resumen «Campos Mpcpd», septiembre de 2024: la fila de totales (fila 15) dice 0,50000 MPCPD y los campos suman 100,50000 MPCPD; su fórmula omite la fila 13.',
    ]);
    expect(result.summaryRows).toHaveLength(6); // the check reports; it never drops rows
  });

  it('notes a summary without a totals line', async () => {
    const result = await parse(summary({ totals: 'none' }));
    expect(result.warnings).toContainEqual('El resumen «Campos Mpcpd» no tiene fila de totales: no se pudo verificar contra sí mismo.');
  });

  it('says when there is no summary sheet, or a month sheet the summary lacks', async () => {
    const withoutSummary = parseAnhProductionWorkbook(await buildAnhWorkbook(monthSheets));
    expect(withoutSummary.summaryRows).toEqual([]);
    expect(withoutSummary.warnings).toContain('El libro no tiene la hoja de resumen por campo (MPCPD); solo se cargaron las hojas mensuales.');

    const shortSummary = summary({ months: ['Julio', 'Agosto'], fields: summary().fields.map((f) => ({ ...f, rates: f.rates.slice(0, 2) })) });
    const result = await parse(shortSummary);
    expect(result.warnings).toContain('El resumen «Campos Mpcpd» no trae septiembre de 2024, que sí tiene hoja mensual.');
  });

  it('marks a summary month without a month sheet as no-total', async () => {
    const result = parseAnhProductionWorkbook(await buildAnhWorkbook([summary(), ...monthSheets.slice(0, 2)]));
    expect(result.reconciliations.at(-1)).toMatchObject({ period: '2024-09', status: 'no-total', cause: 'no hay hoja mensual de septiembre de 2024' });
  });
});
