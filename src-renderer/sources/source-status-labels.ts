import type { SourceAttempt } from '../../src-shared/contract/etl-sources';
import type { MessageKey } from '../i18n/define-messages';
import type { sourcesMessages } from './sources-messages';

/** How a source's attempt ended, and what started it, in the words and colours of the Fuentes page. */

type SourcesKey = MessageKey<typeof sourcesMessages>;

export const sourceStatusKeys: Record<SourceAttempt['status'], SourcesKey> = {
  running: 'status.running',
  updated: 'status.updated',
  unchanged: 'status.unchanged',
  partial: 'status.partial',
  failed: 'status.failed',
  cancelled: 'status.cancelled',
};

export const sourceStatusColors: Record<SourceAttempt['status'], string> = {
  running: 'blue',
  updated: 'teal',
  unchanged: 'gray',
  partial: 'yellow',
  failed: 'red',
  cancelled: 'orange',
};

export const triggerKeys: Record<SourceAttempt['trigger'], SourcesKey> = {
  'cli-import': 'trigger.cli-import',
  'app-import': 'trigger.app-import',
  button: 'trigger.button',
  schedule: 'trigger.schedule',
  'cli-refresh': 'trigger.cli-refresh',
};
