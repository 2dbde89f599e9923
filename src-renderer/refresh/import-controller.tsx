import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { toClientError, type ClientError } from '../client/client-error';
import { useClient } from '../client/client-context';
import { formatBytes } from '../format/number-format';
import { useMessages } from '../i18n/language-context';
import { bytesToBase64, localFailure, mergeImports, planBatches, uploadLimits, type ImportedFile, type ImportSummary } from './import-batches';
import { refreshMessages } from './refresh-messages';

/** Where an import by hand is, as its dialog shows it. */
export type ImportSession =
  | { readonly phase: 'empty' }
  | { readonly phase: 'sending'; readonly fileCount: number; readonly batch: number; readonly batches: number }
  | { readonly phase: 'done'; readonly summary: ImportSummary }
  /** A request failed (a run already going, the service stopped…); what was imported before stays listed. */
  | { readonly phase: 'failed'; readonly error: ClientError; readonly summary: ImportSummary };

export interface ImportControls {
  readonly session: ImportSession | null;
  /** Imports the files chosen or dropped; the dialog follows it. */
  importFiles(files: readonly File[]): Promise<void>;
  close(): void;
}

const ImportContext = createContext<ImportControls | null>(null);

export function useImport(): ImportControls {
  const controls = useContext(ImportContext);
  if (!controls) throw new Error('useImport necesita un <ImportProvider> más arriba en el árbol');
  return controls;
}

/** True inside the desktop app (the preload's IPC bridge); false in a browser on `caudal serve`. */
function insideElectron(): boolean {
  return typeof window !== 'undefined' && window.caudal !== undefined;
}

/**
 * Sends the files as uploads to `import.files` — the same detection, archive and load as
 * `caudal import` — in as few requests as the road allows, and keeps the merged summary for the dialog.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const t = useMessages(refreshMessages);
  const [session, setSession] = useState<ImportSession | null>(null);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) {
        setSession({ phase: 'empty' });
        return;
      }
      const limits = uploadLimits(!insideElectron());
      const { batches, tooLarge } = planBatches(files, limits);
      const local: ImportedFile[] = tooLarge.map((file) =>
        localFailure(file.name, t('import.tooLarge', { name: file.name, size: formatBytes(file.size), limit: formatBytes(limits.maxFileBytes) })),
      );
      const outputs = [];
      for (const [index, batch] of batches.entries()) {
        setSession({ phase: 'sending', fileCount: files.length, batch: index + 1, batches: batches.length });
        const uploads: { fileName: string; contentBase64: string }[] = [];
        for (const file of batch) {
          try {
            uploads.push({ fileName: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
          } catch (error) {
            local.push(localFailure(file.name, t('import.unreadable', { name: file.name, reason: error instanceof Error ? error.message : String(error) })));
          }
        }
        if (uploads.length === 0) continue;
        try {
          outputs.push(await client.send('import.files', { uploads }));
        } catch (error) {
          setSession({ phase: 'failed', error: toClientError('import.files', error), summary: mergeImports(outputs, local) });
          return;
        }
      }
      setSession({ phase: 'done', summary: mergeImports(outputs, local) });
    },
    [client, t],
  );

  const close = useCallback(() => setSession(null), []);
  const controls = useMemo(() => ({ session, importFiles, close }), [session, importFiles, close]);
  return <ImportContext.Provider value={controls}>{children}</ImportContext.Provider>;
}
