import type { Kysely } from 'kysely';
import type { DatasetQuery } from '../../../src-shared/contract/data';
import { declarationProductionTypeLabels, type DeclarationProductionType } from '../../../src-shared/contract/declaration';
import { demandRegionLabels, demandSectorLabels, type DemandRegionId, type DemandSector } from '../../../src-shared/contract/demand';
import type { Database } from '../../db/database-types';
import { demandAreaLabels, demandScenarioLabels } from '../../datasets/demand/demand-labels';
import { datasetDescriptors } from '../../datasets/registry';

export const filterLabels: Readonly<Record<string, string>> = {
  from: 'Desde',
  to: 'Hasta',
  departments: 'Departamentos',
  municipalities: 'Municipios',
  operators: 'Operadoras',
  fields: 'Campos',
  contracts: 'Contratos',
  regimes: 'Regímenes de regalías',
  productionTypes: 'Tipos de producción',
  declarationPeriod: 'Declaración',
  resolution: 'Resolución',
  includeStateShare: 'Incluye la participación del Estado',
  edition: 'Edición',
  scenarios: 'Escenarios',
  sectors: 'Sectores',
  areas: 'Ámbitos',
  regions: 'Regiones',
  nodes: 'Nodos',
};

const ALL = '(todos)';

/**
 * Each filter the dataset applies, as the analyst would read it back: names with their keys
 * ("Casanare (85)"), "(todos)" when unset. Filters sent but not applicable are listed apart by the caller.
 */
export async function describeFilters(db: Kysely<Database>, query: DatasetQuery): Promise<Array<[string, string]>> {
  const filters = query.filters as Record<string, unknown>;
  const names = await entityNames(db, filters);
  return datasetDescriptors[query.dataset].filters.map((name) => [filterLabels[name] ?? name, describeValue(name, filters[name], names)]);
}

function describeValue(name: string, value: unknown, names: Map<string, Map<string, string>>): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return name === 'from' || name === 'to' ? '(sin límite)' : name === 'includeStateShare' ? 'Sí' : ALL;
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  if (!Array.isArray(value)) return String(value);
  const labelOf = (key: string): string => {
    switch (name) {
      case 'productionTypes':
        return declarationProductionTypeLabels[key as DeclarationProductionType] ?? key;
      case 'scenarios':
        return demandScenarioLabels[key as keyof typeof demandScenarioLabels] ?? key;
      case 'sectors':
        return demandSectorLabels[key as DemandSector] ?? key;
      case 'regions':
        return demandRegionLabels[key as DemandRegionId] ?? key;
      case 'areas':
        return demandAreaLabels[key as keyof typeof demandAreaLabels] ?? key;
      default: {
        const label = names.get(name)?.get(key);
        return label && label !== key ? `${label} (${key})` : key;
      }
    }
  };
  return value.map((key) => labelOf(String(key))).join('; ');
}

/** Names of the department, municipality, operator, field and contract keys in the filters. */
async function entityNames(db: Kysely<Database>, filters: Record<string, unknown>): Promise<Map<string, Map<string, string>>> {
  const keys = (name: string) => (Array.isArray(filters[name]) ? (filters[name] as string[]) : []);
  const result = new Map<string, Map<string, string>>();
  const departments = keys('departments');
  if (departments.length) {
    const rows = await db.selectFrom('department').select(['code', 'name']).where('code', 'in', departments).execute();
    result.set('departments', new Map(rows.map((r) => [r.code, r.name])));
  }
  const municipalities = keys('municipalities');
  if (municipalities.length) {
    const rows = await db
      .selectFrom('municipality')
      .select(['key', 'divipola_code', 'name'])
      .where((eb) => eb.or([eb('key', 'in', municipalities), eb('divipola_code', 'in', municipalities)]))
      .execute();
    result.set('municipalities', new Map(rows.flatMap((r) => [[r.key, r.name] as [string, string], ...(r.divipola_code ? [[r.divipola_code, r.name] as [string, string]] : [])])));
  }
  for (const [name, table] of [
    ['operators', 'operator'],
    ['fields', 'field'],
    ['contracts', 'contract'],
  ] as const) {
    const wanted = keys(name);
    if (!wanted.length) continue;
    const rows = await db.selectFrom(table).select(['key', 'name']).where('key', 'in', wanted).execute();
    result.set(name, new Map(rows.map((r) => [r.key, r.name])));
  }
  return result;
}
