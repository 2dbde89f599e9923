import { createHash } from 'node:crypto';
import { readSample } from '../samples';
import type { PublishedFile, PublisherFixture, PublisherServer } from '../publisher-server';

/**
 * The ANH "Estadísticas de producción" page and its yearly gas workbooks, as the real site serves them:
 * links `/documents/<id>/Producci%C3%B3n_Fiscalizada_Gas_<YYYY>_<random>.xlsx` next to crude-oil ones
 * (which must never be downloaded), a document id and suffix that change when ANH republishes a year,
 * and the workbook bytes of the real samples (or any bytes a test provides).
 */
export const anhIndexPath = '/es/operaciones-y-regalías/sistemas-integrados-de-operaciones/estadísticas-de-producción/';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface AnhPublisherOptions {
  /** Years listed on the page; the real samples cover 2020, 2024 and 2025. */
  readonly years?: readonly number[];
  /** The workbook served for a year; the real sample by default. */
  readonly workbook?: (year: number) => Uint8Array;
}

export interface AnhPublisher extends PublisherFixture {
  /** Path of a year's gas workbook as the page links it now. */
  workbookPath(year: number): string;
  /** Paths of the crude-oil workbooks the page also links (they must never be requested). */
  readonly oilPaths: readonly string[];
  /** ANH publishes the year again: new document id and random suffix; new bytes when given. */
  republish(year: number, bytes?: Uint8Array): void;
  /** The page as served now. */
  pageHtml(): string;
}

export function anhProductionPublisher(options: AnhPublisherOptions = {}): AnhPublisher {
  const years = options.years ?? [2020, 2024, 2025];
  const workbookFor = options.workbook ?? ((year: number) => readSample('anh', `Produccion_Fiscalizada_Gas_${year}.xlsx`));
  let edition = 0;
  const current = new Map<number, { path: string; bytes: Uint8Array }>();
  const oilPaths = years.map((year) => `/documents/${30_000 + year}/Producci%C3%B3n_Fiscalizada_Crudo_${year}_${suffix(`crudo${year}`)}.xlsx`);
  let server: PublisherServer | null = null;

  const publishYear = (year: number, bytes: Uint8Array) => {
    edition += 1;
    const path = `/documents/${20_000 + edition * 37 + year}/Producci%C3%B3n_Fiscalizada_Gas_${year}_${suffix(`${year}-${edition}`)}.xlsx`;
    const previous = current.get(year);
    if (previous) server?.unpublish(previous.path);
    current.set(year, { path, bytes });
    server?.publish(path, workbookFile(bytes));
  };

  const pageHtml = () => {
    const gasLinks = [...current.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, { path }]) => `<li><a href="${path}" target="_blank">Producción Fiscalizada Gas ${year}</a></li>`)
      .join('\n');
    const oilLinks = oilPaths.map((path, i) => `<li><a href="${path}">Producción Fiscalizada Crudo ${years[i]}</a></li>`).join('\n');
    return estadisticasPage(gasLinks, oilLinks);
  };

  return {
    sourceId: 'anh-production',
    oilPaths,
    install(target) {
      server = target;
      for (const year of years) publishYear(year, workbookFor(year));
      for (const path of oilPaths) target.publish(path, workbookFile(new TextEncoder().encode('crudo: no debe descargarse')));
      // A dynamic route: the page always lists the current links.
      target.route(anhIndexPath, () => ({ body: pageHtml(), contentType: 'text/html; charset=utf-8', etag: null, lastModified: null }));
      return { index: target.url(anhIndexPath) };
    },
    workbookPath(year) {
      const entry = current.get(year);
      if (!entry) throw new Error(`El año ${year} no está publicado`);
      return entry.path;
    },
    republish(year, bytes) {
      publishYear(year, bytes ?? current.get(year)?.bytes ?? workbookFor(year));
    },
    pageHtml,
  };
}

function workbookFile(bytes: Uint8Array): PublishedFile {
  return { body: bytes, contentType: XLSX };
}

/** A stable stand-in for ANH's random suffix. */
function suffix(seed: string): string {
  return createHash('sha1').update(seed).digest('base64url').slice(0, 8).replace(/[-_]/g, 'x');
}

/** The page's shape: site chrome, an accordion per statistic, gas and crude-oil lists side by side. */
export function estadisticasPage(gasLinks: string, oilLinks: string): string {
  return `<!DOCTYPE html>
<html lang="es-CO">
<head><meta charset="utf-8"><title>Estadísticas de producción - ANH</title></head>
<body>
<header><nav><a href="/es/">Inicio</a> <a href="/es/operaciones-y-regal%C3%ADas/">Operaciones y regalías</a></nav></header>
<main>
  <h1>Estadísticas de producción</h1>
  <div class="accordion">
    <section class="accordion-item"><h2>Producción fiscalizada de petróleo</h2><ul>
${oilLinks}
    </ul></section>
    <section class="accordion-item"><h2>Producción fiscalizada de gas</h2><ul>
${gasLinks}
    </ul></section>
  </div>
  <p><a href="/documents/20121/Manual_de_usuario.pdf">Manual de usuario (PDF)</a></p>
</main>
<footer><a href="https://www.gov.co">GOV.CO</a></footer>
</body>
</html>`;
}
