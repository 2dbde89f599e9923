import { EtlError } from '../../etl-error';
import { foldText } from '../../text/fold-text';
import { pageLinks } from '../page-links';
import type { RemoteFileRef } from '../source-definition';
import { editionOfName } from './transform/book-identity';
import { editionCoverage } from './types';

/**
 * What UPME's "Proyecciones de demanda" page publishes for natural gas: one data zip per edition under
 * https://docs.upme.gov.co/DemandayEficiencia/Documents/ — the current one
 * (`Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip`) and older ones in the history list
 * (`Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip`). The same page links electricity and liquid
 * fuel annexes and PDFs, which are ignored. Links are recognised by what their name and text say, never
 * by a fixed address. Pure: HTML in, links out.
 */
export function discoverUpmeDemandFiles(html: string, pageUrl: string): RemoteFileRef[] {
  const byEdition = new Map<string, RemoteFileRef>();
  for (const link of pageLinks(html, pageUrl)) {
    const edition = gasDemandEditionOf(link.fileName, link.text ?? '');
    // The first link of an edition wins: the page lists the current revision before older mentions.
    if (edition && !byEdition.has(edition)) byEdition.set(edition, { url: link.url, fileName: link.fileName, coverage: editionCoverage(edition), title: link.text });
  }
  if (byEdition.size === 0) {
    throw new EtlError('layout-changed', 'La página de proyecciones de la UPME cambió: no se encontró ningún anexo de datos (.zip) de demanda de gas natural');
  }
  return [...byEdition.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([, ref]) => ref);
}

const NOT_GAS = /\b(LIQUIDOS|GLP|ELECTRICA|ELECTRICIDAD|EE|POTENCIA|COMBUSTIBLES)\b/;

/** The edition year of a gas demand data zip link, or null for any other link. */
function gasDemandEditionOf(fileName: string, text: string): string | null {
  if (!/\.zip$/i.test(fileName)) return null;
  const name = foldText(fileName.replace(/[_\-.]+/g, ' '));
  const label = foldText(text);
  const both = `${name} ${label}`;
  if (!/\bGAS\b/.test(both) || NOT_GAS.test(both)) return null;
  if (!/\b(DEMANDA|DEM|PROYECCION|PROYECC|ANEXO|SERIES)\b/.test(both)) return null;
  return editionOfName(fileName) ?? editionOfName(text);
}

/** The last path segment, percent-decoded: what the file is archived as. */
