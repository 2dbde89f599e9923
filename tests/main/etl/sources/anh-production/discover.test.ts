import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { discoverAnhGasWorkbooks } from '../../../../../src-main/etl/sources/anh-production/discover';
import { anhProductionDefaultUrls } from '../../../../../src-main/etl/sources/anh-production/fetch-new';

const page = 'https://www.anh.gov.co/es/operaciones-y-regal%C3%ADas/sistemas-integrados-de-operaciones/estad%C3%ADsticas-de-producci%C3%B3n/';

/** Hand-written HTML in the shape the ANH page has: gas and crude-oil workbooks side by side. */
const html = `<html><body>
<div class="accordion">
  <h3>Producción fiscalizada de petróleo</h3>
  <a href="/documents/20121/3398441/Producci%C3%B3n_Fiscalizada_Crudo_2025_r4Nd0m.xlsx">2025</a>
  <a href="/documents/20121/3398442/Producci%C3%B3n_Fiscalizada_Petr%C3%B3leo_2024.xlsx">2024</a>
  <h3>Producción fiscalizada de gas</h3>
  <a href="/documents/20121/3398443/Producci%C3%B3n_Fiscalizada_Gas_2025_aB3xYz.xlsx?t=1733">  Producción
     Fiscalizada Gas 2025 </a>
  <a href="https://www.anh.gov.co/documents/20121/3398444/Producci%C3%B3n_Fiscalizada_Gas_2024_Qw12Er.xlsx">2024</a>
  <a href="../../../documents/20121/100/Balance_producci%C3%B3n_de_Gas_2013.xlsx">2013</a>
  <a href="/documents/20121/101/Balance_producci%C3%B3n_de_Gas_2024.xlsx">2024 (balance anterior)</a>
  <a href="/documents/20121/102/Producci%C3%B3n_Fiscalizada_Gas_2024_Qw12Er.pdf">Nota metodológica 2024</a>
  <a href="mailto:contacto@anh.gov.co">Contacto</a>
  <a href="/documents/20121/103/Gas_anual_2019_v2.xlsx">Producción de gas 2019</a>
</div></body></html>`;

describe('discoverAnhGasWorkbooks', () => {
  it('finds one gas workbook per year, absolute and decoded, and ignores crude oil, PDFs and other links', () => {
    expect(discoverAnhGasWorkbooks(html, page)).toEqual([
      {
        url: 'https://www.anh.gov.co/es/documents/20121/100/Balance_producci%C3%B3n_de_Gas_2013.xlsx',
        fileName: 'Balance_producción_de_Gas_2013.xlsx',
        coverage: '2013',
        title: '2013',
      },
      {
        url: 'https://www.anh.gov.co/documents/20121/103/Gas_anual_2019_v2.xlsx',
        fileName: 'Gas_anual_2019_v2.xlsx',
        coverage: '2019',
        title: 'Producción de gas 2019',
      },
      {
        url: 'https://www.anh.gov.co/documents/20121/3398444/Producci%C3%B3n_Fiscalizada_Gas_2024_Qw12Er.xlsx',
        fileName: 'Producción_Fiscalizada_Gas_2024_Qw12Er.xlsx',
        coverage: '2024',
        title: '2024',
      },
      {
        url: 'https://www.anh.gov.co/documents/20121/3398443/Producci%C3%B3n_Fiscalizada_Gas_2025_aB3xYz.xlsx?t=1733',
        fileName: 'Producción_Fiscalizada_Gas_2025_aB3xYz.xlsx',
        coverage: '2025',
        title: 'Producción Fiscalizada Gas 2025',
      },
    ]);
  });

  it('prefers the current naming when a year is also linked under the old "Balance" name', () => {
    const refs = discoverAnhGasWorkbooks(html, page);
    expect(refs.filter((r) => r.coverage === '2024').map((r) => r.fileName)).toEqual(['Producción_Fiscalizada_Gas_2024_Qw12Er.xlsx']);
  });

  it('resolves links against the page it was served from (the URL after redirects)', () => {
    const refs = discoverAnhGasWorkbooks('<a href="Producci%C3%B3n_Fiscalizada_Gas_2023_x.xlsx">2023</a>', 'http://127.0.0.1:8080/es/estadisticas/');
    expect(refs.map((r) => r.url)).toEqual(['http://127.0.0.1:8080/es/estadisticas/Producci%C3%B3n_Fiscalizada_Gas_2023_x.xlsx']);
  });

  it('says the page changed when it lists no gas workbook (only crude oil, or nothing)', () => {
    const onlyOil = '<a href="/documents/1/Producci%C3%B3n_Fiscalizada_Crudo_2025_x.xlsx">Producción fiscalizada crudo 2025</a>';
    for (const body of [onlyOil, '<html><body><p>Sitio en mantenimiento</p></body></html>', '']) {
      expect(() => discoverAnhGasWorkbooks(body, page)).toThrow(new EtlError('layout-changed', 'La página de la ANH cambió: no se encontraron enlaces de producción de gas'));
    }
  });

  it('points by default at the ANH statistics page', () => {
    expect(new URL(anhProductionDefaultUrls.index).href).toBe(page);
  });
});
