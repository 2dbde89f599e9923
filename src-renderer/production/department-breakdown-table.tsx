import { Group, Progress, Table, Text } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import { formatNumber, formatShare } from '../format/number-format';

export interface DepartmentBreakdownTableProps {
  breakdown: CommandOutput<'production.breakdown'>;
  loading?: boolean;
}

/**
 * The top departments with their volume, average rate and share, then the rest and the total, so the
 * column sums can be checked by eye. Raw values sit in `data-*` attributes for tests.
 */
export function DepartmentBreakdownTable({ breakdown, loading = false }: DepartmentBreakdownTableProps) {
  const { items, rest } = breakdown;
  const restShare = breakdown.totalVolumeMpc > 0 ? rest.volumeMpc / breakdown.totalVolumeMpc : 0;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="department-breakdown" data-rows={items.length} data-loading={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Departamento</Table.Th>
            <Table.Th ta="right">Volumen (MPC)</Table.Th>
            <Table.Th ta="right">Tasa media (MPCD)</Table.Th>
            <Table.Th w={200}>Participación</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr
              key={item.key}
              data-testid="department-breakdown-row"
              data-key={item.key}
              data-volume-mpc={item.volumeMpc}
              data-rate-mpcd={item.rateMpcd}
              data-share={item.share}
            >
              <Table.Td c="dimmed">{index + 1}</Table.Td>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(item.volumeMpc)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(item.rateMpcd)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={item.share} />
              </Table.Td>
            </Table.Tr>
          ))}
          {rest.count > 0 && (
            <Table.Tr data-testid="department-breakdown-rest" data-volume-mpc={rest.volumeMpc} data-rate-mpcd={rest.rateMpcd}>
              <Table.Td />
              <Table.Td c="dimmed">
                Otros ({rest.count} {rest.count === 1 ? 'departamento' : 'departamentos'})
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(rest.volumeMpc)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(rest.rateMpcd)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={restShare} />
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="department-breakdown-total" data-volume-mpc={breakdown.totalVolumeMpc} data-rate-mpcd={breakdown.totalRateMpcd}>
            <Table.Th />
            <Table.Th>Total</Table.Th>
            <Table.Th ta="right" style={numeric}>
              {formatNumber(breakdown.totalVolumeMpc)}
            </Table.Th>
            <Table.Th ta="right" style={numeric}>
              {formatNumber(breakdown.totalRateMpcd)}
            </Table.Th>
            <Table.Th>{breakdown.totalVolumeMpc > 0 ? formatShare(1) : ''}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

// Tabular figures keep the decimal commas of a column aligned.
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function ShareCell({ share }: { share: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={Math.min(100, Math.max(0, share * 100))} size="sm" w={100} aria-hidden />
      <Text size="sm" style={numeric}>
        {formatShare(share)}
      </Text>
    </Group>
  );
}
