import type { z } from 'zod';
import { balanceSeries } from './balance';
import { catalogDimensions } from './catalog';
import { dataDatasets, dataLineage, dataRows } from './data';
import { declarationResolutions, declarationSeries } from './declaration';
import { demandDimensions, demandEditions, demandSeries } from './demand';
import type { CommandSchema, EventSchema } from './define';
import { etlProgress, etlRejects } from './etl';
import { etlSources } from './etl-sources';
import { exportsChooseTarget, exportsReveal } from './export-target';
import { exportsCancel, exportsCreate, exportsProgress } from './exports';
import { importFilesCommand, importProgress } from './import-files';
import { mapBoundaries, mapValues } from './map';
import { productionBreakdown, productionSeries } from './production';
import { refreshCancel, refreshStart, refreshState, refreshStatus } from './refresh';
import { refreshRuns } from './refresh-runs';
import { royaltiesBreakdown, royaltiesSeries } from './royalties';
import { settingsChanged, settingsGet, settingsUpdate } from './settings';
import { sourcesFiles } from './sources';

/** Every command, by its `domain.verb` name. Both processes derive their types from this one object. */
export const commands = {
  'production.series': productionSeries,
  'production.breakdown': productionBreakdown,
  'royalties.series': royaltiesSeries,
  'royalties.breakdown': royaltiesBreakdown,
  'declaration.series': declarationSeries,
  'declaration.resolutions': declarationResolutions,
  'demand.series': demandSeries,
  'balance.series': balanceSeries,
  'demand.editions': demandEditions,
  'demand.dimensions': demandDimensions,
  'map.boundaries': mapBoundaries,
  'map.values': mapValues,
  'catalog.dimensions': catalogDimensions,
  'sources.files': sourcesFiles,
  'etl.rejects': etlRejects,
  'etl.sources': etlSources,
  'data.rows': dataRows,
  'data.datasets': dataDatasets,
  'data.lineage': dataLineage,
  'exports.create': exportsCreate,
  'exports.cancel': exportsCancel,
  'exports.chooseTarget': exportsChooseTarget,
  'exports.reveal': exportsReveal,
  'refresh.start': refreshStart,
  'refresh.cancel': refreshCancel,
  'refresh.status': refreshStatus,
  'refresh.runs': refreshRuns,
  'import.files': importFilesCommand,
  'settings.get': settingsGet,
  'settings.update': settingsUpdate,
} as const satisfies Record<string, CommandSchema>;

export const events = {
  'etl.progress': etlProgress,
  'exports.progress': exportsProgress,
  'refresh.state': refreshState,
  'import.progress': importProgress,
  'settings.changed': settingsChanged,
} as const satisfies Record<string, EventSchema>;

export type CommandName = keyof typeof commands;
export type EventName = keyof typeof events;
/** What a caller may send (defaults still optional). */
export type CommandInput<N extends CommandName> = z.input<(typeof commands)[N]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<N extends CommandName> = z.output<(typeof commands)[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<(typeof commands)[N]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export * from './errors';
export type { CommandSchema, EventSchema } from './define';
