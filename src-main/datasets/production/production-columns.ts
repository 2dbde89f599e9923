import type { DatasetColumn } from '../../../src-shared/contract/data';
import { productionMeasures, type ProductionMeasure } from '../../../src-shared/domain/production-measures';
import { lineageColumns, monthColumn, numberColumn, territoryColumns, textColumn, unitLabel, yearColumn } from '../columns';

/** English names of ANH's eight measures (the Spanish ones are in the shared measure list). */
const measureLabelsEn: Record<ProductionMeasure, string> = {
  fiscalizada: 'Fiscalized production',
  gasLift: 'Gas lift',
  reinyectado: 'Reinjected gas',
  quemado: 'Flared gas',
  consumoCampo: 'Field consumption',
  enviadoPlanta: 'Sent to plant',
  transformado: 'Transformed gas',
  entregadoGasoductos: 'Delivered to pipelines',
};

/** Entity columns first, then the eight measures in the requested unit (and, in GBTUD, the heating value), then lineage. */
export function productionColumns(unit: string): DatasetColumn[] {
  return [
    monthColumn(),
    yearColumn(),
    ...territoryColumns(),
    textColumn('operator', 'Operadora', 'Operator'),
    textColumn('field', 'Campo', 'Field'),
    textColumn('contract', 'Contrato', 'Contract'),
    ...productionMeasures.map((m) => numberColumn(m.id, m.label, measureLabelsEn[m.id], unitLabel(unit))),
    // In GBTUD each row says which heating value turned its volume into energy.
    ...(unit === 'GBTUD'
      ? [numberColumn('heatingValue', 'Poder calorífico', 'Heating value', 'BTU/PC'), textColumn('heatingValueBasis', 'Origen del poder calorífico', 'Heating value basis', { searchable: false })]
      : []),
    ...lineageColumns(),
  ];
}
