import { Select } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { SourceSchedule } from '../../src-shared/contract/refresh';
import { defaultRefreshSchedules, refreshSchedules, type RefreshSchedule } from '../../src-shared/contract/settings';
import { toClientError } from '../client/client-error';
import { useClient } from '../client/client-context';
import { useMessages } from '../i18n/language-context';
import type { RefreshKey } from '../refresh/describe-progress';
import { useRefresh } from '../refresh/refresh-context';
import { refreshMessages } from '../refresh/refresh-messages';

export const scheduleKeys: Record<RefreshSchedule, RefreshKey> = {
  daily: 'schedule.daily',
  weekly: 'schedule.weekly',
  monthly: 'schedule.monthly',
  manual: 'schedule.manual',
};

function isSchedule(value: string | null): value is RefreshSchedule {
  return value !== null && (refreshSchedules as readonly string[]).includes(value);
}

/** How often the scheduler checks this source (`settings.update`); "Solo a mano" leaves it to the button. */
export function ScheduleSelect({ plan }: { plan: SourceSchedule }) {
  const t = useMessages(refreshMessages);
  const client = useClient();
  const { reloadStatus, report } = useRefresh();
  // Shown at once while the change is saved; the plan that comes back confirms it.
  const [pending, setPending] = useState<RefreshSchedule | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = pending ?? plan.schedule;
  useEffect(() => {
    if (pending === plan.schedule) setPending(null);
  }, [pending, plan.schedule]);
  const options = useMemo(
    () =>
      refreshSchedules.map((value) => {
        const label = t(scheduleKeys[value]);
        return { value, label: value === defaultRefreshSchedules[plan.sourceId] ? t('schedule.default', { label }) : label };
      }),
    [t, plan.sourceId],
  );

  const change = async (value: string | null) => {
    if (!isSchedule(value) || value === plan.schedule) return;
    setPending(value);
    setSaving(true);
    try {
      await client.send('settings.update', { schedules: { [plan.sourceId]: value } });
    } catch (error) {
      setPending(null);
      report(t('schedule.saveFailed'), toClientError('settings.update', error));
    } finally {
      setSaving(false);
      // The next run moves with the schedule; until the new plan arrives the choice stays shown.
      reloadStatus();
    }
  };

  return (
    <Select
      label={t('schedule.label')}
      data={options}
      value={shown}
      onChange={(value) => void change(value)}
      allowDeselect={false}
      disabled={saving}
      size="xs"
      w={220}
      data-testid="schedule-select"
      data-schedule={shown}
    />
  );
}
