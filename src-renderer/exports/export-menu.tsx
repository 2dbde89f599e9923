import { Button, Menu, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CsvOptions, ExportFormat } from '../../src-shared/contract/exports';
import { useClient } from '../client/client-context';
import { useMessages } from '../i18n/language-context';
import { pageChartPng } from './chart-snapshot';
import { exportMessages } from './export-messages';
import { ExportProgressModal } from './export-progress-modal';
import { newExportId, runExportFlow, type ExportState, type PageExport } from './export-flow';

export interface ExportMenuProps {
  /** The page's dataset, filters, unit and aggregate; null while the page cannot tell them yet. */
  request: PageExport | null;
  /** Put the page's chart in the workbook's "Resumen" sheet. */
  withChart?: boolean;
}

/** "Exportar" beside the page title: Excel or CSV of what the page shows, with its filters and unit. */
export function ExportMenu({ request, withChart = false }: ExportMenuProps) {
  const t = useMessages(exportMessages);
  const client = useClient();
  const [csv, setCsv] = useState<CsvOptions>({ separator: ';', decimal: ',' });
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const report = useCallback((next: ExportState) => {
    if (!mounted.current) return;
    // Progress keeps arriving after "Cancelar": the button stays in its cancelling state.
    setState((previous) => (next.phase === 'running' && previous.phase === 'running' && previous.cancelling ? { ...next, cancelling: true } : next));
  }, []);

  const start = (format: ExportFormat) => {
    if (!request) return;
    const chart = withChart && format === 'xlsx' ? pageChartPng() : undefined;
    void runExportFlow(client, request, { format, csv, chart }, report, newExportId());
  };
  const cancel = () => {
    if (state.phase !== 'running') return;
    setState({ ...state, cancelling: true });
    // The running `exports.create` then answers `cancelled`, which ends the flow.
    client.send('exports.cancel', { exportId: state.exportId }).catch(() => undefined);
  };
  const busy = state.phase === 'choosing' || state.phase === 'running';

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={260}>
        <Menu.Target>
          <Button variant="light" size="sm" disabled={!request || busy} loading={busy} data-testid="export-button">
            {t('menu.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="export-menu">
          <Menu.Label>{t('menu.label')}</Menu.Label>
          <Menu.Item onClick={() => start('xlsx')} data-testid="export-xlsx">
            {t('menu.xlsx')}
          </Menu.Item>
          <Menu.Item onClick={() => start('csv')} data-testid="export-csv">
            {t('menu.csv')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('menu.csvOptions')}</Menu.Label>
          <Stack gap={6} px="sm" pb="xs">
            <Text size="xs" c="dimmed">
              {t('menu.separator')}
            </Text>
            <SegmentedControl
              size="xs"
              fullWidth
              value={csv.separator}
              data-testid="export-csv-separator"
              // A comma separator cannot carry decimal commas (the contract refuses it): the decimal follows.
              onChange={(value) => setCsv(value === ',' ? { separator: ',', decimal: '.' } : { ...csv, separator: ';' })}
              data={[
                { value: ';', label: 'Punto y coma (;)' },
                { value: ',', label: 'Coma (,)' },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('menu.decimal')}
            </Text>
            <SegmentedControl
              size="xs"
              fullWidth
              value={csv.decimal}
              data-testid="export-csv-decimal"
              onChange={(value) => setCsv({ ...csv, decimal: value === ',' ? ',' : '.' })}
              data={[
                { value: ',', label: t('menu.decimalComma'), disabled: csv.separator === ',' },
                { value: '.', label: t('menu.decimalPoint') },
              ]}
            />
            {csv.separator === ',' && (
              <Text size="xs" c="dimmed">
                {t('menu.commaNeedsPoint')}
              </Text>
            )}
          </Stack>
        </Menu.Dropdown>
      </Menu>
      <ExportProgressModal state={state} onCancel={cancel} onClose={() => setState({ phase: 'idle' })} />
    </>
  );
}
