import { Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formatTimestamp } from '../format/period-format';
import { useLanguage, useMessages } from '../i18n/language-context';
import { describeFilters } from './describe-filters';
import { filterMessages } from './filter-messages';
import { useFilters } from './filters-context';
import { findView, MAX_SAVED_VIEWS, MAX_VIEW_NAME_LENGTH, saveViewProblem } from './saved-views';

/** Saves the current filters under a name, and applies or deletes the saved ones. */
export function SavedViewsButton() {
  const t = useMessages(filterMessages);
  const { language } = useLanguage();
  const { views, saveView, applyView, deleteView } = useFilters();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = saveViewProblem(views, name);
  const replaces = problem === null && findView(views, name) !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    saveView(name);
    setName('');
    setTouched(false);
  };

  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} aria-haspopup="dialog" data-testid="saved-views-button">
        {views.length > 0 ? t('views.buttonCount', { count: views.length }) : t('views.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('views.title')} size="lg">
        <Stack gap="md" data-testid="saved-views">
          <Text size="sm" c="dimmed">
            {t('views.intro')}
          </Text>
          <form onSubmit={submit} noValidate>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={t('views.name')}
                placeholder={t('views.namePlaceholder')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={touched && problem ? t(`views.problem.${problem}`, { max: problem === 'too-many' ? MAX_SAVED_VIEWS : MAX_VIEW_NAME_LENGTH }) : undefined}
                description={replaces ? t('views.replaceHint') : undefined}
                maxLength={MAX_VIEW_NAME_LENGTH + 10}
                style={{ flex: 1 }}
                data-testid="saved-views-name"
              />
              <Button type="submit" mt={25} data-testid="saved-views-save">
                {t('views.save')}
              </Button>
            </Group>
          </form>
          {views.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="saved-views-none">
              {t('views.none')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {views.map((view) => (
                <Paper key={view.name} withBorder p="xs" radius="md" component="li" data-testid="saved-view" data-name={view.name}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm" truncate>
                        {view.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {describeFilters(view.filters, language)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('views.savedAt', { when: formatTimestamp(view.savedAt, language) })}
                      </Text>
                    </Stack>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        onClick={() => {
                          applyView(view.name);
                          setOpened(false);
                        }}
                        aria-label={t('views.applyLabel', { name: view.name })}
                        data-testid="saved-view-apply"
                      >
                        {t('views.apply')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => deleteView(view.name)}
                        aria-label={t('views.deleteLabel', { name: view.name })}
                        data-testid="saved-view-delete"
                      >
                        {t('views.delete')}
                      </Button>
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </Stack>
      </Modal>
    </>
  );
}
