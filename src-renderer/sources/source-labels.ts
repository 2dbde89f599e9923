import type { SourceId } from '../../src-shared/contract/sources';
import type { Localized } from '../i18n/define-messages';

/** Short names for captions ("Fuente: …") and the lineage drawer; the long ones come from `etl.sources`. */
export const sourceLabels: Readonly<Record<SourceId, Localized>> = {
  'anh-production': { es: 'ANH, producción fiscalizada de gas', en: 'ANH, audited gas production' },
  'anh-royalties': { es: 'ANH, liquidación de regalías por campo (datos.gov.co)', en: 'ANH, royalty settlements by field (datos.gov.co)' },
  'mme-declaration': { es: 'MinEnergía, declaración de producción de gas natural', en: 'MinEnergía, natural gas production declaration' },
  'upme-demand': { es: 'UPME, proyección de demanda de gas natural', en: 'UPME, natural gas demand projection' },
  'dane-territory': { es: 'DANE, DIVIPOLA y Marco Geoestadístico', en: 'DANE, DIVIPOLA and geostatistical framework' },
};

/** For narrow columns (the rejected rows table). */
export const sourceShortLabels: Readonly<Record<SourceId, Localized>> = {
  'anh-production': { es: 'ANH · producción', en: 'ANH · production' },
  'anh-royalties': { es: 'ANH · regalías', en: 'ANH · royalties' },
  'mme-declaration': { es: 'MinEnergía · declaración', en: 'MinEnergía · declaration' },
  'upme-demand': { es: 'UPME · demanda', en: 'UPME · demand' },
  'dane-territory': { es: 'DANE · territorio', en: 'DANE · territory' },
};
