/**
 * Fields of datos.gov.co dataset j7js-yk74 "Consolidación de liquidación de regalías por campo".
 * The API writes the field names (`a_o` is "Año" with the ñ mangled); the CSV export writes display
 * names, often upper case or spaced. Both are compared through headerKey.
 */
export const royaltyColumns = {
  department: ['departamento'],
  municipality: ['municipio'],
  latitude: ['latitud'],
  longitude: ['longitud'],
  year: ['a_o', 'AÑO', 'ANO', 'ano'],
  month: ['mes'],
  contract: ['contrato'],
  field: ['campo'],
  productionType: ['tipoprod', 'TIPO PROD', 'TIPO PRODUCCION'],
  hydrocarbonType: ['tipohidrocarburo', 'TIPO HIDROCARBURO'],
  regime: ['regimenreg', 'REGIMEN REG', 'REGIMEN REGALIAS'],
  trm: ['trmpromedio', 'TRM PROMEDIO'],
  priceUsd: ['preciohidrocarburousd', 'PRECIO HIDROCARBURO USD'],
  royaltyPercent: ['porcregalia', 'PORC REGALIA', 'PORCENTAJE REGALIA'],
  taxableVolume: ['prodgravableblskpc', 'PROD GRAVABLE BLS KPC'],
  royaltyVolume: ['volumenregaliablskpc', 'VOLUMEN REGALIA BLS KPC'],
  royaltiesCop: ['regaliascop', 'REGALIAS COP'],
} as const;

export type RoyaltyColumn = keyof typeof royaltyColumns;

/** Without these a row cannot be placed in time, in a field, or valued. */
export const requiredRoyaltyColumns: readonly RoyaltyColumn[] = ['department', 'year', 'month', 'field', 'hydrocarbonType', 'royaltiesCop'];

/** Field names as the API writes them, for messages and for raw values of rejects. */
export function apiFieldName(column: RoyaltyColumn): string {
  return royaltyColumns[column][0];
}
