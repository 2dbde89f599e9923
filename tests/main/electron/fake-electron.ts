// A stand-in for the 'electron' module (the binary is never downloaded here). Test files install it with
//   vi.mock('electron', () => import('./fake-electron'));
// and read the same instance back with `await import('electron')` as `typeof import('./fake-electron')`.
// It records what the code under test asked Electron to do; it does not imitate Chromium.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

/** Event object handed to listeners that may call preventDefault (will-navigate, will-quit…). */
export class FakeEvent<T extends object = object> {
  defaultPrevented = false;
  constructor(readonly params: T = {} as T) {
    Object.assign(this, params);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  url = '';
  destroyed = false;
  readonly sent: unknown[][] = [];
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly reload = vi.fn();

  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  /** Makes the loads of windows created from now on fail, for code that creates its own window. */
  static failLoadsWith: Error | undefined;
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly close = vi.fn(() => {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  });
  /** Taskbar / dock progress as the app last set it (-1: none; 2: indeterminate). */
  readonly setProgressBar = vi.fn((_progress: number) => {});
  /** Tests set this to make this window's loads fail. */
  loadError: Error | undefined = BrowserWindow.failLoadsWith;
  readonly loadFile = vi.fn(async (filePath: string) => {
    if (this.loadError) throw this.loadError;
    this.webContents.url = pathToFileURL(filePath).href;
  });
  readonly loadURL = vi.fn(async (url: string) => {
    if (this.loadError) throw this.loadError;
    this.webContents.url = url;
  });

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('browser-window-created', new FakeEvent(), this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  userDataDir = '/tmp/caudal-fake-user-data';
  documentsDir = '/tmp/caudal-fake-documents';
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly quit = vi.fn(() => {
    // Like Electron: quitting runs will-quit listeners, which may hold the quit.
    this.emit('will-quit', new FakeEvent());
  });
  readonly exit = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  getPath(name: string): string {
    if (name === 'documents') return this.documentsDir;
    if (name !== 'userData') throw new Error(`fake app.getPath: ${name} no está simulado`);
    return this.userDataDir;
  }
  getVersion(): string {
    return '0.1.0';
  }
}

export const app = new FakeApp();

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle: vi.fn((channel: string, listener: InvokeListener) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

type HeadersListener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

export class FakeSession {
  headersListener: HeadersListener | undefined;
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export const dialog = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => {}),
  /** Like Electron: '' when the file opened, the system's reason otherwise. */
  openPath: vi.fn(async (_path: string) => ''),
  showItemInFolder: vi.fn((_path: string) => {}),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

/** System notifications: every one the app showed, in order. */
export class Notification extends EventEmitter {
  static instances: Notification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
    Notification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
}

export const ipcRenderer = new FakeIpcRenderer();

/** Back to a freshly started Electron: no listeners, handlers, windows or recorded calls. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.hasLock = true;
  app.userDataDir = '/tmp/caudal-fake-user-data';
  app.documentsDir = '/tmp/caudal-fake-documents';
  ipcMain.handlers.clear();
  session.defaultSession = new FakeSession();
  BrowserWindow.instances = [];
  BrowserWindow.failLoadsWith = undefined;
  Notification.instances = [];
  Notification.supported = true;
  ipcRenderer.removeAllListeners();
}
