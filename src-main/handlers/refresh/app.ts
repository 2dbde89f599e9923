import { CaudalError } from '../../../src-shared/contract';
import type { RefreshService } from '../../etl/service/refresh-service';
import type { HandlerContext } from '../context';
import type { DomainHandlers } from '../domain-handlers';

/** Refresh and import go through the app's one RefreshService: one run at a time, in the ETL worker. */
export const refreshHandlers: DomainHandlers<'refresh.start' | 'refresh.cancel' | 'refresh.status' | 'refresh.runs' | 'import.files'> = {
  'refresh.start': async (input, ctx) => {
    const run = await service(ctx).start({ sourceIds: input.sourceIds, trigger: 'button' });
    return { runId: run.runId, sourceIds: run.sourceIds };
  },
  'refresh.cancel': (input, ctx) => ({ cancelled: service(ctx).cancel(input.runId, input.sourceId) }),
  'refresh.status': (_input, ctx) => service(ctx).status(),
  'refresh.runs': (input, ctx) => service(ctx).runs(input),
  'import.files': (input, ctx) => service(ctx).importFiles({ paths: input.paths, uploads: input.uploads, trigger: 'app-import' }),
};

function service(ctx: HandlerContext): RefreshService {
  if (!ctx.refresh) throw new CaudalError('conflict', 'La actualización de datos no está disponible en este modo de Caudal.');
  return ctx.refresh;
}
