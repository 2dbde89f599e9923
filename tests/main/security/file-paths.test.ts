import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCaudalApp } from '../../../src-main/app/caudal-app';
import { archiveFile } from '../../../src-main/etl/archive/archive-file';
import { importFiles } from '../../../src-main/etl/import/import-files';
import { agregada2024, FILE_NAMES_2024, gnl2024, sectorBook2024 } from '../etl/sources/upme-demand/fixtures/layout-2024';
import { annexWith } from './support/hostile-files';

/**
 * Paths are never taken from file contents. UPME's annex is a zip, and zip entries carry names: names
 * that climb out of a folder (`../`), absolute ones or Windows ones must not make Caudal write anywhere.
 * The entries are read in memory; their names are only shown and kept as lineage text. The archive
 * names its copies after their sha256 alone.
 */
function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

describe('file names inside imported files never become paths', () => {
  let dir: string;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('imports an annex whose entry names climb out of the folder without writing outside the archive', async () => {
    dir = mkdtempSync(join(tmpdir(), 'caudal-rutas-'));
    const marker = `caudal-escape-${process.pid}-${Date.now()}`;
    const escapes = [
      `../../../../../../tmp/${marker}/${FILE_NAMES_2024.agregada}`,
      `/tmp/${marker}-absoluto/${FILE_NAMES_2024.gnl}`,
      `..\\..\\..\\${marker}-windows\\UPME_Series_2024_Gas_Natural_Industrial.xlsx`,
    ];
    const zip = annexWith({ [escapes[0]!]: await agregada2024(), [escapes[1]!]: await gnl2024(), [escapes[2]!]: await sectorBook2024('industrial') });
    const input = join(dir, 'entrada', 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip');
    const work = join(dir, 'trabajo');
    mkdirSync(join(dir, 'entrada'));
    mkdirSync(work);
    writeFileSync(input, zip);

    const app = await openCaudalApp({ dbPath: join(work, 'caudal.db') });
    try {
      const summary = importFiles(app.database, [input], { archiveDir: join(work, 'archivo'), trigger: 'cli-import' });
      expect(summary.files).toEqual([expect.objectContaining({ status: 'loaded', sourceId: 'upme-demand' })]);
      // The names are lineage text, stored as they were in the zip.
      expect(app.database.sqlite.prepare('SELECT entry_name FROM demand_book ORDER BY entry_name').pluck().all()).toEqual([...escapes].sort());
    } finally {
      await app.close();
    }

    for (const target of [`/tmp/${marker}`, `/tmp/${marker}-absoluto`, join(dir, '..', '..', '..', `${marker}-windows`), join(work, '..', marker)]) {
      expect(existsSync(target), target).toBe(false);
    }
    // Everything written is the database and one sha256-named copy of the zip.
    const written = filesUnder(work).filter((f) => !/^caudal\.db(-wal|-shm)?$/.test(f));
    expect(written).toEqual([expect.stringMatching(/^archivo\/[0-9a-f]{2}\/[0-9a-f]{64}\.zip$/)]);
    expect(filesUnder(join(dir, 'entrada'))).toEqual(['Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip']);
  });

  it('names archive copies by content only, whatever the original name says', () => {
    dir = mkdtempSync(join(tmpdir(), 'caudal-archivo-'));
    const archive = join(dir, 'archivo');
    const sha = 'ab'.padEnd(64, '0');
    for (const name of ['../../../../etc/passwd', '..\\..\\evil.exe', 'libro.xlsx/../../x.sh', 'C:\\Windows\\system32\\a.dll', 'nombre.xl$x~/../.bashrc']) {
      const path = archiveFile(archive, new Uint8Array([1, 2, 3]), sha, name);
      expect(relative(archive, path).split(sep)).toEqual(['ab', expect.stringMatching(/^ab0{62}(\.[a-z0-9]{1,7})?$/)]);
    }
    expect(filesUnder(dir).every((f) => f.startsWith('archivo/ab/'))).toBe(true);
  });
});
