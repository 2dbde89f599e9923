import { Group, MultiSelect, Paper, Select } from '@mantine/core';
import { useMemo } from 'react';
import { demandRegionLabels, demandSectorIds, type DemandRegionId } from '../../src-shared/contract/demand';
import { useLocalized, useMessages } from '../i18n/language-context';
import { demandMessages, demandSectorNames } from './demand-messages';
import type { DemandDimensions } from './demand-request';
import { demandGranularities, MAX_NODES, type DemandView } from './demand-route';
import { LabelledSegments } from '../layout/labelled-segments';

export interface DemandControlsProps {
  view: DemandView;
  onChange: (changes: Partial<DemandView>) => void;
  /** The edition's sectors and nodes; null while they load (every sector is offered meanwhile). */
  dimensions: DemandDimensions | null;
  /** The regions filter: nodes are offered within them. */
  regions: readonly DemandRegionId[];
}

/** Which sector, monthly or yearly, and optionally which nodes to sum. */
export function DemandControls({ view, onChange, dimensions, regions }: DemandControlsProps) {
  const t = useMessages(demandMessages);
  const localized = useLocalized();
  const sectors = dimensions ? dimensions.sectors.map((entry) => entry.sector) : [...demandSectorIds];
  const sectorInfo = dimensions?.sectors.find((entry) => entry.sector === view.sector);
  const nodeOptions = useMemo(
    () =>
      (dimensions?.nodes ?? [])
        .filter((node) => regions.length === 0 || regions.includes(node.region) || view.nodes.includes(node.key))
        .map((node) => ({ value: node.key, label: `${node.name} (${demandRegionLabels[node.region]})` })),
    [dimensions, regions, view.nodes],
  );
  const nodesAvailable = sectorInfo?.hasNodes ?? false;

  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('controls.sector')}
          data={sectors.map((sector) => ({ value: sector, label: localized(demandSectorNames[sector]) }))}
          value={view.sector}
          onChange={(value) => onChange({ sector: demandSectorIds.find((sector) => sector === value) ?? view.sector })}
          allowDeselect={false}
          w={290}
          data-testid="demand-sector"
        />
        <LabelledSegments
          label={t('controls.granularity')}
          testId="demand-granularity"
          options={demandGranularities}
          optionLabel={(granularity) => t(granularity === 'month' ? 'controls.month' : 'controls.year')}
          value={view.granularity}
          onChange={(granularity) => onChange({ granularity })}
        />
        <MultiSelect
          label={t('controls.nodes')}
          placeholder={view.nodes.length === 0 ? t(nodesAvailable ? 'controls.nodesAll' : 'controls.nodesNone') : undefined}
          data={nodeOptions}
          value={view.nodes}
          onChange={(nodes) => onChange({ nodes: nodes.slice(0, MAX_NODES) })}
          disabled={!nodesAvailable && view.nodes.length === 0}
          searchable
          clearable
          limit={150}
          nothingFoundMessage={t('controls.nodesNoMatch')}
          style={{ flex: '1 1 260px', minWidth: 220, maxWidth: 420 }}
          data-testid="demand-nodes"
        />
      </Group>
    </Paper>
  );
}
