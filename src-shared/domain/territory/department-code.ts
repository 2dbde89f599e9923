import { departments, type Department, type DepartmentCode } from './departments';

const departmentsByCode: ReadonlyMap<string, Department> = new Map(departments.map((d) => [d.code, d]));

export function isDepartmentCode(value: string): value is DepartmentCode {
  return departmentsByCode.has(value);
}

export function departmentByCode(code: DepartmentCode): Department {
  const department = departmentsByCode.get(code);
  // Unreachable for a typed DepartmentCode; guards values that were cast from untrusted input.
  if (!department) throw new RangeError(`Código de departamento inexistente: "${code}"`);
  return department;
}

/**
 * Reads a department code as sources write it: '05', '5' (datos.gov.co drops the leading zero) or the
 * number 5 (a spreadsheet cell). Returns null when it is not one of the 33 DIVIPOLA codes.
 */
export function parseDepartmentCode(raw: string | number): DepartmentCode | null {
  const text = typeof raw === 'number' ? (Number.isInteger(raw) ? String(raw) : '') : raw.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const padded = text.padStart(2, '0');
  return isDepartmentCode(padded) ? padded : null;
}
