// The slim entry (htmlparser2 only): the full one also loads undici's fetch, and with it node:sqlite.
import { load } from 'cheerio/slim';
import { EtlError } from '../../../etl-error';
import { foldText } from '../../../text/fold-text';
import { parseDeclarationPeriodMention, parseResolutionMention } from '../resolution-mention';
import type { DeclarationPeriodRef, ResolutionRef } from '../types';

export type SoporteFormat = 'xlsx' | 'xlsm' | 'xls' | 'other';

export interface DiscoveredSoporte {
  /** Absolute URL. */
  readonly url: string;
  /** The link text ("Soporte magnético declaración de producción de Gas Natural 2025 - 2034"). */
  readonly title: string;
  /** The URL's last path segment, decoded. */
  readonly urlFileName: string;
  readonly format: SoporteFormat;
}

export interface DiscoveredResolution extends ResolutionRef {
  readonly title: string;
  /** The resolution document (PDF or normativa page), absolute. */
  readonly url: string | null;
  readonly soportes: readonly DiscoveredSoporte[];
}

export interface DiscoveredDeclaration {
  /** The accordion button's text ("Declaración de Producción de Gas Natural 2025 - 2034"). */
  readonly title: string;
  readonly period: DeclarationPeriodRef;
  /** In page order (which is not always chronological). */
  readonly resolutions: readonly DiscoveredResolution[];
}

export interface DeclarationListing {
  readonly declarations: readonly DiscoveredDeclaration[];
  /** Spanish notes on links that could not be placed. */
  readonly warnings: readonly string[];
}

interface ResolutionDraft extends ResolutionRef {
  title: string;
  url: string | null;
  soportes: DiscoveredSoporte[];
}

/**
 * Reads MinEnergía's gas page: every accordion item whose button reads "Declaración de Producción de
 * Gas Natural AAAA - AAAA" is a declaration; its body lists resolution links, each followed by its
 * "Soporte magnético" file links. Other items (templates, the declaragas login) are ignored. Pure.
 * Throws EtlError('layout-changed') when no declaration or no soporte link is found.
 */
export function discoverDeclarations(html: string, pageUrl: string): DeclarationListing {
  const $ = load(html);
  const warnings: string[] = [];
  const byPeriod = new Map<string, { title: string; period: DeclarationPeriodRef; resolutions: ResolutionDraft[] }>();

  $('div.accordion-item').each((_, item) => {
    const button = $(item).find('button.accordion-button').first();
    const title = normaliseSpaces((button.length ? button : $(item).find('.accordion-header').first()).text());
    if (!foldText(title).includes('DECLARACION DE PRODUCCION')) return;
    const period = parseDeclarationPeriodMention(title);
    if (!period) return;
    const key = `${period.firstYear}-${period.lastYear}`;
    const declaration = byPeriod.get(key) ?? { title, period, resolutions: [] };
    byPeriod.set(key, declaration);

    let current: ResolutionDraft | null = null;
    // Only the item's own body: a nested accordion item is a declaration of its own.
    const body = $(item).find('div.accordion-body').first();
    body.find('a[href]').each((_, link) => {
      const text = normaliseSpaces($(link).text());
      const url = absoluteUrl($(link).attr('href') ?? '', pageUrl);
      if (url === null || text === '') return;
      const folded = foldText(text);
      if (/\b(SOPORTE|MEDIO)S? MAGNETICOS?\b/.test(folded)) {
        const soporte = toSoporte(url, text);
        const owner = current ?? ownerFromSoporteTitle(text, declaration.resolutions);
        if (!owner) {
          warnings.push(`«${text}» (${title}) no sigue a ninguna resolución: se omite`);
          return;
        }
        if (!owner.soportes.some((s) => s.url === soporte.url)) owner.soportes.push(soporte);
        current = owner; // the links after it belong to the same resolution
        return;
      }
      if (!folded.startsWith('RESOLUCION')) return;
      const mention = parseResolutionMention(text);
      if (!mention) {
        warnings.push(`No se reconoce el número de «${text}» (${title})`);
        return;
      }
      current = declaration.resolutions.find((r) => r.number === mention.number && r.year === mention.year) ?? null;
      if (!current) {
        current = { ...mention, title: text, url, soportes: [] };
        declaration.resolutions.push(current);
      }
    });
  });

  const declarations = [...byPeriod.values()];
  if (declarations.length === 0) {
    throw new EtlError(
      'layout-changed',
      `La página de MinEnergía cambió: no se encontró ninguna sección «Declaración de Producción de Gas Natural AAAA - AAAA»${describePage($)}`,
    );
  }
  if (!declarations.some((d) => d.resolutions.some((r) => r.soportes.length > 0))) {
    throw new EtlError(
      'layout-changed',
      `La página de MinEnergía cambió: tiene ${declarations.length} declaraciones pero ningún enlace «Soporte magnético» después de sus resoluciones`,
    );
  }
  return { declarations, warnings };
}

/** A soporte listed before any resolution link may name its resolution itself (older page entries do). */
function ownerFromSoporteTitle(text: string, resolutions: ResolutionDraft[]): ResolutionDraft | null {
  const mention = parseResolutionMention(text);
  if (!mention) return null;
  const known = resolutions.find((r) => r.number === mention.number);
  if (known) return known;
  const created: ResolutionDraft = { ...mention, title: text, url: null, soportes: [] };
  resolutions.push(created);
  return created;
}

function toSoporte(url: string, title: string): DiscoveredSoporte {
  const urlFileName = urlFileNameOf(url);
  const extension = /\.([a-z0-9]+)$/i.exec(urlFileName)?.[1]?.toLowerCase() ?? '';
  const format: SoporteFormat = extension === 'xlsx' || extension === 'xlsm' || extension === 'xls' ? extension : 'other';
  return { url, title, urlFileName, format };
}

function urlFileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'soporte';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function absoluteUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A blocked request often gets a different page; its title helps tell that from a redesign. */
function describePage($: ReturnType<typeof load>): string {
  const title = normaliseSpaces($('title').first().text());
  return title ? ` (la página recibida se titula «${title.slice(0, 120)}»)` : '';
}
