import { CaudalError } from '../../src-shared/contract';
import type { RefreshService } from '../etl/service/refresh-service';

/**
 * "Archivo → Importar archivos…": the chosen files go through `import.files`'s own path (the service,
 * in the ETL worker). The end of the import is announced like any run (notification, `refresh.state`);
 * only a refusal (another run in progress) or a broken runner needs telling here.
 */
export async function importFromMenu(service: Pick<RefreshService, 'importFiles'>, paths: readonly string[], warn: (message: string) => void): Promise<void> {
  try {
    await service.importFiles({ paths, trigger: 'app-import' });
  } catch (error) {
    warn(error instanceof CaudalError || error instanceof Error ? error.message : String(error));
  }
}
