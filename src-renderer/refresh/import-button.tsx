import { Button, FileButton, Tooltip } from '@mantine/core';
import { useRef, type ComponentProps } from 'react';
import { useMessages } from '../i18n/language-context';
import { useImport } from './import-controller';
import { isBusy, useRefresh } from './refresh-context';
import { refreshMessages } from './refresh-messages';

/** "Importar archivos…": the computer's file picker, several files at once; the summary dialog follows. */
export function ImportButton() {
  const t = useMessages(refreshMessages);
  const refresh = useRefresh();
  const { importFiles, session } = useImport();
  const reset = useRef<() => void>(null);
  const busy = isBusy(refresh) || session?.phase === 'sending';
  return (
    <FileButton
      multiple
      resetRef={reset}
      disabled={busy}
      onChange={(files) => {
        // Reset first: choosing the same files again must import them again.
        reset.current?.();
        void importFiles(files);
      }}
      inputProps={inputProps(t('import.button'))}
    >
      {(props) => (
        <Tooltip label={t('button.busyHint')} disabled={!busy} withArrow>
          <Button {...props} variant="default" disabled={busy} data-testid="import-button">
            {t('import.button')}
          </Button>
        </Tooltip>
      )}
    </FileButton>
  );
}

/** The hidden input keeps a name and a test id (end-to-end tests hand it files directly). */
function inputProps(label: string): ComponentProps<'input'> & Record<`data-${string}`, string> {
  return { 'aria-label': label, 'data-testid': 'import-input' };
}
