import type { DepartmentCode } from './departments';
import { territoryKey } from './territory-key';

/**
 * The comparison key of a municipality: its department code plus the territoryKey of its name, because
 * municipality names repeat across departments (there are four Villanueva and four La Unión).
 * `PIENDAMÓ - TUNÍA` gives `19:PIENDAMO TUNIA`, `Bogotá D.C.` and `BOGOTÁ, D.C.` both give `11:BOGOTA DC`.
 * Renamed municipalities (Cúcuta / San José de Cúcuta) keep different keys: that is an alias question,
 * not a spelling one. Returns null for an empty name, which can match nothing.
 */
export function municipalityKey(departmentCode: DepartmentCode, rawName: string | null | undefined): string | null {
  const nameKey = territoryKey(rawName ?? '');
  return nameKey === '' ? null : `${departmentCode}:${nameKey}`;
}
