import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, withParams } from '../../../src-renderer/router/hash-route';

describe('parseHash', () => {
  it('reads the page and its params', () => {
    expect(parseHash('#/produccion?medida=quemado&apilar=campo')).toEqual({ page: 'produccion', params: { medida: 'quemado', apilar: 'campo' } });
    expect(parseHash('#/fuentes')).toEqual({ page: 'fuentes', params: {} });
  });

  it('treats an empty, bare or slash-only fragment as the landing page', () => {
    for (const hash of ['', '#', '#/', '#//']) expect(parseHash(hash)).toEqual({ page: '', params: {} });
  });

  it('is lenient with case, extra segments and encoded text, and never throws on a malformed escape', () => {
    expect(parseHash('#/Produccion/extra?x=1').page).toBe('produccion');
    expect(parseHash('#/datos?buscar=Caf%C3%A9%20ol%C3%A9').params['buscar']).toBe('Café olé');
    expect(parseHash('#/%E0%A4%A').page).toBe('');
  });
});

describe('formatHash', () => {
  it('writes params in key order, dropping empty ones, so one state has one URL', () => {
    expect(formatHash({ page: 'produccion', params: { tabla: 'campo', apilar: 'operadora', vacio: '' } })).toBe('#/produccion?apilar=operadora&tabla=campo');
    expect(formatHash({ page: 'resumen', params: {} })).toBe('#/resumen');
  });

  it('round-trips through parseHash, accents and spaces included', () => {
    const route = { page: 'datos', params: { buscar: 'La Guajira & Córdoba', pagina: '3' } };
    expect(parseHash(formatHash(route))).toEqual(route);
  });
});

describe('withParams', () => {
  it('sets and removes params without touching the others', () => {
    const route = { page: 'fuentes', params: { rechazos: 'anh-production', otro: '1' } };
    expect(withParams(route, { rechazos: null, nuevo: 'x' })).toEqual({ page: 'fuentes', params: { otro: '1', nuevo: 'x' } });
    expect(route.params).toEqual({ rechazos: 'anh-production', otro: '1' });
  });
});
