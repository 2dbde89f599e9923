import { describe, expect, it } from 'vitest';
import type { SourceRunState } from '../../../src-shared/contract/refresh';
import { describeProgress, formatEta, formatPercent, isOfflineMessage } from '../../../src-renderer/refresh/describe-progress';
import { translate } from '../../../src-renderer/i18n/define-messages';
import { refreshMessages } from '../../../src-renderer/refresh/refresh-messages';

const es = (key: Parameters<typeof translate<keyof typeof refreshMessages.es>>[2], vars?: Record<string, string | number>) => translate(refreshMessages, 'es', key, vars);
const nbsp = '\u00a0';

const running = (fields: Partial<SourceRunState>): SourceRunState => ({
  sourceId: 'anh-production',
  title: 'ANH',
  state: 'running',
  step: 'discover',
  file: null,
  message: null,
  filesDone: null,
  filesTotal: null,
  receivedBytes: null,
  totalBytes: null,
  etaSeconds: null,
  fraction: 0,
  ...fields,
});

describe('describeProgress', () => {
  it('says each step in Spanish', () => {
    expect(describeProgress(running({ step: 'discover', message: '3 archivos publicados' }), es)).toEqual({ headline: 'Buscando archivos publicados', subject: '3 archivos publicados', detail: null, eta: null });
    expect(describeProgress(running({ step: 'parse', file: 'Gas_2024.xlsx', filesDone: 1, filesTotal: 3 }), es)).toEqual({ headline: 'Procesando', subject: 'Gas_2024.xlsx', detail: 'archivo 2 de 3', eta: null });
    // "Guardando" is the step's own name: the service's identical message is not repeated.
    expect(describeProgress(running({ step: 'load', message: 'Guardando', filesDone: 0, filesTotal: 2 }), es)).toEqual({ headline: 'Guardando', subject: null, detail: null, eta: null });
  });

  it('shows the bytes of a download in es-CO, and the time left when known', () => {
    const words = describeProgress(running({ step: 'download', file: 'Gas_2025.xlsx', receivedBytes: 1_258_291, totalBytes: 3_565_158, etaSeconds: 95 }), es);
    expect(words).toEqual({ headline: 'Descargando', subject: 'Gas_2025.xlsx', detail: `1,2${nbsp}MB de 3,4${nbsp}MB`, eta: 'quedan 2 min aprox.' });
    expect(describeProgress(running({ step: 'download', file: 'x.csv', receivedBytes: 524_288, totalBytes: null }), es).detail).toBe(`512,0${nbsp}KB recibidos`);
  });

  it('says how a source ended, and that a cancelled one keeps its data', () => {
    expect(describeProgress(running({ state: 'cancelled', step: null, message: 'Cancelada por el usuario' }), es)).toEqual({ headline: 'Cancelada: se conservan sus datos anteriores', subject: null, detail: null, eta: null });
    expect(describeProgress(running({ state: 'failed', step: null, message: 'La ANH respondió HTTP 500' }), es)).toMatchObject({ headline: 'Falló', subject: 'La ANH respondió HTTP 500' });
    expect(describeProgress(running({ state: 'pending', step: null }), es).headline).toBe('En espera');
  });
});

describe('formatEta and formatPercent', () => {
  it('rounds time left up and percentages down', () => {
    expect(formatEta(0.2, es)).toBe('1 s');
    expect(formatEta(59, es)).toBe('59 s');
    expect(formatEta(61, es)).toBe('2 min');
    expect(formatEta(4000, es)).toBe('1 h 7 min');
    expect(formatPercent(0.999)).toBe(`99${nbsp}%`);
    expect(formatPercent(1.2)).toBe(`100${nbsp}%`);
  });
});

describe('isOfflineMessage', () => {
  it('recognises the service’s offline failure', () => {
    expect(isOfflineMessage('Sin conexión: se conservan los datos del 30/11/2025 (no se pudo encontrar www.anh.gov.co)')).toBe(true);
    expect(isOfflineMessage('La ANH respondió HTTP 500')).toBe(false);
    expect(isOfflineMessage(null)).toBe(false);
  });
});
