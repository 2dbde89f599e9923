import { Button, Popover } from '@mantine/core';
import { useState } from 'react';
import { useMessages } from '../i18n/language-context';
import { formatPercent } from '../refresh/describe-progress';
import { useRefresh } from '../refresh/refresh-context';
import { refreshMessages } from '../refresh/refresh-messages';
import { RefreshProgress } from '../refresh/refresh-progress';

/**
 * "Actualizar datos" in the header, on every page: starts a refresh of every source. While a run goes
 * it shows the overall percentage and opens the live progress, with cancel, beneath it.
 */
export function RefreshHeaderButton() {
  const t = useMessages(refreshMessages);
  const { view, starting, start } = useRefresh();
  const [opened, setOpened] = useState(false);
  const run = view.run;

  if (!run) {
    return (
      <Button size="xs" onClick={() => void start()} loading={starting} data-testid="refresh-all" data-state={starting ? 'starting' : 'idle'}>
        {t('button.refreshAll')}
      </Button>
    );
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={420} shadow="md" withArrow trapFocus={false}>
      <Popover.Target>
        <Button
          size="xs"
          variant="light"
          onClick={() => setOpened((open) => !open)}
          title={t('button.showProgress')}
          aria-expanded={opened}
          data-testid="refresh-all"
          data-state="running"
        >
          {run.kind === 'import' ? t('button.importing') : t('button.refreshing', { percent: formatPercent(run.fraction) })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="refresh-popover">
        <RefreshProgress run={run} />
      </Popover.Dropdown>
    </Popover>
  );
}
