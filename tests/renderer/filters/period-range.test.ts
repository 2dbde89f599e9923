import { describe, expect, it } from 'vitest';
import { defaultPeriodRange, monthsBetween, shiftPeriod, withFrom, withTo } from '../../../src-renderer/filters/period-range';

describe('period arithmetic', () => {
  it('shifts across year boundaries both ways', () => {
    expect(shiftPeriod('2024-11', 3)).toBe('2025-02');
    expect(shiftPeriod('2025-02', -3)).toBe('2024-11');
    expect(shiftPeriod('2024-01', -13)).toBe('2022-12');
    expect(shiftPeriod('2024-06', 0)).toBe('2024-06');
  });

  it('lists every calendar month between two periods', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2024-05', '2024-05')).toEqual(['2024-05']);
    expect(monthsBetween('2024-06', '2024-05')).toEqual([]);
  });
});

describe('defaultPeriodRange', () => {
  it('covers the last 24 calendar months ending at the newest month with data', () => {
    expect(defaultPeriodRange('2020-01', '2025-10')).toEqual({ from: '2023-11', to: '2025-10' });
    expect(monthsBetween('2023-11', '2025-10')).toHaveLength(24);
  });

  it('starts at the oldest month when there is less history than that', () => {
    expect(defaultPeriodRange('2024-06', '2025-03')).toEqual({ from: '2024-06', to: '2025-03' });
    expect(defaultPeriodRange('2024-06', '2024-06')).toEqual({ from: '2024-06', to: '2024-06' });
  });
});

describe('moving one end of a range', () => {
  const range = { from: '2024-01', to: '2024-12' };

  it('keeps the other end when the range stays valid', () => {
    expect(withFrom(range, '2024-06')).toEqual({ from: '2024-06', to: '2024-12' });
    expect(withTo(range, '2024-06')).toEqual({ from: '2024-01', to: '2024-06' });
  });

  it('drags the other end along instead of leaving from after to', () => {
    expect(withFrom(range, '2025-03')).toEqual({ from: '2025-03', to: '2025-03' });
    expect(withTo(range, '2023-07')).toEqual({ from: '2023-07', to: '2023-07' });
  });
});
