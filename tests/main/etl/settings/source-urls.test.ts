import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../src-main/etl/etl-error';
import { resolveSourceUrls, sourceUrlEnvName } from '../../../../src-main/etl/settings/source-urls';

const anh = { id: 'anh-production', title: 'ANH producción fiscalizada de gas', defaultUrls: { index: 'https://www.anh.gov.co/es/estadisticas/' } };
const dane = {
  id: 'dane-territory',
  title: 'DANE DIVIPOLA',
  defaultUrls: { divipola: 'https://www.datos.gov.co/a.csv', departmentBoundaries: 'https://geoportal.dane.gov.co/d', municipalityBoundaries: 'https://geoportal.dane.gov.co/m' },
};

describe('sourceUrlEnvName', () => {
  it('spells source id and role in upper snake case', () => {
    expect(sourceUrlEnvName('anh-production', 'index')).toBe('CAUDAL_URL_ANH_PRODUCTION_INDEX');
    expect(sourceUrlEnvName('dane-territory', 'departmentBoundaries')).toBe('CAUDAL_URL_DANE_TERRITORY_DEPARTMENT_BOUNDARIES');
    expect(sourceUrlEnvName('upme-demand', 'zip-2024')).toBe('CAUDAL_URL_UPME_DEMAND_ZIP_2024');
  });
});

describe('resolveSourceUrls', () => {
  it('uses the defaults when nothing overrides them', () => {
    expect(resolveSourceUrls(anh, {})).toEqual({ urls: { index: 'https://www.anh.gov.co/es/estadisticas/' }, origins: { index: 'default' } });
  });

  it('takes the environment over the settings, and the settings over the default, role by role', () => {
    const settings = { sourceUrls: { 'dane-territory': { divipola: 'https://espejo.example/divipola.csv', municipalityBoundaries: 'https://espejo.example/m.geojson' } } };
    const env = { CAUDAL_URL_DANE_TERRITORY_MUNICIPALITY_BOUNDARIES: 'http://127.0.0.1:8080/m.geojson', CAUDAL_URL_ANH_PRODUCTION_INDEX: 'http://127.0.0.1:1/otra' };
    expect(resolveSourceUrls(dane, env, settings)).toEqual({
      urls: { divipola: 'https://espejo.example/divipola.csv', departmentBoundaries: 'https://geoportal.dane.gov.co/d', municipalityBoundaries: 'http://127.0.0.1:8080/m.geojson' },
      origins: { divipola: 'settings', departmentBoundaries: 'default', municipalityBoundaries: 'environment' },
    });
  });

  it('lets an empty override switch a URL off, and ignores roles the source does not have', () => {
    const resolved = resolveSourceUrls(dane, { CAUDAL_URL_DANE_TERRITORY_DEPARTMENT_BOUNDARIES: '  ', CAUDAL_URL_DANE_TERRITORY_EXTRA: 'https://x.example/' });
    expect(resolved.urls).toEqual({ divipola: 'https://www.datos.gov.co/a.csv', departmentBoundaries: '', municipalityBoundaries: 'https://geoportal.dane.gov.co/m' });
    expect(Object.keys(resolved.urls)).not.toContain('extra');
  });

  it('normalizes an override to an absolute URL (accents percent-encoded)', () => {
    const resolved = resolveSourceUrls(anh, { CAUDAL_URL_ANH_PRODUCTION_INDEX: ' https://www.anh.gov.co/es/estadísticas-de-producción/ ' });
    expect(resolved.urls['index']).toBe('https://www.anh.gov.co/es/estad%C3%ADsticas-de-producci%C3%B3n/');
  });

  it('refuses an override that is not an absolute http(s) URL, naming where it was set', () => {
    expect(() => resolveSourceUrls(anh, { CAUDAL_URL_ANH_PRODUCTION_INDEX: 'www.anh.gov.co/es' })).toThrow(
      new EtlError('bad-url-setting', 'La URL de ANH producción fiscalizada de gas definida en la variable de entorno CAUDAL_URL_ANH_PRODUCTION_INDEX no es una dirección http(s) válida: «www.anh.gov.co/es»'),
    );
    expect(() => resolveSourceUrls(anh, {}, { sourceUrls: { 'anh-production': { index: 'file:///C:/datos/anh.html' } } })).toThrow(/definida en la configuración \(index\) no es una dirección http\(s\) válida/);
  });
});
