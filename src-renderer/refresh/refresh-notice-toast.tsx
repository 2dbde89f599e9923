import { Affix, Anchor, Notification, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { RunStatus } from '../../src-shared/contract/refresh';
import { useMessages } from '../i18n/language-context';
import { formatHash } from '../router/hash-route';
import { useImport } from './import-controller';
import { useRefresh } from './refresh-context';
import { refreshMessages } from './refresh-messages';

const statusColors: Record<RunStatus, string> = { ok: 'teal', partial: 'yellow', failed: 'red', cancelled: 'orange' };

/** A run that went well needs no answer: its notice steps aside after a while. Problems stay until closed. */
const OK_NOTICE_MS = 20_000;

/**
 * The in-app notice when a run ends — the service's own words (what changed: new periods, rows, errors)
 * — or when an action was refused. Errors stay until closed: an analyst who looked away still reads
 * them. The end of an import whose summary dialog is open is not repeated here.
 */
export function RefreshNoticeToast() {
  const t = useMessages(refreshMessages);
  const { notice, dismissNotice } = useRefresh();
  const { session } = useImport();
  const fades = notice?.kind === 'run' && notice.event.status === 'ok';
  const noticeId = notice?.id ?? null;
  useEffect(() => {
    if (!fades) return;
    const timer = setTimeout(dismissNotice, OK_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [fades, noticeId, dismissNotice]);
  if (!notice) return null;
  if (notice.kind === 'run' && notice.event.kind === 'import' && session !== null) return null;

  const title = notice.kind === 'run' ? notice.event.notice.title : notice.title;
  const body = notice.kind === 'run' ? notice.event.notice.body : notice.error.message;
  const color = notice.kind === 'run' ? statusColors[notice.event.status] : 'red';
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={400}>
      <Notification
        key={notice.id}
        title={title}
        color={color}
        onClose={dismissNotice}
        closeButtonProps={{ 'aria-label': t('toast.close') }}
        role={notice.kind === 'error' ? 'alert' : 'status'}
        w={380}
        maw="calc(100vw - 32px)"
        withBorder
        data-testid="refresh-notice"
        data-kind={notice.kind}
        data-status={notice.kind === 'run' ? notice.event.status : 'error'}
      >
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {body}
        </Text>
        {notice.kind === 'run' && notice.event.kind === 'refresh' && (
          <Anchor href={formatHash({ page: 'fuentes', params: {} })} size="sm" onClick={dismissNotice}>
            {t('toast.seeSources')}
          </Anchor>
        )}
      </Notification>
    </Affix>
  );
}
