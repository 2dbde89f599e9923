import type { DemandSector } from '../../../../../src-shared/contract/demand';
import { foldText } from '../../../text/fold-text';

/**
 * Column headers of the sectoral sheet ("Esc Med Sectorial"), folded. UPME's 2024 spellings first; the
 * others are the names its reports use for the same sector. The two totals are cross-checks, not data.
 */
const SECTOR_HEADERS: ReadonlyArray<readonly [SectoralColumn, readonly string[]]> = [
  ['residencial', ['RESIDENCIAL']],
  ['industrial', ['INDUSTRIAL']],
  ['terciario', ['TERCIARIO', 'COMERCIAL', 'COMERCIAL Y PUBLICO']],
  ['vehicular', ['VEHICULAR', 'VEHICULAR (EXCLUYE GNL)', 'VEHICULAR (SIN GNL)', 'GNV', 'GNV TRANSPORTE', 'TRANSPORTE VEHICULAR']],
  ['petrolero', ['PETROLERO']],
  ['petroquimico', ['PETROQUIMICO', 'PETROQUIMICA']],
  ['termoelectrico', ['TERMOELECTRICO', 'TERMOELECTRICA', 'TERMICO']],
  ['compresores', ['COMPRESORES']],
  ['gnl-transporte', ['GNL TRANSPORTE', 'GNL', 'LICUADO GNL TRANSPORTE']],
  ['total', ['TOTAL', 'TOTAL NACIONAL']],
  ['total-sin-termoelectrico', ['TOTAL SIN TERMOELECTRICO', 'TOTAL SIN TERMOELECTRICA', 'TOTAL SIN SECTOR ELECTRICO']],
];

type SectoralColumn = Exclude<DemandSector, 'total'> | 'total' | 'total-sin-termoelectrico';

export type SectoralHeader =
  | { kind: 'sector'; sector: Exclude<DemandSector, 'total'> }
  | { kind: 'total' }
  | { kind: 'total-sin-termoelectrico' }
  | { kind: 'unknown' };

export function sectoralHeaderOf(text: string): SectoralHeader {
  const folded = foldText(text);
  for (const [column, spellings] of SECTOR_HEADERS) {
    if (!spellings.includes(folded)) continue;
    switch (column) {
      case 'total':
        return { kind: 'total' };
      case 'total-sin-termoelectrico':
        return { kind: 'total-sin-termoelectrico' };
      default:
        return { kind: 'sector', sector: column };
    }
  }
  return { kind: 'unknown' };
}

/**
 * UPME names each workbook after its sector ("UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx"); the
 * sheets inside do not say it. Folded name fragments, most specific first ("GNL" before "TRANSPORTE").
 */
const BOOK_NAME_FRAGMENTS: ReadonlyArray<readonly [DemandSector, RegExp]> = [
  ['gnl-transporte', /\bGNL\b|LICUADO/],
  ['termoelectrico', /TERMO ?ELECTRIC|TERMICO/],
  ['petroquimico', /PETROQUIMIC/],
  ['petrolero', /PETROLER/],
  ['industrial', /INDUSTRIAL/],
  ['residencial', /RESIDENCIAL/],
  ['terciario', /TERCIARIO|COMERCIAL/],
  ['vehicular', /VEHICULAR|\bGNV\b|\bGNC\b/],
  ['compresores', /COMPRESOR/],
  ['total', /AGREGAD|\bTOTAL\b/],
];

/** The sector a workbook's file name announces, or null when it names none (or several). */
export function sectorOfBookName(fileName: string): DemandSector | null {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[a-z0-9]+$/i, '');
  const folded = foldText(base.replace(/[_\-.]+/g, ' '));
  const found = BOOK_NAME_FRAGMENTS.filter(([, pattern]) => pattern.test(folded)).map(([sector]) => sector);
  return found.length === 1 ? found[0]! : null;
}
