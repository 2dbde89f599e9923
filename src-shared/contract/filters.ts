import { z } from 'zod';
import { periodPattern } from '../domain/period';

export const period = z.string().regex(periodPattern, 'Periodo inválido: use AAAA-MM (por ejemplo 2024-03)');

/** DIVIPOLA department code: two digits ("05" Antioquia … "99" Vichada). */
export const departmentCode = z.string().regex(/^\d{2}$/, 'Código DIVIPOLA de departamento inválido: dos dígitos');

/**
 * Entity keys are stable strings so that saved views survive a re-import: municipalities use their
 * 5-digit DIVIPOLA code when known (else `DD:NOMBRE`), operators/fields/contracts their normalized name.
 */
const entityKey = z.string().min(1).max(200);

/** The filters every dataset understands. Absent or empty lists mean "all". */
export const factFilters = z.object({
  from: period.optional(),
  to: period.optional(),
  departments: z.array(departmentCode).max(100).optional(),
  municipalities: z.array(entityKey).max(2000).optional(),
  operators: z.array(entityKey).max(1000).optional(),
  fields: z.array(entityKey).max(2000).optional(),
  contracts: z.array(entityKey).max(2000).optional(),
});
export type FactFilters = z.infer<typeof factFilters>;

export const granularity = z.enum(['month', 'year']);
export type Granularity = z.infer<typeof granularity>;
