import { Alert, Group, LoadingOverlay, Pagination, Paper, Select, Skeleton, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { datasetIds, type DatasetId } from '../../src-shared/contract/data';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { formatNumber } from '../format/number-format';
import { unitLabel } from '../format/units';
import type { MessageKey } from '../i18n/define-messages';
import { useLanguage, useMessages } from '../i18n/language-context';
import { filterMessages } from '../filters/filter-messages';
import { DataExportActions } from '../exports/page-export-actions';
import { definePage } from '../pages/page-definition';
import { useHashRouter } from '../router/use-hash-route';
import { dataMessages } from './data-messages';
import { dataPageSizes, datasetFilterKeys, dataViewParams, nextSort, parseDataView, type DataView } from './data-route';
import { dataRowsInput } from './data-rows-input';
import { DataTable } from './data-table';
import { RowLineageDrawer } from './row-lineage-drawer';

const ignoredFilterLabels: Readonly<Record<string, MessageKey<typeof filterMessages>>> = {
  from: 'period.from',
  to: 'period.to',
  departments: 'departments.label',
  municipalities: 'municipalities.label',
  operators: 'operators.label',
  fields: 'fields.label',
  contracts: 'contracts.label',
  sectors: 'sectors.label',
  regions: 'regions.label',
  edition: 'edition.label',
};

/** Until `data.datasets` answers, the selector still offers every dataset by its Spanish name. */
const fallbackTitles: Record<DatasetId, { es: string; en: string }> = {
  production: { es: 'Producción fiscalizada', en: 'Audited production' },
  royalties: { es: 'Regalías', en: 'Royalties' },
  declaration: { es: 'Declaración de producción', en: 'Production declaration' },
  demand: { es: 'Proyección de demanda', en: 'Demand projection' },
};

/** Datos: any dataset, row by row, with the bar's filters, sorting, search, paging and each row's origin. */
function DataPage() {
  const t = useMessages(dataMessages);
  const filterT = useMessages(filterMessages);
  const { language } = useLanguage();
  const { route, setParams } = useHashRouter();
  // The service names ignored filters by their contract names; the analyst knows them by the bar's labels.
  const filterName = (name: string) => {
    const key = ignoredFilterLabels[name];
    return key ? filterT(key) : name;
  };
  const { dataVersion } = useWorkspace();
  const view = useMemo(() => parseDataView(route.params), [route.params]);
  const change = useCallback((changes: Partial<DataView>) => setParams(dataViewParams({ ...view, ...changes })), [view, setParams]);
  const page = usePageFilters();
  const datasets = useCommand('data.datasets', {}, dataVersion);
  const dataset = datasets.data?.datasets.find((candidate) => candidate.id === view.dataset) ?? null;

  // The box answers every keystroke; the query (and the URL) only a settled search.
  const [search, setSearch] = useState(view.search);
  const writeSearch = useDebouncedCallback((text: string) => change({ search: text, page: 1 }), 300);
  useEffect(() => setSearch(view.search), [view.search]);

  const [showLineageColumns, setShowLineageColumns] = useState(false);
  const [lineageRow, setLineageRow] = useState<{ key: string; label: string } | null>(null);

  const input = useMemo(
    () => dataRowsInput(view, { facts: page.facts, edition: page.edition, scenario: page.scenario, sectors: page.sectors, regions: page.regions }),
    [view, page.facts, page.edition, page.scenario, page.sectors, page.regions],
  );
  const rows = useCommand('data.rows', input, dataVersion);
  const answer = rows.data;
  const pages = answer ? Math.max(1, Math.ceil(answer.total / view.pageSize)) : 1;
  const first = answer && answer.total > 0 ? answer.offset + 1 : 0;
  const last = answer ? answer.offset + answer.rows.length : 0;

  const datasetOptions = datasetIds.map((id) => {
    const described = datasets.data?.datasets.find((candidate) => candidate.id === id);
    return { value: id, label: described ? (language === 'es' ? described.title : described.titleEn) : fallbackTitles[id][language] };
  });
  const unitOptions = (dataset?.units ?? []).map((unit) => ({ value: unit, label: unitLabel(unit) }));

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('controls.dataset')}
            data={datasetOptions}
            value={view.dataset}
            // Another dataset has other columns and units: sort, unit and page start over.
            onChange={(value) => {
              const next = datasetIds.find((id) => id === value);
              if (next) change({ dataset: next, unit: null, sort: null, page: 1 });
            }}
            allowDeselect={false}
            w={260}
            data-testid="data-dataset"
          />
          <Select
            label={t('controls.unit')}
            data={unitOptions}
            value={view.unit && dataset?.units.includes(view.unit) ? view.unit : (dataset?.defaultUnit ?? null)}
            onChange={(unit) => unit && change({ unit: unit === dataset?.defaultUnit ? null : unit, page: 1 })}
            allowDeselect={false}
            disabled={unitOptions.length === 0}
            w={130}
            data-testid="data-unit"
          />
          <TextInput
            label={t('controls.search')}
            placeholder={t('controls.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              writeSearch(event.currentTarget.value);
            }}
            maxLength={200}
            style={{ flex: '1 1 220px', maxWidth: 360 }}
            data-testid="data-search"
          />
          <Select
            label={t('controls.pageSize')}
            data={dataPageSizes.map((size) => ({ value: String(size), label: String(size) }))}
            value={String(view.pageSize)}
            onChange={(value) => change({ pageSize: dataPageSizes.find((size) => String(size) === value) ?? view.pageSize, page: 1 })}
            allowDeselect={false}
            w={120}
            data-testid="data-page-size"
          />
          <Switch
            label={t('rows.showLineageColumns')}
            checked={showLineageColumns}
            onChange={(event) => setShowLineageColumns(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
      </Paper>
      {datasets.status === 'error' && <ErrorNotice what={t('datasets.what')} error={datasets.error} onRetry={datasets.reload} />}
      <Paper withBorder radius="md" p="md" pos="relative">
        {rows.status === 'error' ? (
          <ErrorNotice what={t('rows.what')} error={rows.error} onRetry={rows.reload} />
        ) : answer === null ? (
          <Skeleton height={360} data-testid="data-loading" />
        ) : (
          <Stack gap="sm">
            <LoadingOverlay visible={rows.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            <Text size="sm" data-testid="data-count" data-total={answer.total}>
              {answer.total === 0 ? t('rows.count', { total: 0 }) : t('rows.range', { first: formatNumber(first, 0), last: formatNumber(last, 0), total: formatNumber(answer.total, 0) })}
            </Text>
            {answer.ignoredFilters.length > 0 && (
              <Alert variant="light" color="yellow" data-testid="data-ignored-filters">
                {t('rows.ignored', { filters: answer.ignoredFilters.map((name) => filterName(name)).join(', ') })}
              </Alert>
            )}
            {answer.notes.map((note) => (
              <Text key={note} size="xs" c="dimmed">
                {note}
              </Text>
            ))}
            {answer.rows.length === 0 ? (
              <Stack gap={2} data-testid="data-no-results">
                <Text fw={600}>{t('rows.none')}</Text>
                <Text size="sm" c="dimmed">
                  {t('rows.noneHint')}
                </Text>
              </Stack>
            ) : (
              <DataTable
                answer={answer}
                sort={view.sort}
                showLineageColumns={showLineageColumns}
                loading={rows.status === 'loading'}
                onSort={(column) => change({ sort: nextSort(view.sort, column), page: 1 })}
                onLineage={(key, label) => setLineageRow({ key, label })}
              />
            )}
            {pages > 1 && (
              <Pagination total={pages} value={Math.min(view.page, pages)} onChange={(next) => change({ page: next })} size="sm" aria-label={t('rows.page')} data-testid="data-pagination" />
            )}
          </Stack>
        )}
      </Paper>
      <RowLineageDrawer dataset={view.dataset} rowKey={lineageRow?.key ?? null} rowLabel={lineageRow?.label ?? ''} onClose={() => setLineageRow(null)} />
    </Stack>
  );
}

export const dataPage = definePage({
  id: 'datos',
  label: { es: 'Datos', en: 'Data' },
  summary: {
    es: 'Las filas de cada conjunto de datos con los filtros activos, y de qué archivo, hoja y fila sale cada una.',
    en: 'The rows of each dataset with the active filters, and which file, sheet and row each one comes from.',
  },
  filters: (params) => datasetFilterKeys[parseDataView(params).dataset],
  // Each dataset's own months: the period filter of the royalties table reaches royalty-only months.
  periodSource: (params) => parseDataView(params).dataset,
  needsData: [],
  Component: DataPage,
  Actions: DataExportActions,
});
