import path from 'node:path';

/**
 * Files this process wrote with `exports.create`. "Abrir" and "Mostrar en carpeta" act only on these:
 * opening a path the renderer names would otherwise let any page content launch any program.
 */
const exported = new Set<string>();

export function rememberExportedFile(filePath: string): void {
  exported.add(path.resolve(filePath));
}

export function wasExported(filePath: string): boolean {
  return path.isAbsolute(filePath) && exported.has(path.resolve(filePath));
}
