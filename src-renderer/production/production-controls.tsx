import { Group, Paper, SegmentedControl, Select } from '@mantine/core';
import { productionMeasures } from '../../src-shared/domain/production-measures';
import { capitalise } from '../format/capitalise';
import { useLocalized, useMessages } from '../i18n/language-context';
import { productionMagnitudes } from './production-display';
import { dimensionNouns, measureOptionLabels, productionMessages } from './production-messages';
import { stackDimensions, stackSizes, type ProductionView } from './production-route';
import { LabelledControl } from '../layout/labelled-control';

/** The page's own choices: which ANH measure, rate or volume, stacked or not and by what. */
export function ProductionControls({ view, onChange }: { view: ProductionView; onChange: (changes: Partial<ProductionView>) => void }) {
  const t = useMessages(productionMessages);
  const localized = useLocalized();
  const stackOptions = [
    { value: '', label: t('controls.stackNone') },
    ...stackDimensions.map((dimension) => ({ value: dimension, label: capitalise(localized(dimensionNouns[dimension].one)) })),
  ];
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('controls.measure')}
          data={productionMeasures.map((measure) => ({ value: measure.id, label: localized(measureOptionLabels[measure.id]) }))}
          value={view.measure}
          onChange={(value) => onChange({ measure: productionMeasures.find((m) => m.id === value)?.id ?? view.measure })}
          allowDeselect={false}
          w={210}
          data-testid="production-measure"
        />
        <LabelledControl label={t('controls.magnitude')} id="production-magnitude-label">
          <SegmentedControl
            aria-labelledby="production-magnitude-label"
            data={productionMagnitudes.map((magnitude) => ({ value: magnitude, label: t(magnitude === 'rate' ? 'controls.rate' : 'controls.volume') }))}
            value={view.magnitude}
            onChange={(value) => onChange({ magnitude: productionMagnitudes.find((m) => m === value) ?? view.magnitude })}
            data-testid="production-magnitude"
          />
        </LabelledControl>
        <LabelledControl label={t('controls.stack')} id="production-stack-label">
          <SegmentedControl
            aria-labelledby="production-stack-label"
            data={stackOptions}
            value={view.stack ?? ''}
            onChange={(value) => onChange({ stack: stackDimensions.find((d) => d === value) ?? null })}
            data-testid="production-stack"
          />
        </LabelledControl>
        {view.stack && (
          <Select
            label={t('controls.top')}
            data={stackSizes.map((size) => ({ value: String(size), label: String(size) }))}
            value={String(view.stackSize)}
            onChange={(value) => onChange({ stackSize: stackSizes.find((size) => String(size) === value) ?? view.stackSize })}
            allowDeselect={false}
            w={90}
            data-testid="production-stack-size"
          />
        )}
      </Group>
    </Paper>
  );
}
