/**
 * Header spellings of the DIVIPOLA lists on datos.gov.co: the CSV export of "Departamentos y municipios
 * de Colombia" (display names with accents), its Socrata API field names (accents mangled to `_`), and
 * the older "DIVIPOLA - Códigos municipios" layout with coordinates. Compared through headerKey.
 */
export const divipolaColumns = {
  departmentCode: ['CÓDIGO DANE DEL DEPARTAMENTO', 'c_digo_dane_del_departamento', 'COD_DPTO', 'CODIGO DEPARTAMENTO', 'COD DEPARTAMENTO', 'DPTO_CCDGO'],
  departmentName: ['DEPARTAMENTO', 'NOM_DPTO', 'NOMBRE DEPARTAMENTO', 'DPTO_CNMBR'],
  municipalityCode: ['CÓDIGO DANE DEL MUNICIPIO', 'c_digo_dane_del_municipio', 'COD_MPIO', 'CODIGO MUNICIPIO', 'COD MUNICIPIO', 'MPIO_CCNCT', 'MPIO_CDPMP'],
  municipalityName: ['MUNICIPIO', 'NOM_MPIO', 'NOMBRE MUNICIPIO', 'MPIO_CNMBR', 'MPIO_CNMBRE'],
  latitude: ['LATITUD', 'LATITUDE', 'LAT'],
  longitude: ['LONGITUD', 'LONGITUDE', 'LON', 'LONG'],
} as const;

export type DivipolaColumn = keyof typeof divipolaColumns;

/** Columns without which a file is not a DIVIPOLA list. */
export const requiredDivipolaColumns: readonly DivipolaColumn[] = ['departmentCode', 'municipalityCode', 'municipalityName'];
