import { zipSync } from 'fflate';
import { readSample } from '../../../../support/samples';

/** The four workbooks of UPME's 2024 edition in ../shared/samples/upme/2024 (read in place, never copied). */
export const SAMPLE_BOOKS_2024 = {
  agregada: 'UPME_Series_2024_Gas_Natural_Agregada.xlsx',
  industrial: 'UPME_Series_2024_Gas_Natural_Industrial.xlsx',
  termoelectrico: 'UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx',
  gnl: 'UPME_Series_2024_Gas_Natural_Licuado_GNL_Transporte.xlsx',
} as const;

export const SAMPLE_ZIP_NAME_2024 = 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip';

export function sampleBook2024(name: keyof typeof SAMPLE_BOOKS_2024): Uint8Array {
  return readSample('upme', '2024', SAMPLE_BOOKS_2024[name]);
}

/** UPME publishes the edition as one zip of these workbooks; built in memory at test time. */
export function sampleZip2024(): Uint8Array {
  return zipSync(Object.fromEntries(Object.values(SAMPLE_BOOKS_2024).map((name) => [name, readSample('upme', '2024', name)])));
}
