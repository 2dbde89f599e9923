import type { RemoteFileRef } from '../../source-definition';
import { describeResolution } from '../resolution-mention';
import { declarationPeriodLabel, type DeclarationPeriodRef, type ResolutionRef } from '../types';
import type { DeclarationListing, SoporteFormat } from './discover-declarations';

/** A soporte magnético to download, with the declaration and resolution the page lists it under. */
export interface DeclarationSoporteRef extends RemoteFileRef {
  readonly declarationPeriod: DeclarationPeriodRef;
  readonly resolution: ResolutionRef & { readonly title: string; readonly url: string | null };
  readonly format: Exclude<SoporteFormat, 'other'>;
}

/**
 * The workbooks to fetch, oldest declaration and resolution first (the page mixes orders), so loading
 * them in turn leaves the newest resolution of each declaration current. PDFs are not listed.
 *
 * The archive name starts with the resolution and the declaration ("Resolución 00739 del 2025-05-28 -
 * Declaración 2025-2034 - <name>.xlsm"): the workbook itself does not say which resolution it belongs
 * to, and the transform reads it from the name, exactly as for a file an analyst renamed and imported.
 */
export function declarationSoporteRefs(listing: DeclarationListing): DeclarationSoporteRef[] {
  const refs: DeclarationSoporteRef[] = [];
  const declarations = [...listing.declarations].sort((a, b) => a.period.firstYear - b.period.firstYear);
  for (const declaration of declarations) {
    const resolutions = [...declaration.resolutions].sort(
      (a, b) => (a.year ?? declaration.period.firstYear) - (b.year ?? declaration.period.firstYear) || Number(a.number) - Number(b.number),
    );
    for (const resolution of resolutions) {
      // Reverse page order: when one resolution lists several copies, the first listed is loaded last.
      for (const soporte of [...resolution.soportes].reverse()) {
        if (soporte.format === 'other') continue;
        const { soportes: _soportes, ...resolutionRef } = resolution;
        refs.push({
          url: soporte.url,
          fileName: archiveFileName(resolution, declaration.period, soporte.urlFileName),
          coverage: `Declaración ${declarationPeriodLabel(declaration.period)}, ${describeResolution(resolution)}`,
          title: `${soporte.title} (${resolution.title})`,
          declarationPeriod: declaration.period,
          resolution: resolutionRef,
          format: soporte.format,
        });
      }
    }
  }
  return refs;
}

export function archiveFileName(resolution: ResolutionRef, period: DeclarationPeriodRef, urlFileName: string): string {
  const issued = resolution.issuedOn !== null ? ` del ${resolution.issuedOn}` : resolution.year !== null ? ` de ${resolution.year}` : '';
  // Characters Windows refuses in file names become "_".
  const safeName = urlFileName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `Resolución ${resolution.number}${issued} - Declaración ${declarationPeriodLabel(period)} - ${safeName}`;
}
