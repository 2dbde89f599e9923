import { CaudalError } from '../../../src-shared/contract';
import { exportsDirFor } from '../../exports/app-folders';
import { databaseFile } from '../../exports/export-connection';
import { defaultExportFileName } from '../../exports/export-file-name';
import { wasExported } from '../../exports/exported-files';
import { freeExportPath } from '../../exports/free-export-path';
import { grantExportTarget } from '../../exports/target-permission';
import type { DesktopCapability, HandlerContext } from '../context';
import type { DomainHandlers } from '../domain-handlers';

export const desktopOnlyMessage = 'Guardar en disco solo está disponible en la aplicación de escritorio; use `npm run caudal -- export …`';

function desktopOf(ctx: HandlerContext): DesktopCapability {
  if (!ctx.desktop) throw new CaudalError('unavailable', desktopOnlyMessage);
  return ctx.desktop;
}

/**
 * The save dialog before an export and "Abrir" / "Mostrar en carpeta" after it, answered by the
 * desktop shell when there is one. The chosen file may then be written once by `exports.create`
 * (grantExportTarget), which still checks the path itself.
 */
export const exportsDesktopHandlers: DomainHandlers<'exports.chooseTarget' | 'exports.reveal'> = {
  'exports.chooseTarget': async (input, ctx) => {
    if (!ctx.desktop) {
      // No dialog in the browser preview (`caudal serve`): the proposed name, in the exports folder,
      // which is the one place a bridge request may write.
      const exportsDir = exportsDirFor(await databaseFile(ctx.db));
      return { path: freeExportPath(exportsDir, defaultExportFileName(input.dataset, input.format, input)) };
    }
    const filePath = await ctx.desktop.chooseSavePath({ dataset: input.dataset, format: input.format, from: input.from, to: input.to });
    if (filePath !== null) grantExportTarget(filePath);
    return { path: filePath };
  },
  'exports.reveal': async (input, ctx) => {
    const desktop = desktopOf(ctx);
    if (!wasExported(input.path)) {
      throw new CaudalError('not-found', 'Solo se pueden abrir los archivos exportados desde esta ventana de Caudal.', [{ path: 'path', message: 'Archivo no exportado en esta sesión' }]);
    }
    switch (input.action) {
      case 'open':
        await desktop.openPath(input.path);
        break;
      case 'show':
        desktop.showInFolder(input.path);
        break;
    }
    return { path: input.path };
  },
};
