import { municipalityKey, resolveDepartment, territoryKey } from '../../../../src-shared/domain/territory';
import type { DimensionIds } from '../../../db/dimension-ids';
import { nameKey } from '../../text/name-key';

export interface RowEntityNames {
  field: string;
  contract: string | null;
  operator: string;
  department: string;
  municipality: string;
}

export interface RowEntityIds {
  departmentCode: string | null;
  municipalityId: number | null;
  operatorId: number;
  fieldId: number;
  contractId: number | null;
}

/** The operator ANH left blank: grouped under one visible entry rather than an empty name. */
export const UNDEFINED_ENTITY = { key: 'ND', name: 'No definido en la fuente' } as const;

export type RowEntityResolution = { ok: true; ids: RowEntityIds } | { ok: false; reasonCode: string; reason: string };

/**
 * Department names resolve to DIVIPOLA codes through the shared table, never by guessing: a name the
 * table does not know rejects the row. A department the source itself marks as undefined
 * ("DEPARTAMENTO NN", empty) keeps the row with no department, so national totals stay whole.
 */
export function resolveRowEntities(ids: DimensionIds, names: RowEntityNames): RowEntityResolution {
  const department = resolveDepartment(names.department);
  if (!department.ok && department.reason === 'unknown') {
    return { ok: false, reasonCode: 'unknown-department', reason: department.message };
  }
  const departmentCode = department.ok ? department.code : null;
  const municipalityName = names.municipality.trim();
  let municipalityId: number | null = null;
  if (municipalityName !== '') {
    const key = department.ok ? municipalityKey(department.code, municipalityName) : `ND:${territoryKey(municipalityName)}`;
    if (key !== null) municipalityId = ids.municipality(key, departmentCode, municipalityName);
  }
  const contractName = names.contract?.trim() ?? '';
  const operatorName = names.operator.trim();
  return {
    ok: true,
    ids: {
      departmentCode,
      municipalityId,
      operatorId: operatorName === '' ? ids.entity('operator', UNDEFINED_ENTITY.key, UNDEFINED_ENTITY.name) : ids.entity('operator', nameKey(operatorName), operatorName),
      fieldId: ids.entity('field', nameKey(names.field), names.field.trim()),
      contractId: contractName === '' ? null : ids.entity('contract', nameKey(contractName), contractName),
    },
  };
}
