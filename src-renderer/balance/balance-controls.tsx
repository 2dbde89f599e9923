import { Group, Paper, Select } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import { useMessages } from '../i18n/language-context';
import { balanceMessages } from './balance-messages';
import { balanceGranularities, type BalanceView } from './balance-route';
import { LabelledSegments } from '../layout/labelled-segments';

export type DeclarationList = CommandOutput<'declaration.resolutions'>;

/** The declaration the service uses when none is named: the one whose ten years start last. */
export function latestDeclaration(list: DeclarationList | null): string | null {
  const periods = (list?.periods ?? []).map((entry) => entry.declarationPeriod).sort();
  return periods[periods.length - 1] ?? null;
}

export interface BalanceControlsProps {
  view: BalanceView;
  onChange: (changes: Partial<BalanceView>) => void;
  /** Loaded declarations and their resolutions; null while they load. */
  declarations: DeclarationList | null;
}

/** Which declaration and resolution is the supply, and monthly or yearly. */
export function BalanceControls({ view, onChange, declarations }: BalanceControlsProps) {
  const t = useMessages(balanceMessages);
  const shownPeriod = view.declarationPeriod ?? latestDeclaration(declarations);
  const resolutions = declarations?.periods.find((entry) => entry.declarationPeriod === shownPeriod)?.resolutions ?? [];
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('controls.declaration')}
          data={[
            { value: '', label: t('controls.declarationLatest') },
            ...(declarations?.periods ?? []).map((entry) => ({ value: entry.declarationPeriod, label: t('controls.declarationValue', { period: entry.declarationPeriod }) })),
          ]}
          value={view.declarationPeriod ?? ''}
          // Another declaration has its own resolutions: the resolution goes back to the one in force.
          onChange={(value) => onChange({ declarationPeriod: value ? value : null, resolution: null })}
          allowDeselect={false}
          w={230}
          data-testid="balance-declaration"
        />
        <Select
          label={t('controls.resolution')}
          data={[
            { value: '', label: t('controls.resolutionCurrent') },
            ...resolutions.map((resolution) => ({
              value: resolution.id,
              label: t('controls.resolutionValue', { number: resolution.number, year: resolution.year, status: t(resolution.status === 'vigente' ? 'controls.vigente' : 'controls.anterior') }),
            })),
          ]}
          value={view.resolution ?? ''}
          onChange={(value) => onChange({ resolution: value ? value : null })}
          allowDeselect={false}
          w={250}
          data-testid="balance-resolution"
        />
        <LabelledSegments
          label={t('controls.granularity')}
          testId="balance-granularity"
          options={balanceGranularities}
          optionLabel={(granularity) => t(granularity === 'month' ? 'controls.month' : 'controls.year')}
          value={view.granularity}
          onChange={(granularity) => onChange({ granularity })}
        />
      </Group>
    </Paper>
  );
}
