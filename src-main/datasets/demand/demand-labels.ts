import { sql, type RawBuilder } from 'kysely';
import { demandRegionLabels, demandSectorLabels, type DemandScenario } from '../../../src-shared/contract/demand';

export const demandScenarioLabels: Readonly<Record<DemandScenario, string>> = {
  historico: 'Histórico',
  bajo: 'Escenario bajo',
  medio: 'Escenario medio',
  alto: 'Escenario alto',
};

export const demandAreaLabels: Readonly<Record<'national' | 'region' | 'node', string>> = {
  national: 'Nacional',
  region: 'Región',
  node: 'Nodo',
};

/** A coded column shown by its Spanish label (the code itself when a new one appears). */
export function labelOf(column: RawBuilder<unknown>, labels: Readonly<Record<string, string>>): RawBuilder<string> {
  const cases = Object.entries(labels).map(([code, label]) => sql`WHEN ${sql.lit(code)} THEN ${sql.lit(label)}`);
  return sql<string>`CASE ${column} ${sql.join(cases, sql` `)} ELSE ${column} END`;
}

export const sectorLabels: Readonly<Record<string, string>> = demandSectorLabels;
export const regionLabels: Readonly<Record<string, string>> = demandRegionLabels;
