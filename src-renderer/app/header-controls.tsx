import { Button, Group, SegmentedControl, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { languages, type Language } from '../i18n/define-messages';
import { useLanguage, useMessages } from '../i18n/language-context';
import { appMessages } from './app-messages';

/** Language (ES/EN) and light/dark theme, both remembered between launches. */
export function HeaderControls() {
  const t = useMessages(appMessages);
  const { language, setLanguage } = useLanguage();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('app.language')}
        data={languages.map((value) => ({ value, label: value.toUpperCase() }))}
        value={language}
        onChange={(value) => setLanguage(languages.find((l) => l === value) ?? ('es' satisfies Language))}
        data-testid="language-switch"
      />
      <Button
        size="xs"
        variant="default"
        onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
        aria-label={t('app.themeToggle')}
        data-testid="theme-switch"
        data-scheme={scheme}
      >
        {scheme === 'dark' ? t('app.themeLight') : t('app.themeDark')}
      </Button>
    </Group>
  );
}
