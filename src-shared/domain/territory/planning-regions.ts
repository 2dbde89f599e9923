import { assertNever } from '../units';

/**
 * The six planning regions of the Plan Nacional de Desarrollo 2014-2018, the regionalisation that the
 * DIVIPOLA table on datos.gov.co ("Departamentos y municipios de Colombia") publishes in its REGION
 * column. Every department belongs to exactly one, which is what makes them safe to aggregate by.
 * They are NOT UPME's gas-demand regions (Costa Atlántica, CQR, …), which do not follow department lines.
 */
export const planningRegions = [
  'caribe',
  'centro-oriente',
  'centro-sur',
  'eje-cafetero-antioquia',
  'llano',
  'pacifico',
] as const;

export type PlanningRegion = (typeof planningRegions)[number];

/** Spanish label, spelled as the DIVIPOLA table writes it after its "Región " prefix. */
export function planningRegionLabel(region: PlanningRegion): string {
  switch (region) {
    case 'caribe':
      return 'Caribe';
    case 'centro-oriente':
      return 'Centro Oriente';
    case 'centro-sur':
      return 'Centro Sur';
    case 'eje-cafetero-antioquia':
      return 'Eje Cafetero - Antioquia';
    case 'llano':
      return 'Llano';
    case 'pacifico':
      return 'Pacífico';
    default:
      return assertNever(region);
  }
}
