import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import { officialPublishers } from './external-links';

/** The agencies publish Excel workbooks (some as .xlsm or legacy .xls), CSV tables and zip bundles. */
export const importableExtensions = ['xlsx', 'xlsm', 'xls', 'csv', 'zip'] as const;

export function importFilesDialogOptions(): OpenDialogOptions {
  return {
    title: 'Importar archivos de fuentes oficiales',
    buttonLabel: 'Importar',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Archivos de datos (Excel, CSV, ZIP)', extensions: [...importableExtensions] },
      { name: 'Todos los archivos', extensions: ['*'] },
    ],
  };
}

export interface AboutInfo {
  version: string;
  versions: Pick<NodeJS.ProcessVersions, 'electron' | 'chrome' | 'node'>;
}

export function aboutDialogOptions({ version, versions }: AboutInfo): MessageBoxOptions {
  const publishers = officialPublishers.map((publisher) => `• ${publisher.name}`).join('\n');
  return {
    type: 'info',
    title: 'Acerca de Caudal',
    message: `Caudal ${version}`,
    detail:
      'Gas natural de Colombia: producción, demanda y regalías, sin conexión.\n\n' +
      `Datos publicados por:\n${publishers}\n\n` +
      `Electron ${versions.electron} · Chromium ${versions.chrome} · Node ${versions.node}`,
    buttons: ['Aceptar'],
    noLink: true,
  };
}
