/**
 * A small DIVIPOLA list in the layout of the datos.gov.co CSV export "Departamentos y municipios de
 * Colombia" (leading zeros dropped, a quoted department name with a comma), written for the tests.
 * 85325 carries the name the export really gives it (San Luis de Gaceno), which the alias table corrects.
 */
export const divipolaCsvHeader = 'REGION,CÓDIGO DANE DEL DEPARTAMENTO,DEPARTAMENTO,CÓDIGO DANE DEL MUNICIPIO,MUNICIPIO';

export const divipolaFixtureRows: ReadonlyArray<readonly [region: string, department: string, departmentName: string, code: string, name: string]> = [
  ['Región Eje Cafetero - Antioquia', '5', 'Antioquia', '5001', 'Medellín'],
  ['Región Caribe', '20', 'Cesar', '20400', 'La Jagua de Ibirico'],
  ['Región Caribe', '44', 'La Guajira', '44560', 'Manaure'],
  ['Región Llano', '50', 'Meta', '50124', 'Cabuyaro'],
  ['Región Llano', '50', 'Meta', '50150', 'Castilla la Nueva'],
  ['Región Caribe', '70', 'Sucre', '70670', 'Sampués'],
  ['Región Caribe', '70', 'Sucre', '70713', 'San Onofre'],
  ['Región Caribe', '70', 'Sucre', '70717', 'San Pedro'],
  ['Región Llano', '85', 'Casanare', '85001', 'Yopal'],
  ['Región Llano', '85', 'Casanare', '85325', 'San Luis de Gaceno'],
  ['Región Llano', '85', 'Casanare', '85410', 'Tauramena'],
  ['Región Llano', '85', 'Casanare', '85440', 'Villanueva'],
  ['Región Caribe', '88', 'Archipiélago de San Andrés, Providencia y Santa Catalina', '88001', 'San Andrés'],
];

export function divipolaCsv(rows = divipolaFixtureRows, extraLines: string[] = []): string {
  const quote = (v: string) => (v.includes(',') ? `"${v}"` : v);
  return [divipolaCsvHeader, ...rows.map((r) => r.map(quote).join(',')), ...extraLines].join('\n') + '\n';
}
