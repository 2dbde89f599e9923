import { Group, Paper, SegmentedControl } from '@mantine/core';
import { useMessages } from '../i18n/language-context';
import { royaltiesMessages } from './royalties-messages';
import { royaltyCurrencies, royaltyGranularities, type RoyaltiesView } from './royalties-route';
import { LabelledControl } from '../layout/labelled-control';

/** The page's own choices: currency and frequency. */
export function RoyaltiesControls({ view, onChange }: { view: RoyaltiesView; onChange: (changes: Partial<RoyaltiesView>) => void }) {
  const t = useMessages(royaltiesMessages);
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <LabelledControl label={t('controls.currency')} id="royalties-currency-label">
          <SegmentedControl
            aria-labelledby="royalties-currency-label"
            data={royaltyCurrencies.map((currency) => ({ value: currency, label: t(currency === 'COP' ? 'controls.cop' : 'controls.usd') }))}
            value={view.currency}
            onChange={(value) => onChange({ currency: royaltyCurrencies.find((currency) => currency === value) ?? view.currency })}
            data-testid="royalties-currency"
          />
        </LabelledControl>
        <LabelledControl label={t('controls.granularity')} id="royalties-granularity-label">
          <SegmentedControl
            aria-labelledby="royalties-granularity-label"
            data={royaltyGranularities.map((granularity) => ({ value: granularity, label: t(granularity === 'month' ? 'controls.month' : 'controls.year') }))}
            value={view.granularity}
            onChange={(value) => onChange({ granularity: royaltyGranularities.find((granularity) => granularity === value) ?? view.granularity })}
            data-testid="royalties-granularity"
          />
        </LabelledControl>
      </Group>
    </Paper>
  );
}
