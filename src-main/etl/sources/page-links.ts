// The slim entry (htmlparser2 only): the full one also loads undici's fetch, and with it node:sqlite.
import { load } from 'cheerio/slim';

/** One http(s) link of a publisher's page, resolved against the page's address. */
export interface PageLink {
  /** Absolute URL. */
  readonly url: string;
  /** Last path segment, percent-decoded (`Producción_Fiscalizada_Gas_2024_ab12.xlsx`). */
  readonly fileName: string;
  /** The link's visible text and its title attribute, whitespace folded; null when both are empty. */
  readonly text: string | null;
  /** Order on the page, for sources where the first mention wins. */
  readonly position: number;
}

/**
 * Every http(s) link of a page. Publishers' file links carry changing ids and suffixes, so sources
 * recognise their files by name and text from this list, never by a fixed address. Pure: HTML in.
 */
export function pageLinks(html: string, pageUrl: string): PageLink[] {
  const $ = load(html);
  const links: PageLink[] = [];
  $('a[href]').each((position, element) => {
    const href = $(element).attr('href')?.trim();
    if (!href) return;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    const text = [$(element).text(), $(element).attr('title') ?? ''].join(' ').replace(/\s+/g, ' ').trim() || null;
    links.push({ url: url.href, fileName: decodedFileName(url), text, position });
  });
  return links;
}

export function decodedFileName(url: URL): string {
  const segment = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
