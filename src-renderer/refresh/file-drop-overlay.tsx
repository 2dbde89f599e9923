import { Overlay, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/language-context';
import { carriesFiles, filesFromDrop } from './dropped-files';
import { useImport } from './import-controller';
import { refreshMessages } from './refresh-messages';

/**
 * Files or folders dragged anywhere onto the window are imported: while they hover, the whole window
 * says so. Without this, a browser would open a dropped workbook in place of the app.
 */
export function FileDropOverlay() {
  const t = useMessages(refreshMessages);
  const { importFiles } = useImport();
  const [hovering, setHovering] = useState(false);
  // dragenter/dragleave fire for every child crossed: the window is left when they balance out.
  const depth = useRef(0);

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth.current += 1;
      setHovering(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setHovering(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setHovering(false);
      // The drop's contents are readable only during the event: both lists are taken now.
      const plainFiles = [...event.dataTransfer.files];
      void filesFromDrop(event.dataTransfer).then(importFiles, () => importFiles(plainFiles));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  if (!hovering) return null;
  return (
    <Overlay fixed zIndex={500} backgroundOpacity={0.55} blur={2} center data-testid="file-drop-overlay">
      <Paper withBorder radius="lg" p="xl" shadow="xl" maw={520} style={{ borderStyle: 'dashed', borderWidth: 3, pointerEvents: 'none' }}>
        <Stack gap="xs" align="center">
          <Title order={2} size="h3" ta="center">
            {t('import.dropTitle')}
          </Title>
          <Text size="sm" c="dimmed" ta="center">
            {t('import.dropHint')}
          </Text>
        </Stack>
      </Paper>
    </Overlay>
  );
}
