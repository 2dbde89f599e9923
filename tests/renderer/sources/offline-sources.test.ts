import { describe, expect, it } from 'vitest';
import type { SourceHealth } from '../../../src-shared/contract/etl-sources';
import { offlineSources } from '../../../src-renderer/sources/offline-sources';
import { sourceHealth } from '../dashboard-fixtures';
import { schedule } from '../refresh/refresh-fixtures';

const offlineMessage = 'Sin conexión: se conservan los datos del 19/11/2025 (no se pudo encontrar www.anh.gov.co)';
const anh = sourceHealth.sources[0]!;
const upme = sourceHealth.sources[1]!;
const offlineAnh: SourceHealth = { ...anh, lastAttempt: { ...anh.lastAttempt!, status: 'failed', error: offlineMessage, errorCode: 'offline' } };

describe('offlineSources', () => {
  it('names the sources that could not be reached and when the scheduler tries again', () => {
    const plans = [schedule('anh-production', { reason: 'retry', nextRunAt: '2025-11-20T13:16:00.000Z', consecutiveFailures: 1 }), schedule('upme-demand')];
    expect(offlineSources([offlineAnh, upme], plans, true)).toEqual([{ sourceId: 'anh-production', title: anh.title, message: offlineMessage, retryAt: '2025-11-20T13:16:00.000Z' }]);
  });

  it('promises no retry where nothing retries by itself', () => {
    const retry = [schedule('anh-production', { reason: 'retry', nextRunAt: '2025-11-20T13:16:00.000Z' })];
    expect(offlineSources([offlineAnh], retry, false)[0]!.retryAt).toBeNull();
    expect(offlineSources([offlineAnh], [schedule('anh-production', { reason: 'manual', nextRunAt: null })], true)[0]!.retryAt).toBeNull();
  });

  it('leaves out other failures and a source being refreshed again now', () => {
    expect(offlineSources(sourceHealth.sources, null, true)).toEqual([]);
    expect(offlineSources([offlineAnh], [schedule('anh-production', { reason: 'running', nextRunAt: null })], true)).toEqual([]);
  });
});
