import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { discoverDeclarations } from '../../../../../src-main/etl/sources/mme-declaration/discover/discover-declarations';
import { declarationSoporteRefs } from '../../../../../src-main/etl/sources/mme-declaration/discover/soporte-refs';
import { describeWithSamples, samplePath } from '../../../../support/samples';
import { renderDeclarationPage, type PageDeclaration } from './fixtures/minenergia-page';

/** The fields of the real scrape this test reads (../shared/samples/mme, never copied). */
interface ScrapedIndex {
  source_url: string;
  declarations: Array<{
    declaration_title: string;
    acceso_sistema?: { title: string; url: string } | null;
    resolutions: Array<{ number: string; date: string | null; url: string; title: string; soporte_magnetico: Array<{ title: string; url: string }> | null }>;
  }>;
  plantillas: Array<{ declaration_title: string; plantillas: Array<{ title: string; url: string }> }>;
}

/** Read on first use: a skipped block (no samples on this clone) must not touch the file. */
function rebuiltPage(): { index: ScrapedIndex; listing: ReturnType<typeof discoverDeclarations> } {
  const index = JSON.parse(readFileSync(samplePath('mme', 'declaracion_20251126_164206.json'), 'utf8')) as ScrapedIndex;
  const declarations: PageDeclaration[] = index.declarations.map((d) => ({
    title: d.declaration_title,
    ...(d.acceso_sistema ? { systemLink: d.acceso_sistema } : {}),
    resolutions: d.resolutions.map((r) => ({ title: r.title, url: r.url, soportes: r.soporte_magnetico ?? [] })),
  }));
  const html = renderDeclarationPage(declarations, { templates: index.plantillas.map((p) => ({ title: p.declaration_title, links: p.plantillas })) });
  return { index, listing: discoverDeclarations(html, index.source_url) };
}

describeWithSamples('discoverDeclarations on a page rebuilt from the real MinEnergía index', () => {
  it('finds the 12 declarations and 41 resolutions, with the numbers and dates the scrape has', () => {
    const { index, listing } = rebuiltPage();
    expect(listing.declarations).toHaveLength(12);
    expect(listing.declarations.reduce((n, d) => n + d.resolutions.length, 0)).toBe(41);
    expect(listing.warnings).toEqual([]);
    const found = new Map(listing.declarations.flatMap((d) => d.resolutions.map((r) => [`${d.title}|${r.title}`, r])));
    for (const d of index.declarations) {
      for (const r of d.resolutions) {
        const ours = found.get(`${d.declaration_title}|${r.title}`);
        expect(ours, r.title).toBeDefined();
        expect(ours!.number, r.title).toBe(r.number.padStart(5, '0'));
        // The scrape misses the dates written without "de" before the year; ours reads them too.
        if (r.date !== null) expect(ours!.issuedOn, r.title).toBe(r.date);
        else expect(ours!.issuedOn, r.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('offers every "Soporte magnético" workbook for download, and nothing else', () => {
    const { index, listing } = rebuiltPage();
    const expected = index.declarations.flatMap((d) =>
      d.resolutions.flatMap((r) => (r.soporte_magnetico ?? []).filter((s) => /soporte magn/i.test(s.title) && /\.(xlsx|xlsm|xls)$/i.test(s.url)).map((s) => s.url)),
    );
    const refs = declarationSoporteRefs(listing);
    expect(refs.map((r) => r.url).sort()).toEqual([...new Set(expected)].sort());
    expect(refs.filter((r) => r.format === 'xls')).toHaveLength(1);
    expect(new Set(refs.map((r) => r.fileName)).size).toBe(refs.length);
    for (const ref of refs) expect(ref.fileName).toMatch(/^Resolución \d{5} del \d{4}-\d{2}-\d{2} - Declaración \d{4}-\d{4} - .+\.(xlsx|xlsm|xls)$/);
  });
});
