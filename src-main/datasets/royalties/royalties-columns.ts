import type { DatasetColumn } from '../../../src-shared/contract/data';
import { lineageColumns, monthColumn, numberColumn, territoryColumns, textColumn, unitLabel, yearColumn } from '../columns';

/** One settlement per row: where, what, the volumes in the requested unit, price, TRM and the money. */
export function royaltyColumns(unit: string): DatasetColumn[] {
  return [
    monthColumn(),
    yearColumn(),
    ...territoryColumns(),
    textColumn('field', 'Campo', 'Field'),
    textColumn('contract', 'Contrato', 'Contract'),
    textColumn('productionType', 'Tipo de producción', 'Production type'),
    textColumn('regime', 'Régimen de regalías', 'Royalty regime'),
    numberColumn('taxableVolume', 'Producción gravable', 'Taxable production', unitLabel(unit)),
    numberColumn('royaltyVolume', 'Volumen de regalía', 'Royalty volume', unitLabel(unit)),
    numberColumn('royaltyPercent', 'Porcentaje de regalía', 'Royalty rate', '%'),
    numberColumn('priceUsd', 'Precio del hidrocarburo', 'Hydrocarbon price', 'USD', 4),
    numberColumn('trm', 'TRM promedio', 'Average exchange rate', 'COP/USD'),
    numberColumn('royaltiesCop', 'Regalías', 'Royalties', 'COP'),
    numberColumn('royaltiesUsd', 'Regalías a la TRM de la liquidación', 'Royalties at the settlement exchange rate', 'USD'),
    ...lineageColumns(),
  ];
}
