import { describe, expect, it } from 'vitest';
import { periodSources } from '../../../src-shared/contract/catalog';
import { defaultSourceRange, sourcePeriodSpan } from '../../../src-renderer/filters/source-periods';
import { pagePeriodSource } from '../../../src-renderer/pages/page-definition';
import { findPage } from '../../../src-renderer/pages/page-registry';
import { catalog } from '../dashboard-fixtures';

// 30 November 2026, local time: the projection window opens in January of this year.
const today = new Date(2026, 10, 30);

describe('sourcePeriodSpan', () => {
  it("reads each dataset's own months from the catalog", () => {
    const periodsBySource = {
      production: { first: '2020-01', last: '2025-10' },
      royalties: { first: '2019-01', last: '2025-12' },
      declaration: { first: '2025-01', last: '2034-12' },
      demand: { first: null, last: null },
    };
    const wider = { ...catalog, periodsBySource };
    for (const source of periodSources) expect(sourcePeriodSpan(wider, source)).toEqual(periodsBySource[source]);
  });
});

describe('defaultSourceRange', () => {
  it('opens history on its last 24 months of data, as production always has', () => {
    expect(defaultSourceRange('production', '2020-01', '2025-10', today)).toEqual({ from: '2023-11', to: '2025-10' });
    // Royalty months past production's last one are reachable and are where the window ends.
    expect(defaultSourceRange('royalties', '2019-01', '2025-12', today)).toEqual({ from: '2024-01', to: '2025-12' });
    expect(defaultSourceRange('royalties', '2025-03', '2025-12', today)).toEqual({ from: '2025-03', to: '2025-12' });
  });

  it('opens a projection on this year and the ten after it, not on its far-off last months', () => {
    expect(defaultSourceRange('demand', '2010-01', '2039-12', today)).toEqual({ from: '2026-01', to: '2036-12' });
    expect(defaultSourceRange('declaration', '2020-01', '2040-12', today)).toEqual({ from: '2026-01', to: '2036-12' });
  });

  it('clips the projection window to the loaded months', () => {
    expect(defaultSourceRange('declaration', '2025-01', '2034-12', today)).toEqual({ from: '2026-01', to: '2034-12' });
    expect(defaultSourceRange('declaration', '2027-01', '2036-12', today)).toEqual({ from: '2027-01', to: '2036-12' });
    expect(defaultSourceRange('demand', '2026-06', '2026-08', today)).toEqual({ from: '2026-06', to: '2026-08' });
  });

  it('falls back to the last 24 months of a projection that lies entirely outside the window', () => {
    expect(defaultSourceRange('declaration', '2015-01', '2024-12', today)).toEqual({ from: '2023-01', to: '2024-12' });
    expect(defaultSourceRange('demand', '2040-01', '2049-12', today)).toEqual({ from: '2048-01', to: '2049-12' });
  });
});

describe('page period sources', () => {
  it('has each page span the months of the dataset it shows; production by default', () => {
    const source = (id: string, params: Record<string, string> = {}) => pagePeriodSource(findPage(id)!, params);
    expect(source('produccion')).toBe('production');
    expect(source('mapa')).toBe('production');
    // The map spans the months of the measure it paints.
    expect(source('mapa', { medida: 'produccion-tasa' })).toBe('production');
    expect(source('mapa', { medida: 'regalias-cop' })).toBe('royalties');
    expect(source('mapa', { medida: 'regalias-usd', nivel: 'municipio' })).toBe('royalties');
    expect(source('regalias')).toBe('royalties');
    expect(source('demanda')).toBe('demand');
    expect(source('balance')).toBe('declaration');
  });

  it('gives Datos the months of the dataset on screen', () => {
    const dataPage = findPage('datos')!;
    const sources = ['produccion', 'regalias', 'declaracion', 'demanda'].map((conjunto) => pagePeriodSource(dataPage, { conjunto }));
    expect(new Set(sources)).toEqual(new Set(periodSources));
    expect(pagePeriodSource(dataPage, { conjunto: 'regalias' })).toBe('royalties');
  });
});
