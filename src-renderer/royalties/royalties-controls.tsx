import { Group, Paper } from '@mantine/core';
import { useMessages } from '../i18n/language-context';
import { royaltiesMessages } from './royalties-messages';
import { royaltyCurrencies, royaltyGranularities, type RoyaltiesView } from './royalties-route';
import { LabelledSegments } from '../layout/labelled-segments';

/** The page's own choices: currency and frequency. */
export function RoyaltiesControls({ view, onChange }: { view: RoyaltiesView; onChange: (changes: Partial<RoyaltiesView>) => void }) {
  const t = useMessages(royaltiesMessages);
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <LabelledSegments
          label={t('controls.currency')}
          testId="royalties-currency"
          options={royaltyCurrencies}
          optionLabel={(currency) => t(currency === 'COP' ? 'controls.cop' : 'controls.usd')}
          value={view.currency}
          onChange={(currency) => onChange({ currency })}
        />
        <LabelledSegments
          label={t('controls.granularity')}
          testId="royalties-granularity"
          options={royaltyGranularities}
          optionLabel={(granularity) => t(granularity === 'month' ? 'controls.month' : 'controls.year')}
          value={view.granularity}
          onChange={(granularity) => onChange({ granularity })}
        />
      </Group>
    </Paper>
  );
}
