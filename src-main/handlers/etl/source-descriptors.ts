import type { SourceDescriptor } from '../../db/queries/source-health';
import { isRefreshable } from '../../etl/refresh/refreshable-source';
import type { FileSource } from '../../etl/sources/source-definition';

/** The registry's sources as the sources panel describes them (the official URL only for refreshable ones). */
export function describeSources(sources: readonly FileSource[]): SourceDescriptor[] {
  return sources.map((source) => {
    const refreshable = isRefreshable(source) ? source : null;
    return {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      officialUrl: refreshable?.officialUrl ?? null,
      ...(refreshable?.latestPeriod ? { latestPeriod: refreshable.latestPeriod.bind(refreshable) } : {}),
    };
  });
}
