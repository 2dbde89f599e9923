import { AppShell, Group, Text, Title } from '@mantine/core';
import { FirstScreen } from './first-screen';

export function App() {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3">
            Caudal — Gas natural de Colombia
          </Title>
          <Text size="sm" c="dimmed" visibleFrom="sm">
            Producción fiscalizada · datos oficiales
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <FirstScreen />
      </AppShell.Main>
    </AppShell>
  );
}
