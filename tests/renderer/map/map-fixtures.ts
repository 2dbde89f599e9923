import type { CommandInput, CommandOutput } from '../../../src-shared/contract';

/** A square-ish polygon around (x, y), and an L-shaped one whose ring centroid lies outside it. */
function square(x: number, y: number): number[][][] {
  return [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ];
}

export const lShape: [number, number][] = [
  [0, 0],
  [4, 0],
  [4, 1],
  [1, 1],
  [1, 4],
  [0, 4],
  [0, 0],
];

export function boundariesAnswer(level: 'department' | 'municipality'): CommandOutput<'map.boundaries'> {
  const features =
    level === 'department'
      ? [
          { code: '85', name: 'Casanare', x: -72 },
          { code: '44', name: 'La Guajira', x: -73 },
          { code: '05', name: 'Antioquia', x: -76 },
        ]
      : [
          { code: '85010', name: 'Aguazul', x: -72 },
          { code: '44430', name: 'Maicao', x: -73 },
        ];
  return {
    type: 'FeatureCollection',
    level,
    source: { fileId: level === 'department' ? 10 : 11, fileName: `mgn-${level}.geojson`, coverage: 'Límites MGN 2018', importedAt: '2025-11-19T13:00:00.000Z' },
    features: features.map((feature) => ({
      type: 'Feature',
      id: feature.code,
      properties: { code: feature.code, name: feature.name },
      geometry: { type: 'Polygon', coordinates: square(feature.x, 5) as [number, number][][] },
    })),
  };
}

export function valuesAnswer(input: CommandInput<'map.values'>): CommandOutput<'map.values'> {
  const measure = input.measure ?? 'productionVolume';
  const unit = measure === 'productionVolume' ? 'MPC' : measure === 'productionRate' ? 'MPCD' : measure === 'royaltiesCop' ? 'COP' : 'USD';
  const values =
    input.level === 'department'
      ? [
          { code: '44', name: 'La Guajira', value: 63_975.4 },
          { code: '85', name: 'Casanare', value: 575_296.35 },
        ]
      : [{ code: '85010', name: 'Aguazul', value: 12_345.67 }];
  return { level: input.level, measure, unit, from: input.from ?? '2024-01', to: input.to ?? '2025-10', values, unplaced: { value: 94.84, rows: 1 } };
}
