import { describe, expect, it } from 'vitest';
import { appMessages } from '../../../src-renderer/app/app-messages';
import { balanceMessages } from '../../../src-renderer/balance/balance-messages';
import { dataMessages } from '../../../src-renderer/data/data-messages';
import { demandMessages } from '../../../src-renderer/demand/demand-messages';
import { filterMessages } from '../../../src-renderer/filters/filter-messages';
import { defineMessages, isLanguage, translate, type Messages } from '../../../src-renderer/i18n/define-messages';
import { mapMessages } from '../../../src-renderer/map/map-messages';
import { pages } from '../../../src-renderer/pages/page-registry';
import { dimensionNouns, measureLabels, productionMessages } from '../../../src-renderer/production/production-messages';
import { royaltiesMessages } from '../../../src-renderer/royalties/royalties-messages';
import { refreshMessages } from '../../../src-renderer/refresh/refresh-messages';
import { sourceLabels, sourceShortLabels } from '../../../src-renderer/sources/source-labels';
import { sourcesMessages } from '../../../src-renderer/sources/sources-messages';
import { summaryMessages } from '../../../src-renderer/summary/summary-messages';

const dictionaries: Record<string, Messages<string>> = {
  app: appMessages,
  filters: filterMessages,
  production: productionMessages,
  summary: summaryMessages,
  sources: sourcesMessages,
  data: dataMessages,
  refresh: refreshMessages,
  royalties: royaltiesMessages,
  demand: demandMessages,
  balance: balanceMessages,
  map: mapMessages,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('translate', () => {
  const messages = defineMessages({ greeting: 'Hola, {name}: {count} filas', plain: 'Sin datos' }, { greeting: 'Hi {name}: {count} rows', plain: 'No data' });

  it('fills placeholders in the chosen language', () => {
    expect(translate(messages, 'es', 'greeting', { name: 'Ana', count: 3 })).toBe('Hola, Ana: 3 filas');
    expect(translate(messages, 'en', 'greeting', { name: 'Ana', count: 3 })).toBe('Hi Ana: 3 rows');
    expect(translate(messages, 'en', 'plain')).toBe('No data');
  });

  it('leaves a placeholder without a value visible instead of printing "undefined"', () => {
    expect(translate(messages, 'es', 'greeting', { name: 'Ana' })).toBe('Hola, Ana: {count} filas');
  });

  it('knows its languages', () => {
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});

describe.each(Object.entries(dictionaries))('the %s dictionary', (_name, messages) => {
  it('has the same keys in both languages and no empty text', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.es).sort());
    for (const text of [...Object.values(messages.es), ...Object.values(messages.en)]) expect(text.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(messages.es)) expect({ key, placeholders: placeholders(messages.en[key]!) }).toEqual({ key, placeholders: placeholders(messages.es[key]!) });
  });
});

describe('one-off texts', () => {
  it('name every page in both languages, with unique route ids', () => {
    expect(new Set(pages.map((page) => page.id)).size).toBe(pages.length);
    expect(pages.map((page) => page.label.es)).toEqual(['Resumen', 'Producción', 'Regalías', 'Demanda', 'Balance', 'Mapa', 'Datos', 'Fuentes']);
    for (const page of pages) {
      expect(page.id).toMatch(/^[a-z]+$/);
      for (const text of [page.label.es, page.label.en, page.summary.es, page.summary.en]) expect(text.trim()).not.toBe('');
    }
  });

  it('name every measure, grouping and source in both languages', () => {
    const localized = [...Object.values(measureLabels), ...Object.values(dimensionNouns).flatMap((noun) => [noun.one, noun.many]), ...Object.values(sourceLabels), ...Object.values(sourceShortLabels)];
    for (const text of localized) {
      expect(text.es.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });
});
