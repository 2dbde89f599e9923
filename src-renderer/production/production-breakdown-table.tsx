import { Table } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import { capitalise } from '../format/capitalise';
import { formatNumber, formatShare } from '../format/number-format';
import { unitLabels } from '../format/units';
import { useLocalized, useMessages } from '../i18n/language-context';
import { numericCellStyle, ShareCell } from '../layout/share-cell';
import { dimensionNouns, productionMessages } from './production-messages';

export interface ProductionBreakdownTableProps {
  /** Volumes and rates are shown in the units this answer was given in. */
  breakdown: CommandOutput<'production.breakdown'>;
  loading?: boolean;
}

/**
 * The top groups with their volume, average rate and share, then the rest and the total, so the column
 * sums can be checked by eye. Test ids carry the dimension (`department-breakdown-row`); raw MPC/MPCD
 * values sit in `data-*` attributes so tests compare them with the contract's answer exactly.
 */
export function ProductionBreakdownTable({ breakdown, loading = false }: ProductionBreakdownTableProps) {
  const t = useMessages(productionMessages);
  const localized = useLocalized();
  const { items, rest, by } = breakdown;
  const restShare = breakdown.totalVolumeMpc > 0 ? rest.volumeMpc / breakdown.totalVolumeMpc : 0;
  const noun = dimensionNouns[by];
  const name = localized(noun.one);
  const { rateUnit, volumeUnit } = breakdown;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={`${by}-breakdown`} data-rows={items.length} data-loading={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('breakdown.rank')}</Table.Th>
            <Table.Th>{capitalise(name)}</Table.Th>
            <Table.Th ta="right">{t('table.volume', { unit: unitLabels[volumeUnit] })}</Table.Th>
            <Table.Th ta="right">{t('table.rate', { unit: unitLabels[rateUnit] })}</Table.Th>
            <Table.Th w={200}>{t('breakdown.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr
              key={item.key}
              data-testid={`${by}-breakdown-row`}
              data-key={item.key}
              data-volume-mpc={item.volumeMpc}
              data-rate-mpcd={item.rateMpcd}
              data-share={item.share}
            >
              <Table.Td c="dimmed">{index + 1}</Table.Td>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(item.volume)}
              </Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(item.rate)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={item.share} barWidth={100} />
              </Table.Td>
            </Table.Tr>
          ))}
          {rest.count > 0 && (
            <Table.Tr data-testid={`${by}-breakdown-rest`} data-volume-mpc={rest.volumeMpc} data-rate-mpcd={rest.rateMpcd}>
              <Table.Td />
              <Table.Td c="dimmed">{t('othersCount', { count: rest.count, noun: localized(rest.count === 1 ? noun.one : noun.many) })}</Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(rest.volume)}
              </Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(rest.rate)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={restShare} barWidth={100} />
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid={`${by}-breakdown-total`} data-volume-mpc={breakdown.totalVolumeMpc} data-rate-mpcd={breakdown.totalRateMpcd}>
            <Table.Th />
            <Table.Th>{t('breakdown.total')}</Table.Th>
            <Table.Th ta="right" style={numericCellStyle}>
              {formatNumber(breakdown.totalVolume)}
            </Table.Th>
            <Table.Th ta="right" style={numericCellStyle}>
              {formatNumber(breakdown.totalRate)}
            </Table.Th>
            <Table.Th>{breakdown.totalVolumeMpc > 0 ? formatShare(1) : ''}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
