import type { DepartmentCode } from './departments';

/**
 * Other names the agencies give a department, besides the official one. Written as the sources write
 * them; they are compared through territoryKey, so accent, case and punctuation variants of an entry
 * (BOYACÁ/Boyaca, BOGOTA D.C./BOGOTA DC) need no entry of their own. Matching is exact: a spelling that
 * is not here, and not official, is rejected rather than guessed.
 */
export const departmentAliases: Readonly<Partial<Record<DepartmentCode, readonly string[]>>> = {
  // The capital has been "Santafé de Bogotá, D.C." (1991-2000) and is often written without "D.C.".
  '11': ['BOGOTA', 'BOGOTA D.C.', 'BOGOTA DISTRITO CAPITAL', 'SANTAFE DE BOGOTA', 'SANTAFE DE BOGOTA D.C.', 'SANTA FE DE BOGOTA'],
  // ANH writes GUAJIRA.
  '44': ['GUAJIRA'],
  '54': ['NORTE SANTANDER', 'N. DE SANTANDER', 'N. SANTANDER'],
  '76': ['VALLE'],
  '88': [
    'SAN ANDRES',
    'SAN ANDRES Y PROVIDENCIA',
    'SAN ANDRES PROVIDENCIA Y SANTA CATALINA',
    'ARCHIPIELAGO DE SAN ANDRES',
    'ARCHIPIELAGO DE SAN ANDRES Y PROVIDENCIA',
  ],
};

/**
 * Values with which a source itself says it does not know the department (ANH writes "DEPARTAMENTO NN"
 * next to "MUNICIPIO NN", and explains "N.D. = No Definido" in its footers). They are not errors of
 * ours: the row is real, its department is not.
 */
export const undefinedDepartmentMarkers: readonly string[] = [
  'DEPARTAMENTO NN',
  'N.D.',
  'NO DEFINIDO',
  'SIN DEPARTAMENTO',
];
