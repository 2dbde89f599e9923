/**
 * Small hand-written rows shaped like the datos.gov.co API answer for dataset j7js-yk74: every value a
 * string, department names in Title Case without accents, latitude/longitude "0" when unknown, a field
 * omitted when null (Socrata leaves such keys out), two rows differing only in `regimenreg`, an oil row,
 * an unknown department, a malformed number and a bad month.
 */
export type ApiRow = Record<string, string>;

export function royaltyRow(overrides: Partial<ApiRow> = {}): ApiRow {
  const row: ApiRow = {
    departamento: 'Casanare',
    municipio: 'Tauramena',
    latitud: '5.0185',
    longitud: '-72.7475',
    a_o: '2024',
    mes: '1',
    contrato: 'SANTIAGO DE ATALAYAS',
    campo: 'CUSIANA',
    tipoprod: 'Gas natural',
    tipohidrocarburo: 'G',
    regimenreg: 'Ley 756 de 2002',
    trmpromedio: '4000',
    preciohidrocarburousd: '2.5',
    porcregalia: '8',
    prodgravableblskpc: '200000',
    volumenregaliablskpc: '16000',
    regaliascop: '1000000',
    ...overrides,
  };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete row[key];
  return row;
}

/** The fixture the royalties tests share; comments give each row's purpose and expected fate. */
export function royaltyFixtureRows(): ApiRow[] {
  const withoutContract = royaltyRow({
    departamento: 'Sucre',
    municipio: 'San Pedro',
    latitud: '9.39',
    longitud: '-75.06',
    campo: 'LA CRECIENTE',
    regimenreg: 'Ley 756 de 2002',
    trmpromedio: '3900',
    prodgravableblskpc: '50000',
    volumenregaliablskpc: '3200',
    regaliascop: '390000',
  });
  delete withoutContract['contrato'];
  return [
    // 1: loaded. Casanare / Tauramena, January.
    royaltyRow(),
    // 2: loaded, distinct from row 1 although it differs only in the regime.
    royaltyRow({ regimenreg: 'Ley 141 de 1994', regaliascop: '500000', prodgravableblskpc: '100000', volumenregaliablskpc: '8000' }),
    // 3: loaded, February; coordinates "0" → unknown; no TRM → not in USD.
    royaltyRow({ mes: '2', latitud: '0', longitud: '0', trmpromedio: '0', regaliascop: '2000000', prodgravableblskpc: '300000', volumenregaliablskpc: '24000' }),
    // 4: loaded, no contract key at all (Socrata omits nulls).
    withoutContract,
    // 5: La Guajira written without accents; the municipality spelled by ANH as an alias in no list.
    royaltyRow({
      departamento: 'La Guajira',
      municipio: 'Manaure',
      latitud: '11.77',
      longitud: '-72.44',
      mes: '2',
      campo: 'CHUCHUPA',
      contrato: 'GUAJIRA ASOCIACION',
      trmpromedio: '3950',
      regaliascop: '790000',
      prodgravableblskpc: '100000',
      volumenregaliablskpc: '20000',
    }),
    // 6: oil, skipped (only counted).
    royaltyRow({ tipohidrocarburo: 'O', campo: 'RUBIALES', regaliascop: '99999999' }),
    // 7: rejected: unknown department.
    royaltyRow({ departamento: 'Departamento Inventado' }),
    // 8: rejected: a decimal comma is ambiguous, never guessed.
    royaltyRow({ regaliascop: '12,5' }),
    // 9: rejected: month 13.
    royaltyRow({ mes: '13' }),
  ];
}

/** Expected sums of the loaded fixture rows (1–5). */
export const fixtureTotals = {
  rows: 5,
  royaltiesCop: 1_000_000 + 500_000 + 2_000_000 + 390_000 + 790_000,
  // Row 3 has no TRM: its COP is not converted.
  royaltiesUsd: 1_000_000 / 4000 + 500_000 / 4000 + 390_000 / 3900 + 790_000 / 3950,
  taxableKpc: 200_000 + 100_000 + 300_000 + 50_000 + 100_000,
  royaltyKpc: 16_000 + 8_000 + 24_000 + 3_200 + 20_000,
};

/** The rows as the datos.gov.co CSV export writes them: display names in upper case, spaced. */
export function toCsvExport(rows: ApiRow[]): string {
  const headers: Array<[string, string]> = [
    ['DEPARTAMENTO', 'departamento'],
    ['MUNICIPIO', 'municipio'],
    ['LATITUD', 'latitud'],
    ['LONGITUD', 'longitud'],
    ['AÑO', 'a_o'],
    ['MES', 'mes'],
    ['CONTRATO', 'contrato'],
    ['CAMPO', 'campo'],
    ['TIPO PROD', 'tipoprod'],
    ['TIPO HIDROCARBURO', 'tipohidrocarburo'],
    ['REGIMEN REG', 'regimenreg'],
    ['TRM PROMEDIO', 'trmpromedio'],
    ['PRECIO HIDROCARBURO USD', 'preciohidrocarburousd'],
    ['PORC REGALIA', 'porcregalia'],
    ['PROD GRAVABLE BLS KPC', 'prodgravableblskpc'],
    ['VOLUMEN REGALIA BLS KPC', 'volumenregaliablskpc'],
    ['REGALIAS COP', 'regaliascop'],
  ];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [headers.map(([h]) => h).join(','), ...rows.map((r) => headers.map(([, k]) => quote(r[k] ?? '')).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
