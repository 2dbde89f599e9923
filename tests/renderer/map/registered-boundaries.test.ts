import { describe, expect, it } from 'vitest';
import { echarts } from '../../../src-renderer/charts/echarts-setup';
import { boundariesMapName, registerBoundaries } from '../../../src-renderer/map/registered-boundaries';
import { boundariesAnswer } from './map-fixtures';

describe('boundaries registered with ECharts', () => {
  it('registers a loaded file once per session, however often the page draws it', () => {
    const first = registerBoundaries(boundariesAnswer('municipality'));
    const registeredShapes = echarts.getMap(first.mapName)?.geoJSON;
    expect(registeredShapes).toBeTruthy();
    // Another answer for the same file (a refetch after a data change elsewhere) reuses the registration:
    // ECharts keeps its parsed regions with it.
    const again = registerBoundaries(boundariesAnswer('municipality'));
    expect(again).toBe(first);
    expect(echarts.getMap(first.mapName)?.geoJSON).toBe(registeredShapes);
    expect([...first.names]).toEqual([
      ['85010', 'Aguazul'],
      ['44430', 'Maicao'],
    ]);
  });

  it('gives a re-imported file a new name, so ECharts never draws the old shapes', () => {
    const loaded = boundariesAnswer('department');
    const reimported = { ...loaded, source: { ...loaded.source, fileId: loaded.source.fileId + 1, importedAt: '2025-12-01T09:00:00.000Z' } };
    expect(boundariesMapName(reimported)).not.toBe(boundariesMapName(loaded));
    expect(registerBoundaries(reimported).mapName).toBe(boundariesMapName(reimported));
    expect(boundariesMapName(loaded)).toBe('caudal-department-10-2025-11-19T13:00:00.000Z');
  });
});
