import { describe, expect, it } from 'vitest';
import { formatPeriodLong, formatPeriodRange, formatPeriodShort } from '../../../src-renderer/format/period-format';

describe('period formatting', () => {
  it('writes months the Spanish way, without depending on the runtime locale data', () => {
    expect(formatPeriodShort('2024-03')).toBe('mar 2024');
    expect(formatPeriodShort('2025-09')).toBe('sep 2025');
    expect(formatPeriodLong('2024-03')).toBe('marzo de 2024');
    expect(formatPeriodLong('2024-12')).toBe('diciembre de 2024');
  });

  it('prints a range once when it is a single month', () => {
    expect(formatPeriodRange('2024-01', '2025-10')).toBe('ene 2024 – oct 2025');
    expect(formatPeriodRange('2024-05', '2024-05')).toBe('may 2024');
  });

  it('rejects text that is not a period', () => {
    expect(() => formatPeriodShort('2024-13')).toThrow(/AAAA-MM/);
  });
});
