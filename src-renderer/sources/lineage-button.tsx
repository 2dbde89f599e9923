import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { SourceId } from '../../src-shared/contract/sources';
import { useMessages } from '../i18n/language-context';
import { SourceFilesDrawer } from './source-files-drawer';
import { sourcesMessages } from './sources-messages';

/** The "¿De dónde sale este número?" action placed beside a chart or a figure. */
export function LineageButton({ sourceIds, subject }: { sourceIds: readonly SourceId[]; subject: string }) {
  const t = useMessages(sourcesMessages);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpened(true)} data-testid="lineage-button" aria-haspopup="dialog">
        {t('lineage.button')}
      </Button>
      {opened && <SourceFilesDrawer opened={opened} onClose={() => setOpened(false)} sourceIds={sourceIds} subject={subject} />}
    </>
  );
}

/**
 * The same action over a chart's top-right corner, where the chart's own title (drawn on the left)
 * leaves room; above the panel's loading veil, so it stays usable while a new answer loads.
 */
export function ChartLineageButton({ sourceIds, subject }: { sourceIds: readonly SourceId[]; subject: string }) {
  return (
    <Group pos="absolute" top={8} right={12} style={{ zIndex: 11 }}>
      <LineageButton sourceIds={sourceIds} subject={subject} />
    </Group>
  );
}
