import { Button, Code, EmptyState, Paper, Stack, Text } from '@mantine/core';

export const IMPORT_COMMAND_HINT = 'npm run caudal -- import <carpeta>';

/** Shown while the database holds no production at all: says what to do next, not just "no data". */
export function NoDataState({ onRecheck, rechecking }: { onRecheck: () => void; rechecking: boolean }) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid="empty-state">
      <EmptyState
        title="Aún no hay datos de producción"
        description="Importe archivos o actualice las fuentes para ver la producción fiscalizada de gas."
      >
        <Stack gap="xs" align="center" mt="md">
          <Text size="sm" c="dimmed">
            Para importar los libros de la ANH que ya descargó, ejecute en una terminal:
          </Text>
          <Code block>{IMPORT_COMMAND_HINT}</Code>
          <Button variant="light" onClick={onRecheck} loading={rechecking} mt="xs">
            Volver a consultar
          </Button>
        </Stack>
      </EmptyState>
    </Paper>
  );
}
