/**
 * The eight measures of ANH's monthly "producción fiscalizada de gas" sheets, all volumes in MPC.
 * `header` is how ANH writes the column (normalized: upper case, no accents, single spaces, no `*`).
 */
export const productionMeasures = [
  { id: 'fiscalizada', header: 'PRODUCCION FISCALIZADA', label: 'Producción fiscalizada' },
  { id: 'gasLift', header: 'GAS LIFT', label: 'Gas lift' },
  { id: 'reinyectado', header: 'GAS REINYECTADO', label: 'Gas reinyectado' },
  { id: 'quemado', header: 'GAS QUEMADO', label: 'Gas quemado' },
  { id: 'consumoCampo', header: 'CONSUMO EN CAMPO', label: 'Consumo en campo' },
  { id: 'enviadoPlanta', header: 'ENVIADO A PLANTA', label: 'Enviado a planta' },
  { id: 'transformado', header: 'GAS TRANSFORMADO', label: 'Gas transformado' },
  { id: 'entregadoGasoductos', header: 'ENTREGADO A GASEODUCTOS', label: 'Entregado a gasoductos' },
] as const;

export type ProductionMeasure = (typeof productionMeasures)[number]['id'];
export const productionMeasureIds = productionMeasures.map((m) => m.id) as [ProductionMeasure, ...ProductionMeasure[]];
export type MeasureVolumes = Record<ProductionMeasure, number | null>;
