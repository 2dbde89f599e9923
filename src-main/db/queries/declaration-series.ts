import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import { DEFAULT_HEATING_VALUE_BTU_PER_CF, declarationProductionTypeLabels, type DeclarationProductionType } from '../../../src-shared/contract/declaration';
import type { Database } from '../database-types';
import { declarationMonths, toSeriesPoints } from './declaration-points';
import { loadedResolutions, selectResolution, type LoadedResolution } from './declaration-selection';

type SeriesInput = ParsedInput<'declaration.series'>;
type SeriesOutput = CommandOutput<'declaration.series'>;

/** Split key of a State's share row when splitting by operator: never mixed into a company's numbers. */
const STATE_SHARE_KEY = '__estado__';

/**
 * Declared GBTUD (or MPCD) for one resolution: by default the current resolution of the latest
 * declaration. Rates of different fields in the same month add up; over time they are averaged. MPCD
 * uses each field sheet's declared heating value (GBTUD = MPCD × BTU/PC ÷ 1000), else the documented
 * default, and the output lists which was used.
 */
export async function declarationSeries(db: Kysely<Database>, input: SeriesInput): Promise<SeriesOutput> {
  const base = { unit: input.unit, granularity: input.granularity, productionTypes: input.productionTypes, includeStateShare: input.includeStateShare };
  const resolution = await selectResolution(db, input);
  if (!resolution) {
    const notes = ['No hay declaraciones de producción cargadas: actualice la fuente de MinEnergía o importe un soporte magnético.'];
    return { ...base, declarationPeriod: null, resolution: null, points: [], series: [], heatingValues: [], notes };
  }

  const sheets = await liveFieldSheets(db, resolution.dbId);
  const facts = await selectFacts(db, resolution.dbId, input);
  const months = declarationMonths(resolution.firstYear, resolution.lastYear, input.from, input.to);
  const heatingOf = (sheetId: number) => sheets.get(sheetId)?.heatingValue ?? DEFAULT_HEATING_VALUE_BTU_PER_CF;
  const valueOf = (fact: Fact) => (input.unit === 'GBTUD' ? fact.gbtud : (fact.gbtud * 1000) / heatingOf(fact.sheetId));

  const total = new Map<string, number>();
  const bySplit = new Map<string, Map<string, number>>();
  const usedSheets = new Set<number>();
  for (const fact of facts) {
    const value = valueOf(fact);
    usedSheets.add(fact.sheetId);
    total.set(fact.period, (total.get(fact.period) ?? 0) + value);
    if (input.splitBy === 'none') continue;
    const key = String(fact.splitKey);
    const periods = bySplit.get(key) ?? new Map<string, number>();
    periods.set(fact.period, (periods.get(fact.period) ?? 0) + value);
    bySplit.set(key, periods);
  }

  const labels = await splitLabels(db, input.splitBy, [...bySplit.keys()]);
  const series = [...bySplit]
    .map(([key, values]) => ({ ...labels(key), points: toSeriesPoints(months, values, input.granularity) }))
    .sort((a, b) => sumOf(b.points) - sumOf(a.points) || a.label.localeCompare(b.label, 'es'));
  const heatingValues =
    input.unit === 'MPCD'
      ? [...usedSheets]
          .map((id) => sheets.get(id)!)
          .map((s) => ({ fieldKey: s.fieldKey, field: s.field, sheet: s.sheet, btuPerCf: s.heatingValue ?? DEFAULT_HEATING_VALUE_BTU_PER_CF, basis: s.heatingValue === null ? ('supuesta' as const) : ('declarada' as const) }))
          .sort((a, b) => a.field.localeCompare(b.field, 'es') || a.sheet.localeCompare(b.sheet, 'es'))
      : [];

  return {
    ...base,
    declarationPeriod: resolution.declarationPeriod,
    resolution: { id: resolution.id, number: resolution.number, year: resolution.year, issuedOn: resolution.issuedOn, title: resolution.title, status: resolution.status },
    points: toSeriesPoints(months, total, input.granularity),
    series,
    heatingValues,
    notes: await notesFor(db, resolution, input, facts.length, heatingValues),
  };
}

interface Fact {
  sheetId: number;
  period: string;
  splitKey: string | number;
  gbtud: number;
}

async function selectFacts(db: Kysely<Database>, resolutionId: number, input: SeriesInput): Promise<Fact[]> {
  const split =
    input.splitBy === 'field'
      ? sql<string>`fld.key`
      : input.splitBy === 'operator'
        ? sql<string>`case when r.is_state_share = 1 then ${sql.lit(STATE_SHARE_KEY)} else op.key end`
        : input.splitBy === 'productionType'
          ? sql<string>`r.production_type`
          : sql<string>`''`;
  const perSheet = input.unit === 'MPCD';
  let query = db
    .selectFrom('declaration_monthly as m')
    .innerJoin('declaration_row as r', 'r.id', 'm.row_id')
    .innerJoin('declaration_field_sheet as s', 's.id', 'r.field_sheet_id')
    .innerJoin('declaration_file as f', 'f.source_file_id', 's.source_file_id')
    .innerJoin('field as fld', 'fld.id', 's.field_id')
    .innerJoin('operator as op', 'op.id', 'r.operator_id')
    .where('f.resolution_id', '=', resolutionId)
    .where('f.replaced_by_file_id', 'is', null)
    .where('r.production_type', 'in', input.productionTypes)
    // MPCD converts with each field sheet's heating value, so it needs the sheet; GBTUD only the month
    // (and split), which leaves SQLite a few hundred groups instead of one per sheet and month (~3× faster).
    .select([perSheet ? sql<number>`s.id`.as('sheetId') : sql<number>`0`.as('sheetId'), 'm.period', split.as('splitKey'), sql<number>`sum(m.gbtud)`.as('gbtud')])
    .groupBy(perSheet ? [sql`s.id`, 'm.period', split] : ['m.period', split]);
  if (!input.includeStateShare) query = query.where('r.is_state_share', '=', 0);
  if (input.fields?.length) query = query.where('fld.key', 'in', input.fields);
  if (input.operators?.length) query = query.where('op.key', 'in', input.operators);
  if (input.from) query = query.where('m.period', '>=', input.from);
  if (input.to) query = query.where('m.period', '<=', input.to);
  const rows = await query.execute();
  return rows.map((r) => ({ sheetId: r.sheetId, period: r.period, splitKey: r.splitKey, gbtud: Number(r.gbtud) }));
}

interface LiveSheet {
  sheet: string;
  fieldKey: string;
  field: string;
  heatingValue: number | null;
}

async function liveFieldSheets(db: Kysely<Database>, resolutionId: number): Promise<Map<number, LiveSheet>> {
  const rows = await db
    .selectFrom('declaration_field_sheet as s')
    .innerJoin('declaration_file as f', 'f.source_file_id', 's.source_file_id')
    .innerJoin('field as fld', 'fld.id', 's.field_id')
    .where('f.resolution_id', '=', resolutionId)
    .where('f.replaced_by_file_id', 'is', null)
    .select(['s.id', 's.sheet', 'fld.key', 'fld.name', 's.heating_value_btu_per_cf'])
    .execute();
  return new Map(rows.map((r) => [r.id, { sheet: r.sheet, fieldKey: r.key, field: r.name, heatingValue: r.heating_value_btu_per_cf }]));
}

async function splitLabels(db: Kysely<Database>, splitBy: SeriesInput['splitBy'], keys: string[]): Promise<(key: string) => { key: string; label: string }> {
  if (splitBy === 'productionType') return (key) => ({ key, label: declarationProductionTypeLabels[key as DeclarationProductionType] ?? key });
  if (splitBy === 'none' || keys.length === 0) return (key) => ({ key, label: key });
  const table = splitBy === 'field' ? 'field' : 'operator';
  const rows = await db.selectFrom(table).select(['key', 'name']).where('key', 'in', keys).execute();
  const names = new Map(rows.map((r) => [r.key, r.name]));
  return (key) => ({ key, label: key === STATE_SHARE_KEY ? 'Participación del Estado' : (names.get(key) ?? key) });
}

function sumOf(points: ReadonlyArray<{ value: number }>): number {
  return points.reduce((sum, p) => sum + p.value, 0);
}

async function notesFor(
  db: Kysely<Database>,
  resolution: LoadedResolution,
  input: SeriesInput,
  factCount: number,
  heatingValues: ReadonlyArray<{ field: string; basis: string }>,
): Promise<string[]> {
  const notes: string[] = [];
  if (resolution.status === 'anterior') {
    const current = (await loadedResolutions(db, resolution.declarationPeriod))[0];
    if (current) notes.push(`Muestra la ${resolution.title ?? resolution.id}, anterior a la vigente (${current.title ?? current.id}).`);
  }
  if (input.productionTypes.length > 1) {
    notes.push('Se suman varios tipos de producción: son cantidades distintas de una misma declaración (potencial, disponible para la venta, comprometida…) y su suma puede contar el mismo gas más de una vez.');
  }
  const assumed = [...new Set(heatingValues.filter((h) => h.basis === 'supuesta').map((h) => h.field))];
  if (assumed.length > 0) {
    notes.push(`Sin poder calorífico declarado para ${assumed.join(', ')}: se convirtió a MPCD con ${DEFAULT_HEATING_VALUE_BTU_PER_CF} BTU/PC (valor supuesto).`);
  }
  if (factCount === 0) notes.push('Ninguna fila de la resolución coincide con los filtros.');
  return notes;
}
