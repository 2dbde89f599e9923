import type { PeriodSource } from '../../src-shared/contract/catalog';
import { mapMeasures, type MapLevel, type MapMeasure } from '../../src-shared/contract/map';
import { assertNever } from '../../src-shared/domain/units';

export const mapLevels = ['department', 'municipality'] as const satisfies readonly MapLevel[];

/** The Mapa page's own choices, kept in the URL (`#/mapa?nivel=municipio&medida=regalias-cop`). */
export interface MapView {
  level: MapLevel;
  measure: MapMeasure;
}

export const defaultMapView: MapView = { level: 'department', measure: 'productionVolume' };

const levelWords: Record<MapLevel, string> = { department: 'departamento', municipality: 'municipio' };
const measureWords: Record<MapMeasure, string> = {
  productionVolume: 'produccion-volumen',
  productionRate: 'produccion-tasa',
  royaltiesCop: 'regalias-cop',
  royaltiesUsd: 'regalias-usd',
};

export function parseMapView(params: Readonly<Record<string, string>>): MapView {
  return {
    level: mapLevels.find((level) => levelWords[level] === params['nivel']) ?? defaultMapView.level,
    measure: mapMeasures.find((measure) => measureWords[measure] === params['medida']) ?? defaultMapView.measure,
  };
}

export function mapViewParams(view: MapView): Record<string, string | null> {
  return {
    nivel: view.level === defaultMapView.level ? null : levelWords[view.level],
    medida: view.measure === defaultMapView.measure ? null : measureWords[view.measure],
  };
}

/** The dataset whose months the period filter spans while the map shows `measure`. */
export function mapMeasureSource(measure: MapMeasure): PeriodSource {
  switch (measure) {
    case 'productionVolume':
    case 'productionRate':
      return 'production';
    case 'royaltiesCop':
    case 'royaltiesUsd':
      return 'royalties';
    default:
      return assertNever(measure);
  }
}
