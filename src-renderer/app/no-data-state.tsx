import { Anchor, Button, Code, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import type { PeriodSource } from '../../src-shared/contract/catalog';
import type { Language, Localized } from '../i18n/define-messages';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { findPage } from '../pages/page-registry';
import { formatHash } from '../router/hash-route';
import { appMessages } from './app-messages';
import type { PageDataState } from './page-data';

export const IMPORT_COMMAND_HINT = 'npm run caudal -- import <carpeta>';

/** What each dataset is called in a sentence ("Aún no hay datos de {producción}"). */
const datasetNouns: Record<PeriodSource, Localized> = {
  production: { es: 'producción', en: 'production' },
  royalties: { es: 'regalías', en: 'royalty' },
  declaration: { es: 'declaraciones de producción', en: 'production declaration' },
  demand: { es: 'demanda proyectada', en: 'projected demand' },
};

/** The page that shows each dataset best: where the help sends the analyst for data that is loaded. */
const datasetPages: Record<PeriodSource, string> = {
  production: 'produccion',
  royalties: 'regalias',
  declaration: 'balance',
  demand: 'demanda',
};

/** "producción o regalías", "regalías y demanda proyectada": the language's own list words. */
function nounList(sources: readonly PeriodSource[], language: Language, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(language, { type }).format(sources.map((source) => datasetNouns[source][language]));
}

export interface NoDataStateProps {
  state: Exclude<PageDataState, { kind: 'ready' }>;
  onRecheck: () => void;
  rechecking: boolean;
}

/**
 * Shown instead of a page while none of its datasets is loaded: says what to do next, not just "no data".
 * When other datasets are loaded it names them and links to their pages, so a database with royalties
 * and no production never looks empty.
 */
export function NoDataState({ state, onRecheck, rechecking }: NoDataStateProps) {
  const t = useMessages(appMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const needs = state.kind === 'missing' ? nounList(state.needs, language, 'disjunction') : '';
  return (
    <Paper withBorder radius="md" p="xl" data-testid="empty-state" data-kind={state.kind} data-loaded={state.kind === 'missing' ? state.loaded.join(',') : ''}>
      <EmptyState
        title={state.kind === 'missing' ? t('missing.title', { needs }) : t('empty.title')}
        description={state.kind === 'missing' ? t('missing.description', { needs }) : t('empty.description')}
      >
        <Stack gap="xs" align="center" mt="md">
          {state.kind === 'missing' && (
            <Group gap="sm" justify="center" data-testid="empty-state-loaded">
              <Text size="sm">{t('missing.loaded', { loaded: nounList(state.loaded, language, 'conjunction') })}</Text>
              {state.loaded.map((source) => {
                const page = findPage(datasetPages[source]);
                return page ? (
                  <Anchor key={source} href={formatHash({ page: page.id, params: {} })} size="sm" data-testid="empty-state-open" data-source={source}>
                    {t('missing.open', { page: localized(page.label) })}
                  </Anchor>
                ) : null;
              })}
            </Group>
          )}
          <Text size="sm" c="dimmed">
            {t('empty.importHint')}
          </Text>
          <Code block>{IMPORT_COMMAND_HINT}</Code>
          <Button variant="light" onClick={onRecheck} loading={rechecking} mt="xs">
            {t('empty.recheck')}
          </Button>
          <Anchor href={formatHash({ page: 'fuentes', params: {} })} size="sm">
            {t('empty.sources')}
          </Anchor>
        </Stack>
      </EmptyState>
    </Paper>
  );
}
