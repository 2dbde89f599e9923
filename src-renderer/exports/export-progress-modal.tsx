import { Alert, Button, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ExportProgress } from '../../src-shared/contract/exports';
import { toClientError, type ClientError } from '../client/client-error';
import { useClient } from '../client/client-context';
import { formatNumber } from '../format/number-format';
import { useLanguage, useMessages, type Translate } from '../i18n/language-context';
import { exportMessages } from './export-messages';
import { fileSize, type ExportState } from './export-flow';

export interface ExportProgressModalProps {
  state: ExportState;
  onCancel(): void;
  onClose(): void;
}

/** The export's dialog: progress with "Cancelar" while it runs, then the file with "Abrir" and "Mostrar en carpeta". */
export function ExportProgressModal({ state, onCancel, onClose }: ExportProgressModalProps) {
  const t = useMessages(exportMessages);
  const running = state.phase === 'running';
  // The dialog stays while the export runs: closing it means cancelling, said by the button.
  const opened = state.phase === 'running' || state.phase === 'done' || state.phase === 'cancelled' || state.phase === 'failed';
  return (
    <Modal opened={opened} onClose={running ? onCancel : onClose} title={t('modal.title')} size="md" closeOnClickOutside={!running} closeButtonProps={{ 'aria-label': t('modal.close') }}>
      <Stack gap="sm" data-testid="export-dialog" data-phase={state.phase}>
        <ExportDialogBody state={state} onCancel={onCancel} onClose={onClose} />
      </Stack>
    </Modal>
  );
}

function ExportDialogBody({ state, onCancel, onClose }: ExportProgressModalProps) {
  const t = useMessages(exportMessages);
  const { language } = useLanguage();
  switch (state.phase) {
    case 'idle':
    case 'choosing':
      return null;
    case 'running':
      return (
        <>
          <Group gap="xs" wrap="nowrap">
            <Loader size="sm" />
            <Text size="sm" data-testid="export-progress-text">
              {progressText(state.progress, t)}
            </Text>
          </Group>
          <Progress value={progressPercent(state.progress)} striped animated aria-label={t('modal.title')} data-testid="export-progress" />
          {state.progress?.etaSeconds != null && (
            <Text size="xs" c="dimmed">
              {t('modal.eta', { seconds: formatNumber(Math.ceil(state.progress.etaSeconds), 0) })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={state.cancelling} data-testid="export-cancel">
              {state.cancelling ? t('modal.cancelling') : t('modal.cancel')}
            </Button>
          </Group>
        </>
      );
    case 'done':
      return (
        <>
          <Alert color="teal" variant="light" title={t('done.title')} data-testid="export-done">
            <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="export-path">
              {state.result.path}
            </Text>
            <Text size="xs" c="dimmed">
              {t('done.rows', { rows: formatNumber(state.result.rows, 0), size: fileSize(state.result.bytes, language) })}
            </Text>
          </Alert>
          <RevealButtons path={state.result.path} onClose={onClose} />
        </>
      );
    case 'cancelled':
      return (
        <Alert color="gray" variant="light" title={t('cancelled.title')} data-testid="export-cancelled">
          {t('cancelled.body')}
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" title={t('failed.title')} data-testid="export-error" data-code={state.error.code}>
          {state.error.message}
        </Alert>
      );
  }
}

function RevealButtons({ path, onClose }: { path: string; onClose(): void }) {
  const t = useMessages(exportMessages);
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const reveal = (action: 'open' | 'show') => {
    setError(null);
    client.send('exports.reveal', { path, action }).catch((failure: unknown) => setError(toClientError('exports.reveal', failure)));
  };
  return (
    <>
      {error && (
        <Alert color="red" variant="light" title={t('reveal.failed')} data-testid="export-reveal-error">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('modal.close')}
        </Button>
        <Button variant="light" onClick={() => reveal('show')} data-testid="export-show">
          {t('done.show')}
        </Button>
        <Button onClick={() => reveal('open')} data-testid="export-open">
          {t('done.open')}
        </Button>
      </Group>
    </>
  );
}

function progressPercent(progress: ExportProgress | null): number {
  if (!progress) return 0;
  switch (progress.phase) {
    case 'preparing':
      return 2;
    case 'rows':
      return progress.rowsTotal > 0 ? Math.min(90, (progress.rowsDone / progress.rowsTotal) * 90) : 10;
    case 'sheets':
      return 92;
    case 'finishing':
    case 'done':
    case 'cancelled':
    case 'failed':
      return 98;
  }
}

function progressText(progress: ExportProgress | null, t: Translate<keyof (typeof exportMessages)['es']>): string {
  if (!progress) return t('modal.preparing');
  switch (progress.phase) {
    case 'preparing':
      return t('modal.preparing');
    case 'rows':
      return t('modal.rows', { done: formatNumber(progress.rowsDone, 0), total: formatNumber(progress.rowsTotal, 0) });
    case 'sheets':
      return progress.sheet ? t('modal.sheet', { sheet: progress.sheet }) : t('modal.finishing');
    case 'finishing':
    case 'done':
    case 'cancelled':
    case 'failed':
      return t('modal.finishing');
  }
}
