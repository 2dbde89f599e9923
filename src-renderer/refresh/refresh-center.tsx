import type { ReactNode } from 'react';
import { FileDropOverlay } from './file-drop-overlay';
import { ImportProvider } from './import-controller';
import { ImportSummaryModal } from './import-summary-modal';
import { RefreshNoticeToast } from './refresh-notice-toast';
import { RefreshProvider } from './refresh-provider';

/**
 * Refresh and import for the whole window: the live state every screen reads, the notice when a run
 * ends, files dropped anywhere, and the import summary. The shell wraps everything in it once.
 */
export function RefreshCenter({ children }: { children: ReactNode }) {
  return (
    <RefreshProvider>
      <ImportProvider>
        {children}
        <FileDropOverlay />
        <ImportSummaryModal />
        <RefreshNoticeToast />
      </ImportProvider>
    </RefreshProvider>
  );
}
