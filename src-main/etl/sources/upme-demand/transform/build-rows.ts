import type { DemandScenario, DemandSector } from '../../../../../src-shared/contract/demand';
import type { Period } from '../../../../../src-shared/domain/period';
import type { RejectToStore } from '../../../load/lineage';
import type { DemandArea, DemandRow, ProjectionScenario } from '../types';
import type { Observation, SheetRead } from './observations';
import type { BookRead } from './read-book';

export interface BookRowsInput {
  readonly book: BookRead;
  readonly sector: DemandSector;
  /** First projected month; months before it are history. Null: nothing tells them apart. */
  readonly projectionStart: Period | null;
}

/**
 * Turns a workbook's cells into rows. History is stored once, as `historico`: from the medio column or
 * sheet (UPME's "Histórico / Esc. Medio"); the copies of it in the low and high columns or sheets are
 * the same figures and are not stored again. The "Nacional" and "Total" columns are cross-checks,
 * except in a workbook without a scenarios sheet, where "Nacional" is the only national figure.
 */
export function buildBookRows({ book, sector, projectionStart }: BookRowsInput): { rows: DemandRow[]; rejects: RejectToStore[] } {
  const rows: DemandRow[] = [];
  const rejects: RejectToStore[] = [];
  const seen = new Map<string, DemandRow>();
  const hasScenarioSheet = book.sheets.some((s) => s.role.kind === 'scenarios');
  const hasHistoryColumn = book.sheets.some((s) => s.role.kind === 'scenarios' && s.observations.some((o) => o.meaning.kind === 'history'));

  for (const sheet of book.sheets) {
    const hasMedioSibling = book.sheets.some((s) => s.role.kind === sheet.role.kind && s.role.scenario === 'medio');
    const scenarioOf = (scenario: ProjectionScenario, period: Period): DemandScenario | null => {
      if (projectionStart === null || period >= projectionStart) return scenario;
      if (sheet.role.kind === 'scenarios') return scenario === 'medio' && !hasHistoryColumn ? 'historico' : null;
      return scenario === 'medio' || !hasMedioSibling ? 'historico' : null;
    };
    for (const o of sheet.observations) {
      const target = targetOf(o, sheet, sector, hasScenarioSheet);
      if (!target) continue;
      const scenario = target.scenario === 'historico' ? 'historico' : scenarioOf(target.scenario, o.period);
      if (!scenario) continue;
      const row: DemandRow = {
        book: sector,
        sheet: sheet.sheet,
        sheetKind: sheet.role.kind,
        row: o.row,
        cellRef: o.cellRef,
        sector: target.sector,
        scenario,
        area: target.area,
        period: o.period,
        gbtud: o.value,
      };
      const key = [row.sector, row.scenario, areaKey(row.area), row.period, row.sheetKind === 'sectoral' ? 'sectorial' : 'propia'].join('|');
      const earlier = seen.get(key);
      if (earlier) {
        rejects.push({
          sheet: sheet.sheet,
          row: o.row,
          reasonCode: 'duplicado',
          reason: `Dato repetido: el mismo sector, escenario, ${areaLabel(row.area)} y mes ya vino de «${earlier.sheet}» ${earlier.cellRef}`,
          raw: { hoja: sheet.sheet, celda: o.cellRef, periodo: o.period, valor: o.value, anterior: `${earlier.sheet}!${earlier.cellRef}`, valorAnterior: earlier.gbtud },
        });
        continue;
      }
      seen.set(key, row);
      rows.push(row);
    }
  }
  return { rows, rejects };
}

interface Target {
  readonly sector: DemandSector;
  readonly area: DemandArea;
  readonly scenario: ProjectionScenario | 'historico';
}

function targetOf(o: Observation, sheet: SheetRead, bookSector: DemandSector, hasScenarioSheet: boolean): Target | null {
  const sheetScenario = sheet.role.scenario ?? 'medio';
  const national = { kind: 'national' } as const;
  switch (o.meaning.kind) {
    case 'scenario':
      return { sector: bookSector, area: national, scenario: o.meaning.scenario };
    case 'history':
      return { sector: bookSector, area: national, scenario: 'historico' };
    case 'region':
      return { sector: bookSector, area: { kind: 'region', region: o.meaning.region }, scenario: sheetScenario };
    case 'national':
      return sheet.role.kind === 'regional' && !hasScenarioSheet ? { sector: bookSector, area: national, scenario: sheetScenario } : null;
    case 'node':
      return { sector: bookSector, area: { kind: 'node', region: o.meaning.region, nodeKey: o.meaning.nodeKey, nodeName: o.meaning.nodeName }, scenario: sheetScenario };
    case 'sector':
      return { sector: o.meaning.sector, area: national, scenario: sheetScenario };
    case 'sector-total':
    case 'sector-total-sin-termoelectrico':
      return null;
  }
}

export function areaKey(area: DemandArea): string {
  switch (area.kind) {
    case 'national':
      return 'nacional';
    case 'region':
      return area.region;
    case 'node':
      return area.nodeKey;
  }
}

function areaLabel(area: DemandArea): string {
  switch (area.kind) {
    case 'national':
      return 'ámbito nacional';
    case 'region':
      return `región ${area.region}`;
    case 'node':
      return `nodo ${area.nodeName}`;
  }
}
