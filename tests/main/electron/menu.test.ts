import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const electron = (await import('electron')) as unknown as typeof FakeElectron;
const { applicationMenuTemplate, installApplicationMenu } = await import('../../../src-main/electron/menu');
const { officialPublishers } = await import('../../../src-main/electron/external-links');
const { importFilesDialogOptions } = await import('../../../src-main/electron/menu-dialogs');

type Item = MenuItemConstructorOptions;

function actions() {
  return { importFiles: vi.fn(), showAbout: vi.fn(), openOfficialSource: vi.fn() };
}

function submenu(item: Item | undefined): Item[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label ?? '?'} no tiene submenú`);
  return item.submenu as Item[];
}

function find(items: Item[], label: string): Item {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`No hay "${label}" en ${items.map((i) => i.label).join(', ')}`);
  return item;
}

function allItems(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu as Item[]) : [])]);
}

function click(item: Item, window?: unknown): void {
  if (!item.click) throw new Error(`"${item.label}" no hace nada`);
  item.click({} as never, window as never, {} as never);
}

describe('applicationMenuTemplate on Windows', () => {
  const handlers = actions();
  const template = applicationMenuTemplate({ platform: 'win32', isPackaged: false, actions: handlers });

  it('has the Spanish menus in order', () => {
    expect(template.map((item) => item.label)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(submenu(template[0]).filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['Importar archivos…', 'Salir']);
    expect(submenu(template[1]).filter((i) => i.type !== 'separator').map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(find(submenu(template[0]), 'Salir').role).toBe('quit');
  });

  it('labels every item in Spanish, roles included', () => {
    for (const item of allItems(template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item.role)).toMatch(/\S/);
      expect(item.label).not.toMatch(/^(Undo|Redo|Cut|Copy|Paste|Select All|Reload|Quit|Zoom In|Zoom Out|Toggle)/);
    }
  });

  it('offers developer tools only when running from source', () => {
    const viewLabels = (isPackaged: boolean) =>
      submenu(find(applicationMenuTemplate({ platform: 'win32', isPackaged, actions: actions() }), 'Ver')).map((i) => i.role);
    expect(viewLabels(false)).toContain('toggleDevTools');
    expect(viewLabels(true)).not.toContain('toggleDevTools');
    expect(viewLabels(true)).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('wires "Importar archivos…" and "Acerca de Caudal" to their actions with the focused window', () => {
    const window = { id: 1 };
    click(find(submenu(template[0]), 'Importar archivos…'), window);
    expect(handlers.importFiles).toHaveBeenCalledWith(window);
    click(find(submenu(find(template, 'Ayuda')), 'Acerca de Caudal'), window);
    expect(handlers.showAbout).toHaveBeenCalledWith(window);
  });

  it('lists every official source, each opening its homepage', () => {
    const sources = submenu(find(submenu(find(template, 'Ayuda')), 'Fuentes oficiales'));
    expect(sources.map((i) => i.label)).toEqual(officialPublishers.map((p) => p.name));
    sources.forEach((item) => click(item));
    expect(handlers.openOfficialSource.mock.calls.map(([url]) => url)).toEqual(officialPublishers.map((p) => p.homepage));
  });
});

describe('applicationMenuTemplate on macOS', () => {
  const template = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, actions: actions() });

  it('starts with the application menu, which holds "Acerca de" and "Salir"', () => {
    expect(template[0]).toMatchObject({ role: 'appMenu', label: 'Caudal' });
    const appItems = submenu(template[0]);
    expect(appItems.map((i) => i.label)).toEqual(expect.arrayContaining(['Acerca de Caudal', 'Salir de Caudal', 'Ocultar Caudal']));
    expect(template.map((i) => i.label)).toEqual(['Caudal', 'Archivo', 'Editar', 'Ver', 'Ventana', 'Ayuda']);
  });

  it('does not repeat "Salir" or "Acerca de" elsewhere', () => {
    const labels = allItems(template.slice(1)).map((i) => i.label);
    expect(labels).not.toContain('Salir');
    expect(labels).not.toContain('Acerca de Caudal');
  });
});

describe('installApplicationMenu', () => {
  beforeEach(() => vi.clearAllMocks());

  function installed() {
    const onImportFiles = vi.fn();
    const openOfficialSource = vi.fn();
    installApplicationMenu({ onImportFiles, openOfficialSource });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as Item[];
    const fileMenu = submenu(find(template, 'Archivo'));
    return { template, onImportFiles, openOfficialSource, importItem: find(fileMenu, 'Importar archivos…') };
  }

  it('hands the chosen files to onImportFiles', async () => {
    const { importItem, onImportFiles } = installed();
    const paths = ['C:\\Descargas\\Produccion_Fiscalizada_Gas_2024.xlsx', 'C:\\Descargas\\UPME.zip'];
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: paths });
    const window = new electron.BrowserWindow();
    click(importItem, window);
    await vi.waitFor(() => expect(onImportFiles).toHaveBeenCalledWith(paths));
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, importFilesDialogOptions());
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { importItem, onImportFiles } = installed();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    click(importItem, undefined);
    await vi.waitFor(() => expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(importFilesDialogOptions()));
    await Promise.resolve();
    expect(onImportFiles).not.toHaveBeenCalled();
  });

  it('shows the version in "Acerca de Caudal"', async () => {
    const { template } = installed();
    const about = allItems(template).find((i) => i.label === 'Acerca de Caudal')!;
    click(about);
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ title: 'Acerca de Caudal', message: 'Caudal 0.1.0' })),
    );
  });

  it('passes official source clicks to openOfficialSource', () => {
    const { template, openOfficialSource } = installed();
    const dane = allItems(template).find((i) => i.label === officialPublishers[4]!.name)!;
    click(dane);
    expect(openOfficialSource).toHaveBeenCalledWith('https://www.dane.gov.co/');
  });
});

describe('importFilesDialogOptions', () => {
  it('lets the analyst pick several agency files, Excel, CSV or ZIP', () => {
    const options = importFilesDialogOptions();
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.[0]?.extensions).toEqual(['xlsx', 'xlsm', 'xls', 'csv', 'zip']);
    expect(options.buttonLabel).toBe('Importar');
  });
});
