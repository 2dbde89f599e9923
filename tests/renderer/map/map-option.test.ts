import { describe, expect, it } from 'vitest';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { echartsGeoJson, interiorPoint, largestRing, ringArea, type Position } from '../../../src-renderer/map/boundary-geometry';
import { classOf, mapClasses, NO_DATA_COLOR, roundToSignificant } from '../../../src-renderer/map/map-classes';
import { mapMessages } from '../../../src-renderer/map/map-messages';
import { formatMapValue, legendLabel, mapOption, NO_VALUE, type MapOptionInput } from '../../../src-renderer/map/map-option';
import { rankTerritories } from '../../../src-renderer/map/map-ranking';
import { defaultMapView, mapViewParams, parseMapView } from '../../../src-renderer/map/map-route';
import { selectedCodes, territoryClick } from '../../../src-renderer/map/map-selection';
import { catalog } from '../dashboard-fixtures';
import { boundariesAnswer, lShape } from './map-fixtures';

const nbsp = UNIT_SEPARATOR;

describe('legend classes', () => {
  it('splits the values at rounded quantiles, darker for more', () => {
    const values = [802, 1756, 4709.95, 8243, 10_870.5, 16_192.85, 23_419, 37_387.98, 63_975.4, 575_296.35];
    const classes = mapClasses(values);
    expect(classes.map((entry) => [entry.min, entry.max])).toEqual([
      [null, 4700],
      [4700, 11_000],
      [11_000, 23_000],
      [23_000, 64_000],
      [64_000, null],
    ]);
    expect(classOf(802, classes)).toBe(classes[0]);
    expect(classOf(575_296.35, classes)!.color).toBe('#0b3d75');
    expect(classOf(null, classes)).toBeNull();
  });

  it('uses fewer classes when the values do not spread, and none without values', () => {
    expect(mapClasses([5, 5, 5])).toEqual([{ min: null, max: null, color: '#0b3d75' }]);
    expect(mapClasses([1, 1000]).length).toBe(2);
    expect(mapClasses([])).toEqual([]);
  });

  it('rounds breaks to two significant digits', () => {
    expect(roundToSignificant(4709.95)).toBe(4700);
    expect(roundToSignificant(0.01234)).toBe(0.012);
    expect(roundToSignificant(575_296)).toBe(580_000);
  });

  it('labels each class with its bounds and unit', () => {
    expect(legendLabel({ min: null, max: 4700, color: '' }, 'MPC', 'es')).toBe('hasta 4.700 MPC');
    expect(legendLabel({ min: 4700, max: 11_000, color: '' }, 'MPC', 'es')).toBe('4.700 – 11.000 MPC');
    expect(legendLabel({ min: 64_000, max: null, color: '' }, 'COP', 'en')).toBe('over 64.000 COP');
    expect(legendLabel({ min: 0.5, max: null, color: '' }, 'MPCD', 'es')).toBe('más de 0,5 MPCD');
    expect(legendLabel({ min: 5.3, max: 94, color: '' }, 'MPCD', 'es')).toBe('5,3 – 94 MPCD');
    expect(legendLabel({ min: null, max: 0.012, color: '' }, 'USD', 'es')).toBe('hasta 0,012 USD');
  });
});

describe('boundary geometry', () => {
  it('finds a point inside a bent ring, where its centroid would fall outside', () => {
    const point = interiorPoint(lShape)!;
    // Inside the L: either in its foot (y < 1) or in its leg (x < 1).
    expect(point[1] < 1 || point[0] < 1).toBe(true);
    expect(point[0]).toBeGreaterThan(0);
    expect(point[1]).toBeGreaterThan(0);
    expect(ringArea(lShape)).toBe(7);
    expect(interiorPoint([[0, 0] as Position, [1, 1] as Position])).toBeNull();
  });

  it('registers each feature by its code with a centre ECharts can use', () => {
    const boundaries = boundariesAnswer('department');
    const geo = echartsGeoJson(boundaries);
    expect(geo.features).toHaveLength(3);
    expect((geo.features[0] as { properties: unknown }).properties).toEqual({ code: '85', name: 'Casanare', cp: [-71.5, 5.5] });
    expect(largestRing(boundaries.features[0]!)).toHaveLength(5);
  });
});

describe('map option', () => {
  const input: MapOptionInput = {
    mapName: 'caudal-department-10',
    level: 'department',
    values: [
      { code: '44', name: 'La Guajira', value: 63_975.4 },
      { code: '85', name: 'Casanare', value: 575_296.35 },
    ],
    names: new Map([
      ['85', 'Casanare'],
      ['44', 'La Guajira'],
      ['05', 'Antioquia'],
    ]),
    classes: mapClasses([63_975.4, 575_296.35]),
    unit: 'MPC',
    selected: ['85', '05'],
    title: 'Producción por departamento (MPC)',
    source: 'Fuente: ANH',
    language: 'es',
  };
  const option = mapOption(input);
  type MapSeries = { type: string; map: string; nameProperty: string; data: { name: string; value: number; itemStyle?: { borderWidth: number } }[] };
  const [series] = option.series as MapSeries[];

  it('joins values to every registered territory by DIVIPOLA code and outlines the filtered territories', () => {
    expect(series).toMatchObject({ type: 'map', map: 'caudal-department-10', nameProperty: 'code' });
    // In the boundaries' order, territories without data included, so ECharts has nothing to complete.
    expect(series!.data.map((entry) => [entry.name, entry.value, entry.itemStyle?.borderWidth ?? 0])).toEqual([
      ['85', 575_296.35, 2.5],
      ['44', 63_975.4, 0],
      ['05', NO_VALUE, 2.5],
    ]);
  });

  it('paints a territory without data grey: its value falls in no legend class, and it has no label in any state', () => {
    const { pieces } = option.visualMap as { pieces: { gte: number; lt?: number }[] };
    const inClass = (value: number) => pieces.some((piece) => value >= piece.gte && (piece.lt === undefined || value < piece.lt));
    expect(inClass(NO_VALUE)).toBe(false);
    expect(series!.data.filter((entry) => entry.value !== NO_VALUE).every((entry) => inClass(entry.value))).toBe(true);
    expect(inClass(0)).toBe(true);
    const states = series as unknown as Record<'label' | 'emphasis' | 'select' | 'blur', { label?: { show: boolean }; show?: boolean }>;
    expect([states.label.show, states.emphasis.label?.show, states.select.label?.show, states.blur.label?.show]).toEqual([false, false, false, false]);
  });

  it('has a piecewise legend with units and the exact value in the tooltip', () => {
    const visualMap = option.visualMap as { type: string; pieces: { label: string; color: string }[]; outOfRange: { color: string } };
    expect(visualMap.type).toBe('piecewise');
    expect(visualMap.pieces.map((piece) => piece.label)).toEqual(['hasta 64.000 MPC', 'más de 64.000 MPC']);
    expect(visualMap.outOfRange.color).toBe(NO_DATA_COLOR);
    const tooltip = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(tooltip({ name: '85' })).toBe(`<strong>Casanare</strong> (85)<br/>575.296,35${nbsp}MPC`);
    expect(tooltip({ name: '05' })).toBe('<strong>Antioquia</strong> (05)<br/>Sin datos en el periodo');
    expect(formatMapValue(4_180_000, 'COP', 'es')).toBe(`4.180.000${nbsp}COP`);
  });

  it('ranks territories largest first', () => {
    expect(rankTerritories(input.values).map((entry) => entry.code)).toEqual(['85', '44']);
  });
});

describe('a click on a territory', () => {
  const none = { departments: [], municipalities: [] };

  it('filters every page by the department, and a second click removes it', () => {
    expect(territoryClick('department', '85', none, catalog)).toEqual({ kind: 'filter', filters: { departments: ['85'], municipalities: [] } });
    expect(territoryClick('department', '85', { departments: ['85'], municipalities: [] }, catalog)).toEqual({ kind: 'filter', filters: none });
    expect(territoryClick('department', '85', { departments: ['44'], municipalities: ['44430'] }, catalog)).toEqual({ kind: 'filter', filters: { departments: ['85'], municipalities: [] } });
  });

  it('filters by a municipality and its department', () => {
    expect(territoryClick('municipality', '85010', none, catalog)).toEqual({ kind: 'filter', filters: { departments: ['85'], municipalities: ['85010'] } });
    expect(territoryClick('municipality', '85010', { departments: ['85'], municipalities: ['85010'] }, catalog)).toEqual({ kind: 'filter', filters: none });
  });

  it('refuses a territory without production, which the other pages could not filter by', () => {
    expect(territoryClick('department', '05', none, catalog)).toEqual({ kind: 'unknown', code: '05' });
    expect(territoryClick('municipality', '05001', none, catalog)).toEqual({ kind: 'unknown', code: '05001' });
  });

  it('highlights the codes of the level shown', () => {
    expect(selectedCodes('department', { departments: ['85'], municipalities: ['85010'] })).toEqual(['85']);
    expect(selectedCodes('municipality', { departments: ['85'], municipalities: ['85010'] })).toEqual(['85010']);
  });
});

describe('map route and dictionary', () => {
  it('keeps level and measure in the address', () => {
    const view = parseMapView({ nivel: 'municipio', medida: 'regalias-usd' });
    expect(view).toEqual({ level: 'municipality', measure: 'royaltiesUsd' });
    expect(mapViewParams(view)).toEqual({ nivel: 'municipio', medida: 'regalias-usd' });
    expect(mapViewParams(defaultMapView)).toEqual({ nivel: null, medida: null });
    expect(parseMapView({ nivel: 'vereda', medida: 'petroleo' })).toEqual(defaultMapView);
  });

  it('has the same keys and placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(mapMessages.en).sort()).toEqual(Object.keys(mapMessages.es).sort());
    for (const key of Object.keys(mapMessages.es) as (keyof typeof mapMessages.es)[]) {
      expect({ key, placeholders: placeholders(mapMessages.en[key]) }).toEqual({ key, placeholders: placeholders(mapMessages.es[key]) });
    }
  });
});
