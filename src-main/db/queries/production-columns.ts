import type { ProductionMeasure } from '../../../src-shared/domain/production-measures';
import type { ProductionMonthlyTable } from '../database-types';

type MeasureColumn = keyof ProductionMonthlyTable & `${string}_mpc`;

/** Where each ANH measure is stored; exhaustive over the shared measure list. */
export const productionMeasureColumn: Record<ProductionMeasure, MeasureColumn> = {
  fiscalizada: 'fiscalizada_mpc',
  gasLift: 'gas_lift_mpc',
  reinyectado: 'reinyectado_mpc',
  quemado: 'quemado_mpc',
  consumoCampo: 'consumo_campo_mpc',
  enviadoPlanta: 'enviado_planta_mpc',
  transformado: 'transformado_mpc',
  entregadoGasoductos: 'entregado_gasoductos_mpc',
};
