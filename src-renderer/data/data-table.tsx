import { Button, Table, UnstyledButton } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import type { DatasetColumn } from '../../src-shared/contract/data';
import { useLanguage, useMessages } from '../i18n/language-context';
import { columnHeader, formatCell, isNumericColumn } from './cell-format';
import { dataMessages } from './data-messages';
import type { DataView } from './data-route';

export interface DataTableProps {
  answer: CommandOutput<'data.rows'>;
  sort: DataView['sort'];
  showLineageColumns: boolean;
  loading: boolean;
  onSort: (column: string) => void;
  onLineage: (rowKey: string, rowLabel: string) => void;
}

/** One page of rows: sortable headers (aria-sort), es-CO numbers, and each row's origin on demand. */
export function DataTable({ answer, sort, showLineageColumns, loading, onSort, onLineage }: DataTableProps) {
  const t = useMessages(dataMessages);
  const { language } = useLanguage();
  const shown = answer.columns.map((column, index) => ({ column, index })).filter(({ column }) => showLineageColumns || !column.lineage);
  // The row's name in the drawer: its period and first names (the searchable text columns), not its codes.
  const labelColumns = shown.filter(({ column }) => column.type === 'month' || (column.type === 'text' && column.searchable)).slice(0, 3);
  const appliedSort = sort ?? null;

  return (
    <Table.ScrollContainer minWidth={Math.max(640, shown.length * 120)}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" stickyHeader data-testid="data-table" data-total={answer.total} data-loading={loading}>
        <Table.Thead>
          <Table.Tr>
            {shown.map(({ column }) => (
              <HeaderCell key={column.id} column={column} label={columnHeader(column, language)} sort={appliedSort} onSort={onSort} sortLabel={t('rows.sortBy', { column: columnHeader(column, language) })} />
            ))}
            <Table.Th>{t('rows.lineage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {answer.rows.map((row) => {
            const rowLabel = labelColumns.map(({ column, index }) => formatCell(row.values[index] ?? null, column, language)).join(' · ');
            return (
              <Table.Tr key={row.key} data-testid="data-row" data-key={row.key} data-values={JSON.stringify(row.values)}>
                {shown.map(({ column, index }) => (
                  <Table.Td key={column.id} ta={isNumericColumn(column) ? 'right' : undefined} style={cellStyle(column)}>
                    {formatCell(row.values[index] ?? null, column, language)}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Button variant="subtle" size="compact-xs" onClick={() => onLineage(row.key, rowLabel)} aria-label={t('rows.lineageLabel', { row: rowLabel })} data-testid="data-row-lineage">
                    {t('rows.lineageButton')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const period = { whiteSpace: 'nowrap' } as const;
// Long names (operators, contracts) wrap within a readable width instead of stretching the table.
const text = { minWidth: 120, maxWidth: 280 } as const;

function cellStyle(column: DatasetColumn) {
  if (isNumericColumn(column)) return numeric;
  return column.type === 'text' ? text : period;
}

function HeaderCell({ column, label, sort, onSort, sortLabel }: { column: DatasetColumn; label: string; sort: DataView['sort']; onSort: (column: string) => void; sortLabel: string }) {
  const direction = sort?.column === column.id ? sort.direction : null;
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
  const arrow = direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : '';
  return (
    <Table.Th aria-sort={ariaSort} ta={isNumericColumn(column) ? 'right' : undefined} style={{ whiteSpace: 'nowrap' }} data-column={column.id}>
      {column.sortable ? (
        <UnstyledButton onClick={() => onSort(column.id)} fw={600} fz="sm" aria-label={sortLabel} data-testid="data-sort">
          {label}
          {arrow}
        </UnstyledButton>
      ) : (
        label
      )}
    </Table.Th>
  );
}
