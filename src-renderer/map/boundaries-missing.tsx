import { Anchor, Button, Code, EmptyState, List, Paper, Stack, Text } from '@mantine/core';
import type { MapLevel } from '../../src-shared/contract/map';
import { useLocalized, useMessages } from '../i18n/language-context';
import { formatHash } from '../router/hash-route';
import { mapLevelNouns, mapMessages } from './map-messages';

export const IMPORT_BOUNDARIES_HINT = 'npm run caudal -- import <archivo.geojson>';

/**
 * Shown instead of the map while no boundaries of the level are loaded (`map.boundaries` answers
 * not-found): an empty map would look like a country without gas. Says the two ways to get them.
 */
export function BoundariesMissing({ level, onRecheck, rechecking }: { level: MapLevel; onRecheck: () => void; rechecking: boolean }) {
  const t = useMessages(mapMessages);
  const localized = useLocalized();
  return (
    <Paper withBorder radius="md" p="xl" data-testid="map-boundaries-missing" data-level={level}>
      <EmptyState title={t('boundaries.title', { level: localized(mapLevelNouns[level].many) })} description={t('boundaries.description')}>
        <Stack gap="xs" align="center" mt="md">
          <List type="ordered" spacing={6} size="sm" maw={560}>
            <List.Item>
              {t('boundaries.refresh')}{' '}
              <Anchor href={formatHash({ page: 'fuentes', params: {} })} size="sm">
                {t('boundaries.openSources')}
              </Anchor>
            </List.Item>
            <List.Item>
              <Text size="sm" span>
                {t('boundaries.import')}
              </Text>
              <Code block mt={4}>
                {IMPORT_BOUNDARIES_HINT}
              </Code>
            </List.Item>
          </List>
          <Button variant="light" onClick={onRecheck} loading={rechecking} mt="xs">
            {t('boundaries.recheck')}
          </Button>
        </Stack>
      </EmptyState>
    </Paper>
  );
}
