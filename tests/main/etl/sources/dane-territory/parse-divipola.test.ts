import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { daneTerritorySource } from '../../../../../src-main/etl/sources/dane-territory';
import { transformTerritoryFile } from '../../../../../src-main/etl/sources/dane-territory/transform/transform-territory-file';
import type { DivipolaParse } from '../../../../../src-main/etl/sources/dane-territory/types';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { describeWithSamples, readSample } from '../../../../support/samples';
import { divipolaCsv } from './divipola-fixture';

const probeText = (text: string, name = 'divipola.csv') => probeFile(name, new TextEncoder().encode(text));
const parseText = (text: string) => transformTerritoryFile(probeText(text)) as DivipolaParse;

describe('DIVIPOLA list', () => {
  it('reads the CSV export by header name, zero-padding codes and keeping quoted names whole', () => {
    const parsed = parseText(divipolaCsv());
    expect(parsed.kind).toBe('divipola');
    expect(parsed.municipalities).toHaveLength(13);
    expect(parsed.municipalities[0]).toEqual({ row: 2, code: '05001', departmentCode: '05', name: 'Medellín', latitude: null, longitude: null });
    expect(parsed.municipalities.at(-1)).toMatchObject({ code: '88001', departmentCode: '88', name: 'San Andrés' });
    expect(parsed.rejects).toEqual([]);
    expect(parsed.coverage).toBe('DIVIPOLA: 13 municipios de 7 departamentos');
    expect(parsed.warnings).toEqual([expect.stringContaining('trae solo 13 municipios')]);
  });

  it('finds the columns whatever their order', () => {
    const reordered = 'MUNICIPIO,CÓDIGO DANE DEL MUNICIPIO,DEPARTAMENTO,CÓDIGO DANE DEL DEPARTAMENTO\nYopal,85001,Casanare,85\n';
    expect(parseText(reordered).municipalities).toEqual([{ row: 2, code: '85001', departmentCode: '85', name: 'Yopal', latitude: null, longitude: null }]);
  });

  it('rejects malformed or inconsistent rows with their cells, keeping the first of a repeated code', () => {
    const parsed = parseText(
      divipolaCsv(undefined, ['Región Llano,85,Casanare,850,Tres dígitos', 'Región Llano,85,Casanare,50001,Villavicencio', 'Región Llano,85,Casanare,85001,Yopal otra vez', 'Región X,00,Nada,00001,Nada', 'Región Llano,85,Casanare,85999,']),
    );
    expect(parsed.municipalities).toHaveLength(13);
    expect(parsed.rejects.map((r) => [r.row, r.reasonCode])).toEqual([
      [15, 'bad-municipality-code'],
      [16, 'code-mismatch'],
      [17, 'duplicate-code'],
      [18, 'bad-department-code'],
      [19, 'missing-name'],
    ]);
    expect(parsed.rejects[1]!.reason).toBe('El código de municipio 50001 no pertenece al departamento 85');
    expect(parsed.rejects[2]!.reason).toBe('El código 85001 ya apareció en la fila 10; se conserva la primera');
    expect(parsed.rejects[1]!.raw).toMatchObject({ MUNICIPIO: 'Villavicencio', 'CÓDIGO DANE DEL MUNICIPIO': '50001' });
  });

  it('reads the Socrata JSON API form (codes rendered as grouped numbers: 5.001, 5.03)', () => {
    const api = [
      { region: 'Región Eje Cafetero - Antioquia', c_digo_dane_del_departamento: '5', departamento: 'Antioquia', c_digo_dane_del_municipio: '5.001', municipio: 'Medellín' },
      { region: 'Región Eje Cafetero - Antioquia', c_digo_dane_del_departamento: '5', departamento: 'Antioquia', c_digo_dane_del_municipio: '5.03', municipio: 'Amagá' },
    ];
    const parsed = transformTerritoryFile(probeFile('xdk5-pm3f.json', new TextEncoder().encode(JSON.stringify(api)))) as DivipolaParse;
    expect(parsed.municipalities.map((m) => [m.row, m.code, m.name])).toEqual([
      [1, '05001', 'Medellín'],
      [2, '05030', 'Amagá'],
    ]);
  });

  it('keeps coordinates when the list has them, and drops 0 and points outside Colombia', () => {
    const csv = 'COD_DPTO,NOM_DPTO,COD_MPIO,NOM_MPIO,LONGITUD,LATITUD\n85,CASANARE,85001,YOPAL,"-72,3959",5.3378\n85,CASANARE,85440,VILLANUEVA,0,0\n85,CASANARE,85410,TAURAMENA,2.35,48.85\n';
    const parsed = parseText(csv);
    expect(parsed.municipalities.map((m) => [m.code, m.latitude, m.longitude])).toEqual([
      ['85001', 5.3378, -72.3959],
      ['85440', null, null],
      ['85410', null, null],
    ]);
    expect(parsed.warnings).toContain('1 municipios traen coordenadas ilegibles o fuera de Colombia; quedan sin coordenadas.');
  });

  it('names the missing columns of a file that lost them, and refuses a list without municipalities', () => {
    const renamed = divipolaCsv().replace('CÓDIGO DANE DEL MUNICIPIO', 'CODIGO');
    // Without its code column the file is no longer recognisable as a DIVIPOLA list.
    expect(daneTerritorySource.recognise(probeText(renamed))).toBe(false);
    // …but when it is given as one (a refresh knows what it downloaded), the message names the column.
    expect(() => transformTerritoryFile(probeText(renamed))).toThrow(EtlError);
    expect(() => transformTerritoryFile(probeText(renamed))).toThrow(/^La lista DIVIPOLA no tiene las columnas "código del municipio". Encabezados encontrados: REGION, /);
    expect(() => parseText('REGION,CÓDIGO DANE DEL DEPARTAMENTO,DEPARTAMENTO,CÓDIGO DANE DEL MUNICIPIO,MUNICIPIO\n')).toThrow(
      'La lista DIVIPOLA no trae ningún municipio válido; no se reemplaza la lista cargada',
    );
  });

  it('is recognised by content, not by file name', () => {
    expect(daneTerritorySource.recognise(probeText(divipolaCsv(), 'descarga (3).txt'))).toBe(true);
    expect(daneTerritorySource.recognise(probeText('DEPARTAMENTO,MUNICIPIO,CAMPO\nMeta,Acacías,X\n'))).toBe(false);
  });
});

describeWithSamples('DIVIPOLA list — real datos.gov.co export', () => {
  it('reads all 1,123 municipalities of the 33 departments without rejects', () => {
    const parsed = transformTerritoryFile(probeFile('x.csv', readSample('divipola', 'Departamentos_y_municipios_de_Colombia.csv'))) as DivipolaParse;
    expect(parsed.municipalities).toHaveLength(1123);
    expect(new Set(parsed.municipalities.map((m) => m.departmentCode)).size).toBe(33);
    expect(parsed.rejects).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    const byCode = new Map(parsed.municipalities.map((m) => [m.code, m]));
    expect(byCode.get('11001')?.name).toBe('Bogotá D.C.');
    expect(byCode.get('05002')?.name).toBe('Abejorral');
    expect(byCode.get('88564')?.name).toBe('Providencia');
    expect(byCode.get('20400')?.name).toBe('La Jagua de Ibirico');
  });
});
