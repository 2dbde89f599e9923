import { Box, Group, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { formatNumber } from '../format/number-format';
import { unitLabels } from '../format/units';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import type { MapLevel } from '../../src-shared/contract/map';
import { classOf, NO_DATA_COLOR, type MapClass } from './map-classes';
import { mapLevelNouns, mapMessages } from './map-messages';
import { formatMapValue, type MapUnit, type MapValue } from './map-option';

export const RANKING_SIZE = 15;

/** Largest first; ties by name, so the order is stable between answers. */
export function rankTerritories(values: readonly MapValue[]): MapValue[] {
  return [...values].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'es'));
}

export interface MapRankingProps {
  level: MapLevel;
  values: readonly MapValue[];
  classes: readonly MapClass[];
  unit: MapUnit;
  selected: readonly string[];
  onSelect: (code: string, name: string) => void;
}

/**
 * The map's numbers as a ranked list: exact values to read, and the keyboard's way to filter by a
 * territory (each name is a button doing what a click on the map does).
 */
export function MapRanking({ level, values, classes, unit, selected, onSelect }: MapRankingProps) {
  const t = useMessages(mapMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const ranked = rankTerritories(values);
  const shown = ranked.slice(0, RANKING_SIZE);
  return (
    <Box data-testid="map-ranking" data-level={level} data-count={values.length}>
      <Title order={3} size="h5" mb="xs">
        {t('ranking.title', { levels: localized(mapLevelNouns[level].many) })}
      </Title>
      <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={28}>{t('ranking.rank')}</Table.Th>
            <Table.Th>{t('ranking.name')}</Table.Th>
            <Table.Th ta="right">{t('ranking.value', { unit: unitLabels[unit] })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((entry, index) => {
            const isSelected = selected.includes(entry.code);
            return (
              <Table.Tr key={entry.code} data-testid="map-ranking-row" data-code={entry.code} data-value={entry.value} data-selected={isSelected}>
                <Table.Td c="dimmed">{index + 1}</Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => onSelect(entry.code, entry.name)}
                    aria-pressed={isSelected}
                    aria-label={t('ranking.filter', { name: entry.name })}
                    title={formatMapValue(entry.value, unit, language)}
                    data-testid="map-ranking-select"
                  >
                    <Group gap={6} wrap="nowrap">
                      <Box w={10} h={10} style={{ background: classOf(entry.value, classes)?.color ?? NO_DATA_COLOR, flexShrink: 0, borderRadius: 2 }} aria-hidden />
                      <Text size="sm" fw={isSelected ? 700 : 400} td={isSelected ? 'underline' : undefined}>
                        {entry.name}
                      </Text>
                    </Group>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {formatNumber(entry.value, unit === 'COP' ? 0 : 2)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {ranked.length > shown.length && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('ranking.more', { count: ranked.length - shown.length })}
        </Text>
      )}
    </Box>
  );
}
