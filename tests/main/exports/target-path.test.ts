import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFolders } from '../../../src-main/exports/app-folders';
import { checkTargetPath } from '../../../src-main/exports/target-path';

let root: string;
let dataDir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caudal-destino-'));
  dataDir = join(root, 'Caudal');
  mkdirSync(join(dataDir, 'archivo'), { recursive: true });
  mkdirSync(join(root, 'Documentos'));
  symlinkSync(join(dataDir, 'archivo'), join(root, 'atajo'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rules = () => ({ forbiddenDirs: [dataDir] });
const failure = (target: string, format: 'xlsx' | 'csv' = 'xlsx') => checkTargetPath(target, format, rules()).then(() => null, (e: { code: string; message: string }) => e);

describe('checkTargetPath', () => {
  it('accepts an absolute path in an existing folder with the format’s extension (any case)', async () => {
    expect(await checkTargetPath(join(root, 'Documentos', 'informe.xlsx'), 'xlsx', rules())).toBe(join(root, 'Documentos', 'informe.xlsx'));
    expect(await checkTargetPath(join(root, 'Documentos', 'DATOS.CSV'), 'csv', rules())).toBe(join(root, 'Documentos', 'DATOS.CSV'));
  });

  it('refuses relative paths, the wrong extension, a missing folder and a folder as the file', async () => {
    expect(await failure('informe.xlsx')).toMatchObject({ code: 'validation', message: expect.stringContaining('absoluta') });
    expect(await failure(join(root, 'Documentos', 'informe.csv'), 'xlsx')).toMatchObject({ message: expect.stringContaining('.xlsx') });
    expect(await failure(join(root, 'Documentos', 'informe.xlsx'), 'csv')).toMatchObject({ message: expect.stringContaining('.csv') });
    expect(await failure(join(root, 'no-existe', 'informe.xlsx'))).toMatchObject({ message: expect.stringContaining('no existe') });
    mkdirSync(join(root, 'Documentos', 'carpeta.xlsx'), { recursive: true });
    expect(await failure(join(root, 'Documentos', 'carpeta.xlsx'))).toMatchObject({ message: expect.stringContaining('carpeta') });
  });

  it('never writes inside Caudal’s folders, also through a symbolic link or a `..` detour', async () => {
    expect(await failure(join(dataDir, 'informe.xlsx'))).toMatchObject({ message: expect.stringContaining('carpetas de Caudal') });
    expect(await failure(join(dataDir, 'archivo', 'informe.xlsx'))).toMatchObject({ message: expect.stringContaining('carpetas de Caudal') });
    expect(await failure(join(root, 'atajo', 'informe.xlsx'))).toMatchObject({ message: expect.stringContaining('carpetas de Caudal') });
    expect(await failure(`${root}/Documentos/../Caudal/informe.xlsx`)).toMatchObject({ message: expect.stringContaining('carpetas de Caudal') });
  });

  it('allows Caudal’s exports folder inside the data folder, creating it on first use', async () => {
    const exportsDir = join(dataDir, 'exportaciones');
    const target = join(exportsDir, 'informe.xlsx');
    expect(await checkTargetPath(target, 'xlsx', { forbiddenDirs: [dataDir], exportsDir })).toBe(target);
    expect(existsSync(exportsDir)).toBe(true);
    // Only the folder itself is created; the rest of the data folder stays closed.
    expect(await failure(join(exportsDir, 'sub', 'informe.xlsx'))).toMatchObject({ message: expect.stringContaining('no existe') });
    expect(await checkTargetPath(join(dataDir, 'informe.xlsx'), 'xlsx', { forbiddenDirs: [dataDir], exportsDir }).catch((e: Error) => e.message)).toContain('carpetas de Caudal');
  });

  it('reads Windows paths as Windows paths', async () => {
    const windows = await checkTargetPath('informe.xlsx', 'xlsx', { forbiddenDirs: [], platform: 'win32' }).catch((e: Error) => e.message);
    expect(windows).toContain('absoluta');
  });
});

describe('appFolders', () => {
  it('names the data folder’s archive and, inside Electron, the installation', () => {
    const folders = appFolders('/datos/caudal.db', { execPath: '/opt/Caudal/caudal', platform: 'linux', electron: true });
    expect(folders).toContain('/datos/archivo');
    expect(folders).toContain('/opt/Caudal');
    const mac = appFolders('/datos/caudal.db', { execPath: '/Applications/Caudal.app/Contents/MacOS/Caudal', platform: 'darwin', electron: true });
    expect(mac).toContain('/Applications/Caudal.app/Contents');
    expect(appFolders('/datos/caudal.db', { execPath: '/usr/bin/node', platform: 'linux', electron: false })).not.toContain('/usr/bin');
  });
});
