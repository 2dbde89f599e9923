import { describe, expect, it } from 'vitest';
import { defaultProductionView, parseProductionView, productionViewParams } from '../../../src-renderer/production/production-route';
import { formatHash, parseHash, withParams } from '../../../src-renderer/router/hash-route';

describe('the Producción page state in the URL', () => {
  it('reads Spanish words and falls back to defaults for anything unknown', () => {
    expect(parseProductionView({})).toEqual(defaultProductionView);
    expect(parseProductionView({ medida: 'quemado', magnitud: 'volumen', apilar: 'operadora', mayores: '10', tabla: 'campo', filas: '50' })).toEqual({
      measure: 'quemado',
      magnitude: 'volume',
      stack: 'operator',
      stackSize: 10,
      table: 'field',
      tableSize: 50,
    });
    expect(parseProductionView({ medida: 'petroleo', apilar: 'municipio', mayores: '7', filas: 'muchas' })).toEqual(defaultProductionView);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(Object.values(productionViewParams(defaultProductionView)).every((value) => value === null)).toBe(true);
    const view = { ...defaultProductionView, measure: 'entregadoGasoductos' as const, stack: 'department' as const };
    const hash = formatHash(withParams({ page: 'produccion', params: {} }, productionViewParams(view)));
    expect(hash).toBe('#/produccion?apilar=departamento&medida=entregadoGasoductos');
    expect(parseProductionView(parseHash(hash).params)).toEqual(view);
  });
});
