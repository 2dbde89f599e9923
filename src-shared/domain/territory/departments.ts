import type { PlanningRegion } from './planning-regions';

/**
 * Colombia's 33 first-level divisions in DIVIPOLA (DANE): 32 departments plus Bogotá, D.C., which DANE
 * codes as a department (11). Codes are always two digits, zero-padded ('05', never '5').
 * `name` is DANE's official name; `shortName` is for charts and tables, where the official name of 88
 * does not fit.
 */
interface DepartmentRow {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly region: PlanningRegion;
}

const departmentTable = [
  { code: '05', name: 'Antioquia', shortName: 'Antioquia', region: 'eje-cafetero-antioquia' },
  { code: '08', name: 'Atlántico', shortName: 'Atlántico', region: 'caribe' },
  { code: '11', name: 'Bogotá, D.C.', shortName: 'Bogotá', region: 'centro-oriente' },
  { code: '13', name: 'Bolívar', shortName: 'Bolívar', region: 'caribe' },
  { code: '15', name: 'Boyacá', shortName: 'Boyacá', region: 'centro-oriente' },
  { code: '17', name: 'Caldas', shortName: 'Caldas', region: 'eje-cafetero-antioquia' },
  { code: '18', name: 'Caquetá', shortName: 'Caquetá', region: 'centro-sur' },
  { code: '19', name: 'Cauca', shortName: 'Cauca', region: 'pacifico' },
  { code: '20', name: 'Cesar', shortName: 'Cesar', region: 'caribe' },
  { code: '23', name: 'Córdoba', shortName: 'Córdoba', region: 'caribe' },
  { code: '25', name: 'Cundinamarca', shortName: 'Cundinamarca', region: 'centro-oriente' },
  { code: '27', name: 'Chocó', shortName: 'Chocó', region: 'pacifico' },
  { code: '41', name: 'Huila', shortName: 'Huila', region: 'centro-sur' },
  { code: '44', name: 'La Guajira', shortName: 'La Guajira', region: 'caribe' },
  { code: '47', name: 'Magdalena', shortName: 'Magdalena', region: 'caribe' },
  { code: '50', name: 'Meta', shortName: 'Meta', region: 'llano' },
  { code: '52', name: 'Nariño', shortName: 'Nariño', region: 'pacifico' },
  { code: '54', name: 'Norte de Santander', shortName: 'Norte de Santander', region: 'centro-oriente' },
  { code: '63', name: 'Quindío', shortName: 'Quindío', region: 'eje-cafetero-antioquia' },
  { code: '66', name: 'Risaralda', shortName: 'Risaralda', region: 'eje-cafetero-antioquia' },
  { code: '68', name: 'Santander', shortName: 'Santander', region: 'centro-oriente' },
  { code: '70', name: 'Sucre', shortName: 'Sucre', region: 'caribe' },
  { code: '73', name: 'Tolima', shortName: 'Tolima', region: 'centro-sur' },
  { code: '76', name: 'Valle del Cauca', shortName: 'Valle del Cauca', region: 'pacifico' },
  { code: '81', name: 'Arauca', shortName: 'Arauca', region: 'llano' },
  { code: '85', name: 'Casanare', shortName: 'Casanare', region: 'llano' },
  { code: '86', name: 'Putumayo', shortName: 'Putumayo', region: 'centro-sur' },
  {
    code: '88',
    name: 'Archipiélago de San Andrés, Providencia y Santa Catalina',
    shortName: 'San Andrés y Providencia',
    region: 'caribe',
  },
  { code: '91', name: 'Amazonas', shortName: 'Amazonas', region: 'centro-sur' },
  { code: '94', name: 'Guainía', shortName: 'Guainía', region: 'llano' },
  { code: '95', name: 'Guaviare', shortName: 'Guaviare', region: 'llano' },
  { code: '97', name: 'Vaupés', shortName: 'Vaupés', region: 'llano' },
  { code: '99', name: 'Vichada', shortName: 'Vichada', region: 'llano' },
] as const satisfies readonly DepartmentRow[];

export type DepartmentCode = (typeof departmentTable)[number]['code'];

export interface Department extends DepartmentRow {
  readonly code: DepartmentCode;
}

/** In DIVIPOLA code order. */
export const departments: readonly Department[] = departmentTable;
