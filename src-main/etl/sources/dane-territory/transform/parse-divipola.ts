import { parseDepartmentCode, resolveDepartment } from '../../../../../src-shared/domain/territory';
import { EtlError } from '../../../etl-error';
import type { RejectToStore } from '../../../load/lineage';
import type { DivipolaMunicipality, DivipolaParse } from '../types';
import { readCoordinate } from './colombia-coordinates';
import { divipolaColumns, requiredDivipolaColumns, type DivipolaColumn } from './divipola-columns';
import { parseMunicipalityCode } from './divipola-code';
import { findColumns } from '../../../text/find-columns';
import { cellText, cellValue, type TabularFile, type TabularRecord } from '../../../text/tabular-records';

const columnLabels: Record<DivipolaColumn, string> = {
  departmentCode: 'código del departamento',
  departmentName: 'departamento',
  municipalityCode: 'código del municipio',
  municipalityName: 'municipio',
  latitude: 'latitud',
  longitude: 'longitud',
};

/** Below this a "national" list is probably a filtered export; it is loaded, with a warning. */
const EXPECTED_MINIMUM_MUNICIPALITIES = 1000;

/**
 * The DIVIPOLA list (CSV export or JSON API answer) → municipalities with zero-padded codes. Columns are
 * found by header name. A row whose codes are malformed or disagree (municipality 05001 under
 * department 08) is rejected with its cells; nothing is corrected by guessing.
 */
export function parseDivipola(file: TabularFile): DivipolaParse {
  const columns = findColumns(file.headers, divipolaColumns);
  const missing = requiredDivipolaColumns.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    throw new EtlError(
      'missing-columns',
      `La lista DIVIPOLA no tiene las columnas ${missing.map((c) => `"${columnLabels[c]}"`).join(', ')}. Encabezados encontrados: ${file.headers.join(', ')}`,
    );
  }
  const municipalities: DivipolaMunicipality[] = [];
  const rejects: RejectToStore[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  let discardedCoordinates = 0;

  for (const record of file.records) {
    const text = (column: DivipolaColumn) => cellText(record, columns[column]);
    if (requiredDivipolaColumns.every((c) => text(c) === '')) continue;
    const reject = (reasonCode: string, reason: string) => rejects.push({ sheet: null, row: record.row, reasonCode, reason, raw: rawCells(record) });

    const departmentCode = parseDepartmentCode(text('departmentCode'));
    if (departmentCode === null) {
      reject('bad-department-code', `Código de departamento inválido o inexistente: "${text('departmentCode')}"`);
      continue;
    }
    const code = parseMunicipalityCode(cellValue(record, columns.municipalityCode));
    if (code === null) {
      reject('bad-municipality-code', `Código de municipio inválido: "${text('municipalityCode')}" (se esperan 5 dígitos DIVIPOLA)`);
      continue;
    }
    if (!code.startsWith(departmentCode)) {
      reject('code-mismatch', `El código de municipio ${code} no pertenece al departamento ${departmentCode}`);
      continue;
    }
    const name = text('municipalityName');
    if (name === '') {
      reject('missing-name', `El municipio ${code} no tiene nombre`);
      continue;
    }
    const firstRow = seen.get(code);
    if (firstRow !== undefined) {
      reject('duplicate-code', `El código ${code} ya apareció en la fila ${firstRow}; se conserva la primera`);
      continue;
    }
    seen.set(code, record.row);

    const departmentName = text('departmentName');
    const named = departmentName === '' ? null : resolveDepartment(departmentName);
    if (named?.ok && named.code !== departmentCode) {
      warnings.push(`Fila ${record.row}: el departamento "${departmentName}" no corresponde al código ${departmentCode}; se usa el código.`);
    }
    const latitude = readCoordinate(cellValue(record, columns.latitude), 'latitude');
    const longitude = readCoordinate(cellValue(record, columns.longitude), 'longitude');
    const hasPoint = latitude.kind === 'value' && longitude.kind === 'value';
    if (!hasPoint && (latitude.kind === 'invalid' || longitude.kind === 'invalid')) discardedCoordinates += 1;
    municipalities.push({
      row: record.row,
      code,
      departmentCode,
      name,
      latitude: hasPoint ? latitude.value : null,
      longitude: hasPoint ? longitude.value : null,
    });
  }

  if (municipalities.length === 0) {
    throw new EtlError('empty-list', 'La lista DIVIPOLA no trae ningún municipio válido; no se reemplaza la lista cargada');
  }
  if (municipalities.length < EXPECTED_MINIMUM_MUNICIPALITIES) {
    warnings.push(
      `La lista trae solo ${municipalities.length} municipios (la nacional tiene unos 1.120): puede ser una exportación filtrada. Reemplaza la lista anterior completa.`,
    );
  }
  if (discardedCoordinates > 0) {
    warnings.push(`${discardedCoordinates} municipios traen coordenadas ilegibles o fuera de Colombia; quedan sin coordenadas.`);
  }
  const departments = new Set(municipalities.map((m) => m.departmentCode)).size;
  return {
    kind: 'divipola',
    coverage: `DIVIPOLA: ${municipalities.length.toLocaleString('es-CO')} municipios de ${departments} departamentos`,
    municipalities,
    rejects,
    reconciliations: [],
    warnings,
  };
}

function rawCells(record: TabularRecord): Record<string, unknown> {
  return { ...record.cells };
}
