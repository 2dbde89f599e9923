import { Group, Paper, Select } from '@mantine/core';
import { productionMeasures } from '../../src-shared/domain/production-measures';
import { capitalise } from '../format/capitalise';
import { useLocalized, useMessages } from '../i18n/language-context';
import { productionMagnitudes } from './production-display';
import { dimensionNouns, measureOptionLabels, productionMessages } from './production-messages';
import { stackDimensions, stackSizes, type ProductionView } from './production-route';
import { LabelledSegments } from '../layout/labelled-segments';

/** The page's own choices: which ANH measure, rate or volume, stacked or not and by what. */
export function ProductionControls({ view, onChange }: { view: ProductionView; onChange: (changes: Partial<ProductionView>) => void }) {
  const t = useMessages(productionMessages);
  const localized = useLocalized();
  // '' is "no stacking", the route's null.
  const stackOptions = ['', ...stackDimensions] as const;
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
        <LabelledSegments
          label={t('controls.magnitude')}
          testId="production-magnitude"
          options={productionMagnitudes}
          optionLabel={(magnitude) => t(magnitude === 'rate' ? 'controls.rate' : 'controls.volume')}
          value={view.magnitude}
          onChange={(magnitude) => onChange({ magnitude })}
        />
        <LabelledSegments
          label={t('controls.stack')}
          testId="production-stack"
          options={stackOptions}
          optionLabel={(stack) => (stack === '' ? t('controls.stackNone') : capitalise(localized(dimensionNouns[stack].one)))}
          value={view.stack ?? ''}
          onChange={(stack) => onChange({ stack: stack === '' ? null : stack })}
        />
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
