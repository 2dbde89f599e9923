import type { SourceRunState } from '../../src-shared/contract/refresh';
import { formatBytes, formatNumber } from '../format/number-format';
import type { MessageKey } from '../i18n/define-messages';
import type { Translate } from '../i18n/language-context';
import type { refreshMessages } from './refresh-messages';

/**
 * Pure: one source's live state in words — the step (buscando, descargando, procesando, guardando),
 * what it is working on (bytes of the download in es-CO, the file of how many), and the time left when
 * the pace tells it.
 */

export type RefreshKey = MessageKey<typeof refreshMessages>;

export interface ProgressWords {
  /** "Descargando", "En espera", "Cancelada: se conservan sus datos anteriores". */
  readonly headline: string;
  /** The file or what the source said ("3 archivos publicados"); null when there is nothing to add. */
  readonly subject: string | null;
  /** "1,2 MB de 3,4 MB", "archivo 2 de 3"; null when unknown. */
  readonly detail: string | null;
  /** "quedan 2 min aprox."; null when the pace does not tell. */
  readonly eta: string | null;
}

const stateKeys: Record<Exclude<SourceRunState['state'], 'running'>, RefreshKey> = {
  pending: 'state.pending',
  updated: 'state.updated',
  unchanged: 'state.unchanged',
  partial: 'state.partial',
  failed: 'state.failed',
  cancelled: 'state.cancelled',
};

const stepKeys: Record<NonNullable<SourceRunState['step']>, RefreshKey> = {
  discover: 'step.discover',
  download: 'step.download',
  parse: 'step.parse',
  load: 'step.load',
};

export function describeProgress(source: SourceRunState, t: Translate<RefreshKey>): ProgressWords {
  if (source.state !== 'running') {
    // A cancelled source keeps its data whatever the service's message says; the others show its line.
    const subject = source.state === 'cancelled' || source.state === 'pending' ? null : source.message;
    return { headline: t(stateKeys[source.state]), subject, detail: null, eta: null };
  }
  if (source.step === null) return { headline: t('state.running'), subject: null, detail: null, eta: null };
  return {
    headline: t(stepKeys[source.step]),
    subject: subjectOf(source),
    detail: detailOf(source, t),
    eta: source.etaSeconds !== null && source.etaSeconds > 0 ? t('detail.eta', { time: formatEta(source.etaSeconds, t) }) : null,
  };
}

function subjectOf(source: SourceRunState): string | null {
  // The step's own name already says "Guardando"; repeating the service's "Guardando" adds nothing.
  const message = source.message && source.message !== source.file && !/^guard(ando|ado)$/i.test(source.message) ? source.message : null;
  if (source.file && message && source.step !== 'download') return `${source.file} · ${message}`;
  return source.file ?? message;
}

function detailOf(source: SourceRunState, t: Translate<RefreshKey>): string | null {
  if (source.receivedBytes !== null) {
    return source.totalBytes
      ? t('detail.bytes', { received: formatBytes(source.receivedBytes), total: formatBytes(source.totalBytes) })
      : t('detail.bytesUnknown', { received: formatBytes(source.receivedBytes) });
  }
  if (source.step === 'load' || source.filesTotal === null || source.filesTotal <= 1 || source.filesDone === null) return null;
  // `filesDone` is the 0-based file being handled; once the step is over it equals the total.
  const current = Math.min(source.filesTotal, source.filesDone + 1);
  return t('detail.files', { current: formatNumber(current, 0), total: formatNumber(source.filesTotal, 0) });
}

/** 45 → "45 s", 130 → "3 min", 4000 → "1 h 7 min": rounded up, an estimate is never optimistic. */
export function formatEta(seconds: number, t: Translate<RefreshKey>): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return t('eta.seconds', { count: whole });
  const minutes = Math.ceil(whole / 60);
  if (minutes < 60) return t('eta.minutes', { count: minutes });
  return t('eta.hours', { count: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** 0.456 → "46 %", for the button and the bars. */
export function formatPercent(fraction: number): string {
  return `${formatNumber(Math.floor(Math.max(0, Math.min(1, fraction)) * 100), 0)}\u00a0%`;
}

/** The service's offline failure: "Sin conexión: se conservan los datos del …". */
export function isOfflineMessage(message: string | null | undefined): boolean {
  return message !== null && message !== undefined && /^sin conexi[oó]n\b/i.test(message.trim());
}
