import { zipSync } from 'fflate';
import type { PublishedFile, PublisherFixture, PublisherServer } from '../publisher-server';
import { readSample } from '../samples';

/**
 * UPME's "Proyecciones de demanda" page (SIMEC) and its gas data zips, shaped like the page scraped on
 * 2025-11-27 (../shared/samples/upme/proyeccion_metadata_20251127.json): sections per energy carrier with
 * PDF, xlsx and zip links under docs.upme.gov.co/DemandayEficiencia/Documents/, and a history list by
 * year where the 2023 gas annex appears under "2024". Only the gas zips are served; every other link is
 * there to be ignored.
 */
export const upmeIndexPath = '/simec/planeacion-energetica/proyeccion_de_demanda/';
export const UPME_DOCS = '/DemandayEficiencia/Documents/';

/** The zip name UPME uses for each edition's gas data (2024 current, 2023 in the history list). */
export const upmeZipNames: Readonly<Record<string, string>> = {
  '2024': 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip',
  '2023': 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip',
};

const SAMPLE_BOOKS_2024 = [
  'UPME_Series_2024_Gas_Natural_Agregada.xlsx',
  'UPME_Series_2024_Gas_Natural_Industrial.xlsx',
  'UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx',
  'UPME_Series_2024_Gas_Natural_Licuado_GNL_Transporte.xlsx',
];

/** The 2024 edition zip, built at test time from the real workbooks in ../shared/samples/upme/2024. */
export function upmeSampleZip2024(): Uint8Array {
  return zipSync(Object.fromEntries(SAMPLE_BOOKS_2024.map((name) => [name, readSample('upme', '2024', name)])));
}

/**
 * The page. `docsBase` is where the documents live (https://docs.upme.gov.co on the real site, the local
 * server in tests); `editions` are the gas zips it lists.
 */
export function upmeProjectionPage(docsBase: string, editions: readonly string[] = ['2024', '2023']): string {
  const doc = (name: string) => `${docsBase}${UPME_DOCS}${name}`;
  const gas2024 = editions.includes('2024')
    ? `<li><a href="${doc('Doc_Proyecc_Dem_Gas_Nat_Ene2025_v5.pdf')}">Proyección de demanda de Gas Natural 2024-2038 (Rev. enero 2025)</a> <span class="badge">PDF</span></li>
        <li><a href="${doc(upmeZipNames['2024']!)}" download>Anexo – Datos Proyección Demanda Gas Natural 2024</a> <span class="badge">ZIP</span></li>`
    : '';
  const gas2023 = editions.includes('2023') ? `<li><a href="${doc(upmeZipNames['2023']!)}">Anexo proyección demanda gas natural Rev. dic 2023</a></li>` : '';
  const others = editions.filter((e) => e !== '2024' && e !== '2023').map((e) => `<li><a href="${doc(`Anexo_Datos_Proyeccion_Demanda_Gas_Nat_${e}.zip`)}">Anexo – Datos Proyección Demanda Gas Natural ${e}</a></li>`);
  return `<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Proyecciones de demanda – UPME</title></head>
<body>
<header><a href="/">UPME</a> <a href="/simec/">SIMEC</a> <a href="/simec/planeacion-energetica/">Planeación energética</a></header>
<main>
  <h1>Proyecciones de demanda</h1>
  <p>Ejercicio estadístico que combina consumo histórico con variables económicas y demográficas para estimar la demanda futura de energía eléctrica, gas natural y combustibles líquidos.</p>
  <section id="intro_2025_2039"><h2>¿Qué es? + Publicación base 2025-2039</h2>
    <ul><li><a href="${doc('Proyecciones_de_demanda_2025-2039_v4.pdf')}">Proyecciones de demanda 2025-2039 v4</a></li></ul></section>
  <section id="electricidad_2025_2039"><h2>Proyección de demanda de energía eléctrica y potencia máxima 2025-2039 (Rev. julio 2025)</h2>
    <ul><li><a href="${doc('Proyecciones_de_demanda_2025-2039_v4.pdf')}">Reporte principal 2025-2039</a></li>
        <li><a href="${doc('Anexo_proyeccion_demanda_2025_2039_verJul2025.xlsx')}">Anexo – Resultados detallados 2025-2039</a></li></ul></section>
  <section id="gas_natural_2024_2040"><h2>Escenarios de proyección de demanda de gas natural 2024-2040</h2>
    <p>Demanda esperada por sector y región, con escenarios alternativos de transición energética.</p>
    <ul>${gas2024}${others.join('')}</ul></section>
  <section id="combustibles_liquidos_glp_2024_2040"><h2>Proyección de la demanda de combustibles líquidos y GLP 2024-2040</h2>
    <ul><li><a href="${docsBase}/Normatividad/Formato_matriz_de_comentarios_proyecciones_demanda_liquidos_y_GLP_2024-2040_cir_036-2025.xlsx">Anexo – Proyección Demanda Combustibles Líquidos 2024-40</a></li></ul></section>
  <section id="historico"><h2>Histórico de proyecciones</h2>
    <details><summary>2024</summary><ul>
      <li><a href="${doc('Proyeccion_demanda_energia_electrica_y_potencia_maxima_rev_jul2024.pdf')}">Proyección demanda energía eléctrica y potencia máxima Rev. Jul 2024</a></li>
      <li><a href="${doc('Anexo_proyeccion_demanda_%20energia_electrica_rev_dic_2023.xlsx')}">Anexo proyección demanda energía eléctrica Rev. dic 2023</a></li>
      ${gas2023}
    </ul></details>
    <details><summary>2022</summary><ul>
      <li><a href="${docsBase}/DemandayEficiencia/HistoricoproyeccionesEE/2022/Anexo_Proyeccion_Demanda_EE_GN_CL_2022-2036_VF_jun.xlsx">Anexo Proyección Demanda EE-GN-CL 2022-2036 VF Jun</a></li>
    </ul></details>
  </section>
  <p><a href="https://lookerstudio.google.com/embed/reporting/7204226d/page/iX4iB">Dashboard Google Looker Studio</a></p>
</main>
</body>
</html>`;
}

export interface UpmePublisherOptions {
  /** The zip served for each edition the page lists; default: 2024 built from the real samples. */
  readonly editions?: Readonly<Record<string, Uint8Array>>;
}

export interface UpmePublisher extends PublisherFixture {
  zipPath(edition: string): string;
  /** UPME replaces an edition's zip at the same address (new bytes, new ETag). */
  republish(edition: string, bytes: Uint8Array): void;
  pageHtml(): string;
}

export function upmeDemandPublisher(options: UpmePublisherOptions = {}): UpmePublisher {
  const editions = new Map(Object.entries(options.editions ?? { '2024': upmeSampleZip2024() }));
  let server: PublisherServer | null = null;
  const zipPath = (edition: string) => `${UPME_DOCS}${upmeZipNames[edition] ?? `Anexo_Datos_Proyeccion_Demanda_Gas_Nat_${edition}.zip`}`;
  const zipFile = (bytes: Uint8Array): PublishedFile => ({ body: bytes, contentType: 'application/x-zip-compressed' });
  const pageHtml = () => upmeProjectionPage(server?.origin ?? 'https://docs.upme.gov.co', [...editions.keys()]);
  return {
    sourceId: 'upme-demand',
    install(target) {
      server = target;
      for (const [edition, bytes] of editions) target.publish(zipPath(edition), zipFile(bytes));
      target.route(upmeIndexPath, () => ({ body: pageHtml(), contentType: 'text/html; charset=UTF-8', etag: null, lastModified: null }));
      return { index: target.url(upmeIndexPath) };
    },
    zipPath,
    republish(edition, bytes) {
      editions.set(edition, bytes);
      server?.publish(zipPath(edition), zipFile(bytes));
    },
    pageHtml,
  };
}
