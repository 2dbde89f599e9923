import { departmentAliases, undefinedDepartmentMarkers } from './department-aliases';
import { departmentByCode } from './department-code';
import { departments, type DepartmentCode } from './departments';
import { territoryKey } from './territory-key';

export type DepartmentRejection = 'empty' | 'unknown' | 'undefined-in-source';

export type DepartmentResolution =
  | { readonly ok: true; readonly code: DepartmentCode; readonly name: string }
  | { readonly ok: false; readonly reason: DepartmentRejection; readonly message: string };

function buildKeyIndex(): ReadonlyMap<string, DepartmentCode> {
  const index = new Map<string, DepartmentCode>();
  const add = (spelling: string, code: DepartmentCode): void => {
    const key = territoryKey(spelling);
    const existing = index.get(key);
    // A key that pointed to two departments would make resolution depend on table order: refuse it.
    if (existing !== undefined && existing !== code) {
      throw new Error(`El alias "${spelling}" apunta a ${code} y a ${existing}`);
    }
    index.set(key, code);
  };
  for (const department of departments) add(department.name, department.code);
  for (const department of departments) {
    for (const alias of departmentAliases[department.code] ?? []) add(alias, department.code);
  }
  return index;
}

const codesByKey = buildKeyIndex();
const undefinedMarkerKeys: ReadonlySet<string> = new Set(undefinedDepartmentMarkers.map(territoryKey));

for (const key of undefinedMarkerKeys) {
  if (codesByKey.has(key)) throw new Error(`"${key}" no puede ser a la vez un departamento y un valor no definido`);
}

/**
 * Maps a department name as a source wrote it to its DIVIPOLA code: exact match of the territoryKey
 * against official names and the alias table, never a fuzzy one — a wrong department is worse than a
 * rejected row, because the analyst cannot see it.
 */
export function resolveDepartment(rawName: string | null | undefined): DepartmentResolution {
  const key = territoryKey(rawName ?? '');
  if (key === '') {
    return { ok: false, reason: 'empty', message: 'La fuente no trae el nombre del departamento (celda vacía).' };
  }
  if (undefinedMarkerKeys.has(key)) {
    return {
      ok: false,
      reason: 'undefined-in-source',
      message: `La fuente indica que el departamento no está definido ("${rawName?.trim()}").`,
    };
  }
  const code = codesByKey.get(key);
  if (code === undefined) {
    return {
      ok: false,
      reason: 'unknown',
      message: `Departamento desconocido: "${rawName?.trim()}". No coincide con ningún nombre oficial de DIVIPOLA ni con un alias conocido.`,
    };
  }
  return { ok: true, code, name: departmentByCode(code).name };
}
