import { foldText } from './fold-text';

/** A header folded to letters and digits only: `CÓDIGO DANE DEL MUNICIPIO`, `c_digo_dane_del_municipio` → comparable. */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^A-Z0-9]/g, '');
}
