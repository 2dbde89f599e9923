/**
 * The commands the pages send, with the filters an analyst typically has on: the default windows of
 * the summary and production pages (last 24 / 12 months), one department, one large field, one
 * operator, each breakdown dimension, the demand areas and the map levels. Keys exist in the synthetic
 * database (bench/support/scale-database).
 */
export interface DashboardQuery {
  readonly name: string;
  readonly command: string;
  readonly input: unknown;
  /**
   * Measured right after a write: `other` is what a refresh that finds nothing new, a run record or a
   * setting leaves (the cached national totals stay valid); `facts` is a load that changes the facts,
   * after which the first national series is computed again from every row, once.
   */
  readonly afterWrite?: 'other' | 'facts';
}

const last24 = { from: '2024-01', to: '2025-12' };
const last12 = { from: '2025-01', to: '2025-12' };
const royaltyYear = { from: '2024-10', to: '2025-09' };

export const dashboardQueries: readonly DashboardQuery[] = [
  { name: 'catalog.dimensions', command: 'catalog.dimensions', input: {} },
  { name: 'etl.sources (panel de fuentes)', command: 'etl.sources', input: {} },
  { name: 'sources.files', command: 'sources.files', input: {} },
  { name: 'etl.rejects (200 primeras)', command: 'etl.rejects', input: { limit: 200 } },

  { name: 'production.series nacional, 24 meses', command: 'production.series', input: { ...last24, granularity: 'month' } },
  { name: 'production.series nacional, anual 2013–2025', command: 'production.series', input: { granularity: 'year' } },
  { name: 'production.series nacional, anual — tras registrar una corrida', command: 'production.series', input: { granularity: 'year' }, afterWrite: 'other' },
  { name: 'production.series nacional, anual — primera tras una carga', command: 'production.series', input: { granularity: 'year' }, afterWrite: 'facts' },
  { name: 'production.series Casanare, 24 meses', command: 'production.series', input: { ...last24, departments: ['85'], granularity: 'month' } },
  { name: 'production.series un campo, 13 años', command: 'production.series', input: { fields: ['CAMPO 001'], granularity: 'month' } },
  { name: 'production.series una operadora, 24 meses', command: 'production.series', input: { ...last24, operators: ['OPERADORA 001'], granularity: 'month' } },
  ...(['department', 'municipality', 'operator', 'field', 'contract'] as const).map((by) => ({
    name: `production.breakdown por ${by}, 12 meses`,
    command: 'production.breakdown',
    input: { ...last12, by, top: 10 },
  })),
  { name: 'production.breakdown por campo en Casanare', command: 'production.breakdown', input: { ...last12, departments: ['85'], by: 'field', top: 10 } },

  { name: 'royalties.series mensual, todo', command: 'royalties.series', input: { granularity: 'month' } },
  { name: 'royalties.series mensual, todo — tras registrar una corrida', command: 'royalties.series', input: { granularity: 'month' }, afterWrite: 'other' },
  { name: 'royalties.series mensual, todo — primera tras una carga', command: 'royalties.series', input: { granularity: 'month' }, afterWrite: 'facts' },
  { name: 'royalties.series Casanare, anual', command: 'royalties.series', input: { departments: ['85'], granularity: 'year' } },
  ...(['department', 'municipality', 'field', 'contract', 'regime', 'productionType'] as const).map((by) => ({
    name: `royalties.breakdown por ${by}, 12 meses`,
    command: 'royalties.breakdown',
    input: { ...royaltyYear, by, top: 10 },
  })),

  { name: 'declaration.series vigente (GBTUD)', command: 'declaration.series', input: {} },
  { name: 'declaration.series por campo (MPCD)', command: 'declaration.series', input: { splitBy: 'field', unit: 'MPCD' } },
  { name: 'declaration.resolutions', command: 'declaration.resolutions', input: {} },

  { name: 'demand.series nacional, mensual', command: 'demand.series', input: {} },
  { name: 'demand.series nacional, anual', command: 'demand.series', input: { granularity: 'year' } },
  { name: 'demand.series 9 regiones', command: 'demand.series', input: { regions: ['centro', 'costa-atlantica', 'costa-interior', 'cqr', 'magdalena-medio', 'noroccidente', 'nororiente', 'suroccidente', 'tolima-huila'] } },
  { name: 'demand.series 3 nodos', command: 'demand.series', input: { nodes: ['centro:NODO 001', 'costa-atlantica:NODO 002', 'cqr:NODO 004'] } },
  { name: 'demand.series industrial, medio', command: 'demand.series', input: { sector: 'industrial', scenarios: ['medio'] } },
  { name: 'demand.dimensions', command: 'demand.dimensions', input: {} },
  { name: 'demand.editions', command: 'demand.editions', input: {} },

  { name: 'balance.series mensual', command: 'balance.series', input: {} },
  { name: 'balance.series anual', command: 'balance.series', input: { granularity: 'year' } },

  { name: 'map.values departamentos, producción', command: 'map.values', input: { ...last12, level: 'department', measure: 'productionVolume' } },
  { name: 'map.values municipios, tasa', command: 'map.values', input: { ...last12, level: 'municipality', measure: 'productionRate' } },
  { name: 'map.values municipios, regalías', command: 'map.values', input: { ...royaltyYear, level: 'municipality', measure: 'royaltiesCop' } },

  { name: 'data.rows producción, 1.ª página', command: 'data.rows', input: { dataset: 'production', limit: 100 } },
  { name: 'data.rows producción, filtrada y ordenada', command: 'data.rows', input: { dataset: 'production', filters: { ...last12, departments: ['85'] }, sort: [{ column: 'fiscalizada', direction: 'desc' }], limit: 100 } },
  { name: 'data.rows regalías, búsqueda', command: 'data.rows', input: { dataset: 'royalties', search: 'campo 001', limit: 100 } },
  { name: 'data.rows producción, búsqueda «casanare 2024»', command: 'data.rows', input: { dataset: 'production', search: 'casanare 2024', limit: 100 } },
  { name: 'data.rows demanda, búsqueda «medio 2030 nodo»', command: 'data.rows', input: { dataset: 'demand', search: 'medio 2030 nodo', limit: 100 } },
  { name: 'data.rows demanda, 1.ª página', command: 'data.rows', input: { dataset: 'demand', limit: 100 } },
];
