import { EtlError } from '../../etl-error';
import { foldText } from '../../text/fold-text';
import { pageLinks } from '../page-links';
import type { RemoteFileRef } from '../source-definition';

/**
 * What the ANH "Estadísticas de producción" page publishes for gas: one workbook per year. The links
 * carry a changing document id and a random suffix (`/documents/<id>/Producci%C3%B3n_Fiscalizada_Gas_
 * 2024_<random>.xlsx`; older years `Balance_producci%C3%B3n_de_Gas_<YYYY>.xlsx`), so they are found by
 * reading the page, never built. Crude-oil workbooks sit next to them and are ignored. Pure: HTML in,
 * links out.
 */
export function discoverAnhGasWorkbooks(html: string, pageUrl: string): RemoteFileRef[] {
  const candidates: Candidate[] = [];
  for (const link of pageLinks(html, pageUrl)) {
    const match = classifyLink(link.fileName, link.text ?? '');
    if (match) candidates.push({ ...match, position: link.position, ref: { url: link.url, fileName: link.fileName, coverage: String(match.year), title: link.text } });
  }
  if (candidates.length === 0) {
    throw new EtlError('layout-changed', 'La página de la ANH cambió: no se encontraron enlaces de producción de gas');
  }
  return oneWorkbookPerYear(candidates);
}

type LinkKind = 'fiscalizada' | 'balance' | 'titled';

interface Candidate {
  kind: LinkKind;
  year: number;
  position: number;
  ref: RemoteFileRef;
}

const FISCALIZADA = /^PRODUCCION FISCALIZADA (?:DE )?GAS (\d{4})(?: .*)?\.XLS[XM]$/;
const BALANCE = /^BALANCE (?:DE )?PRODUCCION (?:DE )?GAS (?:NATURAL )?(\d{4})(?: .*)?\.XLS[XM]$/;
const WORKBOOK = /\.XLS[XM]$/;
const OIL = /\b(CRUDO|PETROLEO|ACEITE|OIL)\b/;

/**
 * By file name first; a link whose name ANH changed still counts when its text says it is the gas
 * production of a year ("Producción fiscalizada de gas 2024") and it points to a workbook.
 */
function classifyLink(fileName: string, text: string): { kind: LinkKind; year: number } | null {
  const name = foldText(fileName.replace(/[_-]+/g, ' '));
  const fiscalizada = FISCALIZADA.exec(name);
  if (fiscalizada) return plausible('fiscalizada', Number(fiscalizada[1]));
  const balance = BALANCE.exec(name);
  if (balance) return plausible('balance', Number(balance[1]));
  const label = foldText(text);
  if (!WORKBOOK.test(name) || OIL.test(label) || OIL.test(name)) return null;
  if (!/\bGAS\b/.test(label) || !/\b(PRODUCCION|BALANCE)\b/.test(label)) return null;
  const year = /\b(19|20)\d{2}\b/.exec(label) ?? /\b(19|20)\d{2}\b/.exec(name);
  return year ? plausible('titled', Number(year[0])) : null;
}

function plausible(kind: LinkKind, year: number): { kind: LinkKind; year: number } | null {
  return year >= 1990 && year <= 2100 ? { kind, year } : null;
}

const preference: Record<LinkKind, number> = { fiscalizada: 0, balance: 1, titled: 2 };

/**
 * A year can be linked twice (the current file and an older "Balance" name, or the same link in two
 * menus): keep the current naming, then the first on the page, so each year loads exactly one file.
 */
function oneWorkbookPerYear(candidates: readonly Candidate[]): RemoteFileRef[] {
  const best = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.year);
    const better = !current || preference[candidate.kind] < preference[current.kind] || (preference[candidate.kind] === preference[current.kind] && candidate.position < current.position);
    if (better) best.set(candidate.year, candidate);
  }
  return [...best.values()].sort((a, b) => a.year - b.year).map((c) => c.ref);
}

/** The last path segment, percent-decoded: what the file is archived as ("Producción_Fiscalizada_Gas_2024_x.xlsx"). */
