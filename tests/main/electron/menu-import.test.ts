import { describe, expect, it, vi } from 'vitest';
import { CaudalError } from '../../../src-shared/contract';
import { importFromMenu } from '../../../src-main/electron/menu-import';

describe('Archivo → Importar archivos…', () => {
  it('imports the chosen files through the service, as the app', async () => {
    const importFiles = vi.fn(async () => ({}) as never);
    const warn = vi.fn();
    await importFromMenu({ importFiles }, ['/datos/Gas_2025.xlsx', '/datos/upme'], warn);
    expect(importFiles).toHaveBeenCalledWith({ paths: ['/datos/Gas_2025.xlsx', '/datos/upme'], trigger: 'app-import' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('tells the analyst why it could not (a refresh in progress), in Spanish', async () => {
    const warn = vi.fn();
    const importFiles = vi.fn(async () => {
      throw new CaudalError('conflict', 'Ya hay una actualización de datos en curso (iniciada a las 14:05). Espere a que termine o cancélela.');
    });
    await importFromMenu({ importFiles }, ['/datos/x.xlsx'], warn);
    expect(warn).toHaveBeenCalledWith('Ya hay una actualización de datos en curso (iniciada a las 14:05). Espere a que termine o cancélela.');
  });
});
