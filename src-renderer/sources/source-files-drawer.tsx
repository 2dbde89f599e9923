import { Alert, Drawer, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { SourceId } from '../../src-shared/contract/sources';
import { ErrorNotice } from '../app/error-notice';
import { useCommandBatch } from '../client/use-command-batch';
import { useLocalized, useMessages } from '../i18n/language-context';
import { SourceFileDetails } from './source-file-details';
import { sourceLabels } from './source-labels';
import { sourcesMessages } from './sources-messages';

export interface SourceFilesDrawerProps {
  opened: boolean;
  onClose: () => void;
  /** The sources behind the numbers on screen. */
  sourceIds: readonly SourceId[];
  /** What the numbers are ("Producción fiscalizada, ene 2024 – oct 2025"), repeated as the drawer's subtitle. */
  subject: string;
}

/** "¿De dónde sale este número?": the files in use behind a chart or a figure, one section per source. */
export function SourceFilesDrawer({ opened, onClose, sourceIds, subject }: SourceFilesDrawerProps) {
  const t = useMessages(sourcesMessages);
  const localized = useLocalized();
  // Only asked once opened: most charts are never questioned.
  const inputs = useMemo(() => (opened ? sourceIds.map((sourceId) => ({ sourceId, includeSuperseded: false })) : null), [opened, sourceIds]);
  const files = useCommandBatch('sources.files', inputs);

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t('lineage.title')} closeButtonProps={{ 'aria-label': t('lineage.close') }}>
      <Stack gap="md" data-testid="source-files-drawer" data-loading={files.status === 'loading'}>
        <Text size="sm" c="dimmed">
          {subject}
        </Text>
        <Text size="sm">{t('lineage.explanation')}</Text>
        {files.status === 'error' ? (
          <ErrorNotice what={t('lineage.what')} error={files.error} onRetry={files.reload} />
        ) : files.data === null ? (
          <Loader size="sm" />
        ) : (
          sourceIds.map((sourceId, index) => {
            const list = files.data?.[index]?.files ?? [];
            return (
              <Stack key={sourceId} gap="xs" data-testid="source-files-section" data-source-id={sourceId}>
                <Title order={3} size="h5">
                  {localized(sourceLabels[sourceId])}
                </Title>
                {list.length === 0 ? (
                  <Alert variant="light" color="gray">
                    {t('lineage.noFiles')}
                  </Alert>
                ) : (
                  list.map((file) => <SourceFileDetails key={file.id} file={file} />)
                )}
              </Stack>
            );
          })
        )}
      </Stack>
    </Drawer>
  );
}
