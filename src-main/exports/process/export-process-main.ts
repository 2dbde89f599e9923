// Entry of the export process (bundled to dist-main/export-process.cjs; run from source under tsx).
// The app starts one per export with tight V8 heap limits (EXPORT_PROCESS_V8_FLAGS), so a million-row
// workbook never weighs on the window, the HTTP bridge or the database connection of the app.
import { parentChannel } from './parent-channel';
import { serveExport } from './serve-export';

// Ctrl+C in the terminal reaches the whole process group: the CLI turns it into `cancel`, which removes
// the temporary file; dying on the signal here would leave it behind.
process.on('SIGINT', () => undefined);

serveExport(parentChannel()).catch((error: unknown) => {
  console.error('[caudal] el proceso de exportación falló:', error);
  process.exitCode = 1;
});
