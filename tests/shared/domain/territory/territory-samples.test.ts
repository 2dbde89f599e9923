import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDepartmentCode } from '../../../../src-shared/domain/territory/department-code';
import { departments } from '../../../../src-shared/domain/territory/departments';
import { municipalityKey } from '../../../../src-shared/domain/territory/municipality-key';
import { planningRegionLabel } from '../../../../src-shared/domain/territory/planning-regions';
import { resolveDepartment } from '../../../../src-shared/domain/territory/resolve-department';
import { territoryKey } from '../../../../src-shared/domain/territory/territory-key';

// The agencies' real files (see ../shared/samples/README.md). Read in place, never copied.
const samplesDir = fileURLToPath(new URL('../../../../../shared/samples/', import.meta.url));
const samplesPresent = existsSync(samplesDir);
const divipolaCsv = join(samplesDir, 'divipola', 'Departamentos_y_municipios_de_Colombia.csv');
const departmentGeoJson = join(samplesDir, 'geo', 'co_2018_MGN_DPTO_POLITICO.geojson');
const municipalityGeoJson = join(samplesDir, 'geo', 'co_2018_MGN_MPIO_POLITICO.geojson');

if (!samplesPresent && process.env.CI === 'true') {
  it('requires the real samples when CI=true', () => {
    throw new Error(`Faltan las muestras reales en ${samplesDir}: en CI son obligatorias.`);
  });
}
if (!samplesPresent) console.warn(`territory-samples: se omite, no existe ${samplesDir} (muestras reales ausentes).`);

interface DivipolaRow {
  region: string;
  departmentCode: string;
  department: string;
  municipalityCode: string;
  municipality: string;
}

/** RFC 4180: quoted fields may hold commas ("Archipiélago de San Andrés, Providencia y …"). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

function readDivipola(): DivipolaRow[] {
  const [header, ...body] = parseCsv(readFileSync(divipolaCsv, 'utf8').replace(/^\uFEFF/, ''));
  // Columns by header name, not position.
  const column = (predicate: (key: string) => boolean): number => {
    const index = (header ?? []).findIndex((h) => predicate(territoryKey(h)));
    if (index < 0) throw new Error(`Columna no encontrada en ${divipolaCsv}`);
    return index;
  };
  const region = column((k) => k === 'REGION');
  const departmentCode = column((k) => k.includes('CODIGO') && k.includes('DEPARTAMENTO'));
  const department = column((k) => k === 'DEPARTAMENTO');
  const municipalityCode = column((k) => k.includes('CODIGO') && k.includes('MUNICIPIO'));
  const municipality = column((k) => k === 'MUNICIPIO');
  return body
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => ({
      region: cells[region] ?? '',
      departmentCode: cells[departmentCode] ?? '',
      department: cells[department] ?? '',
      municipalityCode: cells[municipalityCode] ?? '',
      municipality: cells[municipality] ?? '',
    }));
}

function readGeoProperties(path: string): Record<string, unknown>[] {
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
  return collection.features.map((f) => f.properties);
}

/** Distinct (code, raw name) pairs, the unit in which a source "spells" a department. */
function distinctSpellings(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  return new Map(pairs.map(([code, name]) => [`${code}|${name}`, code]));
}

function expectAllResolve(spellings: Map<string, string>): void {
  for (const [pair, rawCode] of spellings) {
    const name = pair.slice(pair.indexOf('|') + 1);
    const result = resolveDepartment(name);
    expect(result, name).toMatchObject({ ok: true, code: parseDepartmentCode(rawCode) });
    // The spelling agrees with DANE's official name once case, accents and punctuation are erased.
    if (result.ok) expect(territoryKey(name), name).toBe(territoryKey(result.name));
  }
}

describe.skipIf(!samplesPresent)(`territory against the real samples${samplesPresent ? '' : ` (omitido: no existe ${samplesDir})`}`, () => {
  it('DIVIPOLA (datos.gov.co): every department resolves to the code the table gives, with its region', () => {
    const rows = readDivipola();
    expect(rows.length).toBeGreaterThan(1100);
    const spellings = distinctSpellings(rows.map((r) => [r.departmentCode, r.department]));
    expect(new Set(spellings.values()).size).toBe(33);
    expectAllResolve(spellings);
    for (const row of rows) {
      const code = parseDepartmentCode(row.departmentCode);
      const department = departments.find((d) => d.code === code);
      expect(department, row.departmentCode).toBeDefined();
      expect(`Región ${planningRegionLabel(department!.region)}`, row.department).toBe(row.region);
    }
  });

  it('MGN 2018 departments (DANE GeoJSON): all 33 resolve to their DPTO_CCDGO', () => {
    const features = readGeoProperties(departmentGeoJson);
    expect(features).toHaveLength(33);
    const spellings = distinctSpellings(features.map((p) => [String(p.DPTO_CCDGO), String(p.DPTO_CNMBR)]));
    expect([...new Set(spellings.values())].sort()).toEqual(departments.map((d) => d.code));
    expectAllResolve(spellings);
  });

  it('MGN 2018 municipalities: their DPTO_CNMBR resolves to their DPTO_CCDGO', () => {
    const features = readGeoProperties(municipalityGeoJson);
    expect(features.length).toBeGreaterThan(1100);
    expectAllResolve(distinctSpellings(features.map((p) => [String(p.DPTO_CCDGO), String(p.DPTO_CNMBR)])));
  });

  it('municipalityKey never merges two municipalities of a source', () => {
    const divipolaKeys = readDivipola().map((r) => municipalityKey(parseDepartmentCode(r.departmentCode)!, r.municipality));
    const mgnKeys = readGeoProperties(municipalityGeoJson).map((p) =>
      municipalityKey(parseDepartmentCode(String(p.DPTO_CCDGO))!, String(p.MPIO_CNMBR)),
    );
    for (const keys of [divipolaKeys, mgnKeys]) {
      expect(keys).not.toContain(null);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('municipalityKey agrees with the 5-digit code: DIVIPOLA and MGN keys of the same code mostly coincide', () => {
    const mgnByCode = new Map(
      readGeoProperties(municipalityGeoJson).map((p) => [
        String(p.MPIO_CCNCT),
        municipalityKey(parseDepartmentCode(String(p.DPTO_CCDGO))!, String(p.MPIO_CNMBR)),
      ]),
    );
    const rows = readDivipola();
    const compared = rows.filter((r) => mgnByCode.has(r.municipalityCode.padStart(5, '0')));
    const equal = compared.filter(
      (r) => municipalityKey(parseDepartmentCode(r.departmentCode)!, r.municipality) === mgnByCode.get(r.municipalityCode.padStart(5, '0')),
    );
    // The rest are genuine renames or word splits (Cúcuta / San José de Cúcuta), a job for aliases.
    expect(compared.length).toBeGreaterThan(1100);
    expect(equal.length / compared.length).toBeGreaterThan(0.95);
  });
});
