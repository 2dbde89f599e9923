import { describe, expect, it } from 'vitest';
import { withRestGroup } from '../../../src-renderer/production/stacked-series';
import { productionPoint as point } from '../dashboard-fixtures';

describe('withRestGroup', () => {
  const total = [point('2024-01', 100, 31), point('2024-02', 90, 29)];

  it('adds an "Otros" band with what the total has beyond the groups, month by month', () => {
    const groups = withRestGroup(total, [{ key: 'a', label: 'A', points: [point('2024-01', 60, 31), point('2024-02', 50, 29)] }], 'Otros');
    expect(groups.map((g) => [g.key, g.isRest])).toEqual([
      ['a', false],
      ['__otros__', true],
    ]);
    const rest = groups[1]!.points;
    expect(rest.map((p) => p.volumeMpc)).toEqual([40, 40]);
    expect(rest[1]!.rateMpcd).toBeCloseTo(40 / 29, 12);
    expect(rest[1]!.days).toBe(29);
    // Converted units subtract the same way (the service's `volume` and `rate`).
    expect(rest[0]!.volume).toBe(40);
    expect(rest[0]!.rate).toBeCloseTo(40 / 31, 12);
  });

  it('counts a group missing in a month as zero there', () => {
    const groups = withRestGroup(total, [{ key: 'a', label: 'A', points: [point('2024-01', 100, 31)] }], 'Otros');
    expect(groups[1]!.points.map((p) => p.volumeMpc)).toEqual([0, 90]);
  });

  it('adds no band when the groups are the whole total (sums that differ only by rounding)', () => {
    const thirds = [point('2024-01', 0.1, 31), point('2024-01', 0.2, 31)];
    const groups = withRestGroup(
      [point('2024-01', 0.3, 31)],
      thirds.map((p, index) => ({ key: String(index), label: String(index), points: [p] })),
      'Otros',
    );
    expect(groups.some((g) => g.isRest)).toBe(false);
  });
});
