import type { Kysely } from 'kysely';
import type { CommandOutput } from '../../../src-shared/contract';
import type { Database } from '../database-types';

type CatalogOutput = CommandOutput<'catalog.dimensions'>;

/** What the analyst can filter on: only values that appear in loaded facts, sorted as Spanish text. */
export async function catalogDimensions(db: Kysely<Database>): Promise<CatalogOutput> {
  const facts = db.selectFrom('production_monthly');
  const [departments, municipalities, operators, fields, contracts, range] = await Promise.all([
    db
      .selectFrom('department')
      .select(['code as key', 'name as label'])
      .where('code', 'in', facts.select('department_code').where('department_code', 'is not', null))
      .execute(),
    db
      .selectFrom('municipality')
      .select(['key', 'divipola_code', 'name as label', 'department_code as departmentCode'])
      .where('id', 'in', facts.select('municipality_id').where('municipality_id', 'is not', null))
      .execute(),
    db.selectFrom('operator').select(['key', 'name as label']).where('id', 'in', facts.select('operator_id')).execute(),
    db.selectFrom('field').select(['key', 'name as label']).where('id', 'in', facts.select('field_id')).execute(),
    db
      .selectFrom('contract')
      .select(['key', 'name as label'])
      .where('id', 'in', facts.select('contract_id').where('contract_id', 'is not', null))
      .execute(),
    facts.select((eb) => [eb.fn.min('period').as('first'), eb.fn.max('period').as('last')]).executeTakeFirst(),
  ]);
  return {
    departments: sortByLabel(departments),
    municipalities: sortByLabel(municipalities.map((m) => ({ key: m.divipola_code ?? m.key, label: m.label, departmentCode: m.departmentCode }))),
    operators: sortByLabel(operators),
    fields: sortByLabel(fields),
    contracts: sortByLabel(contracts),
    periods: { first: range?.first ?? null, last: range?.last ?? null },
  };
}

const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

function sortByLabel<T extends { label: string }>(items: T[]): T[] {
  return items.sort((a, b) => collator.compare(a.label, b.label));
}
