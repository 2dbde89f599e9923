import { SegmentedControl, Stack, Text } from '@mantine/core';

export interface LabelledSegmentsProps<V extends string> {
  /** The visible label above the segments; the control points at it (`aria-labelledby`) for screen readers. */
  label: string;
  /** Tests find the control by it; the label's element id is `<testId>-label`. */
  testId: string;
  options: readonly V[];
  optionLabel: (option: V) => string;
  value: V;
  onChange: (value: V) => void;
}

/**
 * A page's choice among a few options (granularity, currency, magnitude, map level…): a segmented
 * control with a visible label above it. Only one of `options` is ever passed on, so a page's view
 * never takes a value it does not know.
 */
export function LabelledSegments<V extends string>({ label, testId, options, optionLabel, value, onChange }: LabelledSegmentsProps<V>) {
  const labelId = `${testId}-label`;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={options.map((option) => ({ value: option, label: optionLabel(option) }))}
        value={value}
        onChange={(next) => {
          const chosen = options.find((option) => option === next);
          if (chosen !== undefined) onChange(chosen);
        }}
        data-testid={testId}
      />
    </Stack>
  );
}
