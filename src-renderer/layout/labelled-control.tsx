import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A page control (segmented control, select without its own label) with a visible label above it; the
 * control points at the label through `aria-labelledby={id}`, so screen readers announce it.
 */
export function LabelledControl({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}
