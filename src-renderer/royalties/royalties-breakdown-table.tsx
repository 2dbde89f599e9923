import { Table } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import { capitalise } from '../format/capitalise';
import { formatNumber, formatShare } from '../format/number-format';
import { unitLabels } from '../format/units';
import { useLocalized, useMessages } from '../i18n/language-context';
import { numericCellStyle, ShareCell } from '../layout/share-cell';
import { royaltiesMessages, royaltyDimensionNouns } from './royalties-messages';

/**
 * The top groups with their royalties in both currencies, taxable volume and share, then the rest and
 * the total, which the answer gives in the ranked currency only. Raw values sit in `data-*` attributes
 * so tests compare them with the contract's answer exactly.
 */
export function RoyaltiesBreakdownTable({ breakdown, loading }: { breakdown: CommandOutput<'royalties.breakdown'>; loading: boolean }) {
  const t = useMessages(royaltiesMessages);
  const localized = useLocalized();
  const { items, rest, by } = breakdown;
  const name = capitalise(localized(royaltyDimensionNouns[by]));
  const restShare = breakdown.total > 0 ? rest.value / breakdown.total : 0;
  const rankedCurrency = breakdown.measure === 'royaltiesUsd' ? 'USD' : 'COP';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="royalties-breakdown" data-by={by} data-rows={items.length} data-loading={loading} data-total={breakdown.total}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('breakdown.rank')}</Table.Th>
            <Table.Th>{name}</Table.Th>
            <Table.Th ta="right">{t('breakdown.cop')}</Table.Th>
            <Table.Th ta="right">{t('breakdown.usd')}</Table.Th>
            <Table.Th ta="right">{t('breakdown.taxable', { unit: unitLabels[breakdown.volumeUnit] })}</Table.Th>
            <Table.Th w={180}>{t('breakdown.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={item.key} data-testid="royalties-breakdown-row" data-key={item.key} data-value={item.value} data-share={item.share}>
              <Table.Td c="dimmed">{index + 1}</Table.Td>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(item.royaltiesCop, 0)}
              </Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(item.royaltiesUsd, 2)}
              </Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {formatNumber(item.taxableVolume)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={item.share} barWidth={80} />
              </Table.Td>
            </Table.Tr>
          ))}
          {rest.count > 0 && (
            <Table.Tr data-testid="royalties-breakdown-rest" data-value={rest.value}>
              <Table.Td />
              <Table.Td c="dimmed">{t('breakdown.others', { count: rest.count })}</Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {rankedCurrency === 'COP' ? formatNumber(rest.value, 0) : ''}
              </Table.Td>
              <Table.Td ta="right" style={numericCellStyle}>
                {rankedCurrency === 'USD' ? formatNumber(rest.value, 2) : ''}
              </Table.Td>
              <Table.Td />
              <Table.Td>
                <ShareCell share={restShare} barWidth={80} />
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="royalties-breakdown-total" data-value={breakdown.total}>
            <Table.Th />
            <Table.Th>{t('breakdown.total')}</Table.Th>
            <Table.Th ta="right" style={numericCellStyle}>
              {rankedCurrency === 'COP' ? formatNumber(breakdown.total, 0) : ''}
            </Table.Th>
            <Table.Th ta="right" style={numericCellStyle}>
              {rankedCurrency === 'USD' ? formatNumber(breakdown.total, 2) : ''}
            </Table.Th>
            <Table.Th />
            <Table.Th>{breakdown.total > 0 ? formatShare(1) : ''}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
