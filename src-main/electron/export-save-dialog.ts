import type { BrowserWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CaudalError } from '../../src-shared/contract';
import type { ExportFormat } from '../../src-shared/contract/exports';
import { defaultExportFileName } from '../exports/export-file-name';
import type { DesktopCapability } from '../handlers/context';

/** Where the last export went, kept across sessions so the next dialog opens there. */
export interface LastExportFolder {
  read(): Promise<string | null>;
  write(folder: string): Promise<void>;
}

export interface DesktopShellDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  /** The window the dialog belongs to (modal on it), or null. */
  parentWindow(): BrowserWindow | null;
  /** The analyst's Documents folder: the first export's folder. */
  documentsFolder(): string;
  lastFolder: LastExportFolder;
}

const formatFilters: Record<ExportFormat, SaveDialogOptions['filters']> = {
  xlsx: [{ name: 'Libro de Excel', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV (valores separados)', extensions: ['csv'] }],
};

export function saveDialogOptions(defaultPath: string, format: ExportFormat): SaveDialogOptions {
  return {
    title: format === 'xlsx' ? 'Guardar como Excel' : 'Guardar como CSV',
    buttonLabel: 'Guardar',
    defaultPath,
    filters: formatFilters[format],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The save dialog, "Abrir" and "Mostrar en carpeta" as the handlers see them (`HandlerContext.desktop`). */
export function createDesktopShell(deps: DesktopShellDeps): DesktopCapability {
  return {
    async chooseSavePath({ dataset, format, from, to }) {
      const folder = (await existingFolder(await deps.lastFolder.read().catch(() => null))) ?? deps.documentsFolder();
      const options = saveDialogOptions(path.join(folder, defaultExportFileName(dataset, format, { from, to })), format);
      const parent = deps.parentWindow();
      const answer = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      // Some platforms return the typed name without the filter's extension; the export needs it.
      const chosen = path.extname(answer.filePath).toLowerCase() === `.${format}` ? answer.filePath : `${answer.filePath}.${format}`;
      // Remembering is a convenience: a busy database must not lose the analyst's choice.
      await deps.lastFolder.write(path.dirname(chosen)).catch(() => undefined);
      return chosen;
    },
    async openPath(filePath) {
      // Electron answers an empty string on success and the system's reason otherwise.
      const failure = await deps.shell.openPath(filePath);
      if (failure) throw new CaudalError('not-found', `No se pudo abrir ${path.basename(filePath)}: ${failure}`);
    },
    showInFolder(filePath) {
      deps.shell.showItemInFolder(filePath);
    },
  };
}

async function existingFolder(folder: string | null): Promise<string | null> {
  if (!folder || !path.isAbsolute(folder)) return null;
  const info = await stat(folder).catch(() => null);
  return info?.isDirectory() ? folder : null;
}
