import type { DatasetColumn } from '../../../src-shared/contract/data';
import { lineageColumns, monthColumn, numberColumn, textColumn, unitLabel, yearColumn } from '../columns';

/** One declared month of one row of a field sheet: who declares what, and with which heating value. */
export function declarationColumns(unit: string): DatasetColumn[] {
  return [
    monthColumn(),
    yearColumn(),
    textColumn('declarationPeriod', 'Declaración', 'Declaration', { searchable: false }),
    textColumn('resolution', 'Resolución', 'Resolution', { searchable: false }),
    textColumn('field', 'Campo', 'Field'),
    textColumn('fieldOperator', 'Operadora del campo', 'Field operator'),
    textColumn('operator', 'Declarante', 'Declaring company'),
    textColumn('stateShare', 'Participación del Estado', 'State share', { searchable: false }),
    textColumn('contract', 'Contrato', 'Contract'),
    textColumn('productionType', 'Tipo de producción', 'Production type'),
    textColumn('productionTypeLabel', 'Tipo de producción (nombre)', 'Production type (name)', { searchable: false }),
    numberColumn('heatingValue', 'Poder calorífico', 'Heating value', 'BTU/PC'),
    textColumn('heatingValueBasis', 'Origen del poder calorífico', 'Heating value basis', { searchable: false }),
    numberColumn('value', 'Cantidad declarada', 'Declared quantity', unitLabel(unit), 4),
    ...lineageColumns(),
  ];
}
