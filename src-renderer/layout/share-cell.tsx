import { Group, Progress, Text } from '@mantine/core';
import { formatShare } from '../format/number-format';

// Tabular figures keep the decimal commas of a column aligned.
export const numericCellStyle = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A ranked row's share of the total: a bar for the eye (hidden from screen readers) and the percentage. */
export function ShareCell({ share, barWidth }: { share: number; barWidth: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={Math.min(100, Math.max(0, share * 100))} size="sm" w={barWidth} aria-hidden />
      <Text size="sm" style={numericCellStyle}>
        {formatShare(share)}
      </Text>
    </Group>
  );
}
