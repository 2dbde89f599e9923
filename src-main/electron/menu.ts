import { app, dialog, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { officialPublishers } from './external-links';
import { aboutDialogOptions, importFilesDialogOptions } from './menu-dialogs';

/** What the menu items do; `window` is the focused window, used as the parent of dialogs. */
export interface MenuActions {
  importFiles(window: BaseWindow | undefined): void;
  showAbout(window: BaseWindow | undefined): void;
  openOfficialSource(url: string): void;
}

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only when running from source. */
  isPackaged: boolean;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * Spanish labels everywhere, roles included (Electron's default role labels are English). On macOS
 * "Acerca de" and "Salir" live in the application menu, as the platform expects.
 */
export function applicationMenuTemplate({ platform, isPackaged, actions }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'Acerca de Caudal', click: (_item, window) => actions.showAbout(window) };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'Caudal',
    submenu: [
      about,
      separator,
      { role: 'services', label: 'Servicios' },
      separator,
      { role: 'hide', label: 'Ocultar Caudal' },
      { role: 'hideOthers', label: 'Ocultar otros' },
      { role: 'unhide', label: 'Mostrar todo' },
      separator,
      { role: 'quit', label: 'Salir de Caudal' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Archivo',
    submenu: [
      { label: 'Importar archivos…', accelerator: 'CmdOrCtrl+O', click: (_item, window) => actions.importFiles(window) },
      ...(isMac ? [] : [separator, { role: 'quit', label: 'Salir', accelerator: 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Editar',
    submenu: [
      { role: 'undo', label: 'Deshacer' },
      { role: 'redo', label: 'Rehacer' },
      separator,
      { role: 'cut', label: 'Cortar' },
      { role: 'copy', label: 'Copiar' },
      { role: 'paste', label: 'Pegar' },
      separator,
      { role: 'selectAll', label: 'Seleccionar todo' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Ver',
    submenu: [
      { role: 'reload', label: 'Recargar' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Herramientas de desarrollo' } satisfies MenuItemConstructorOptions]),
      separator,
      { role: 'resetZoom', label: 'Tamaño real' },
      { role: 'zoomIn', label: 'Ampliar' },
      { role: 'zoomOut', label: 'Reducir' },
      separator,
      { role: 'togglefullscreen', label: 'Pantalla completa' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: 'Ventana',
    submenu: [
      { role: 'minimize', label: 'Minimizar' },
      { role: 'zoom', label: 'Zoom' },
      separator,
      { role: 'front', label: 'Traer todo al frente' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Ayuda',
    submenu: [
      ...(isMac ? [] : [about, separator]),
      {
        label: 'Fuentes oficiales',
        submenu: officialPublishers.map((publisher) => ({
          label: publisher.name,
          click: () => actions.openOfficialSource(publisher.homepage),
        })),
      },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}

export interface ApplicationMenuOptions {
  /** Receives the files the analyst picked in "Archivo → Importar archivos…" (never an empty list). */
  onImportFiles: (paths: string[]) => void;
  /** Opens an official publisher's page after confirmation (see external-links). */
  openOfficialSource: (url: string) => void;
}

export function installApplicationMenu({ onImportFiles, openOfficialSource }: ApplicationMenuOptions): void {
  const actions: MenuActions = {
    importFiles: (window) => {
      const options = importFilesDialogOptions();
      void (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)).then(({ canceled, filePaths }) => {
        if (!canceled && filePaths.length > 0) onImportFiles(filePaths);
      });
    },
    showAbout: (window) => {
      const options = aboutDialogOptions({ version: app.getVersion(), versions: process.versions });
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
    openOfficialSource,
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, actions })));
}
