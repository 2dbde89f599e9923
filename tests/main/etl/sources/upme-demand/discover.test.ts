import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { discoverUpmeDemandFiles } from '../../../../../src-main/etl/sources/upme-demand/discover';
import { upmeProjectionPage } from '../../../../support/publishers/upme-demand';

const PAGE_URL = 'https://www.upme.gov.co/simec/planeacion-energetica/proyeccion_de_demanda/';

describe('UPME demand discover', () => {
  it('finds every edition’s gas data zip on the projections page, newest first, and nothing else', () => {
    const refs = discoverUpmeDemandFiles(upmeProjectionPage('https://docs.upme.gov.co'), PAGE_URL);
    expect(refs).toEqual([
      {
        url: 'https://docs.upme.gov.co/DemandayEficiencia/Documents/Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip',
        fileName: 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip',
        coverage: 'Edición 2024',
        title: 'Anexo – Datos Proyección Demanda Gas Natural 2024',
      },
      {
        // Listed under "2024" in the history, but its name says the edition: December 2023.
        url: 'https://docs.upme.gov.co/DemandayEficiencia/Documents/Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip',
        fileName: 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip',
        coverage: 'Edición 2023',
        title: 'Anexo proyección demanda gas natural Rev. dic 2023',
      },
    ]);
  });

  it('resolves relative links, decodes names, keeps one link per edition and reads the edition from the text', () => {
    const html = `<ul>
      <li><a href="/DemandayEficiencia/Documents/Anexo%20Datos%20Gas%20Natural%202025.zip">Anexo datos demanda gas natural 2025</a></li>
      <li><a href="../Documents/Anexo%20Datos%20Gas%20Natural%202025.zip">el mismo, otra vez</a></li>
      <li><a href="https://docs.upme.gov.co/DemandayEficiencia/Documents/Anexo_2026.zip" title="Anexo – Datos Proyección Demanda Gas Natural 2026">Descargar</a></li>
      <li><a href="https://docs.upme.gov.co/DemandayEficiencia/Documents/Anexo_GLP_gas_2025.zip">Demanda GLP 2025</a></li>
      <li><a href="mailto:info@upme.gov.co">Escríbanos sobre la demanda de gas 2025.zip</a></li>
    </ul>`;
    const refs = discoverUpmeDemandFiles(html, 'https://docs.upme.gov.co/DemandayEficiencia/Paginas/proyeccion.aspx');
    expect(refs.map((r) => [r.coverage, r.url, r.fileName])).toEqual([
      ['Edición 2026', 'https://docs.upme.gov.co/DemandayEficiencia/Documents/Anexo_2026.zip', 'Anexo_2026.zip'],
      ['Edición 2025', 'https://docs.upme.gov.co/DemandayEficiencia/Documents/Anexo%20Datos%20Gas%20Natural%202025.zip', 'Anexo Datos Gas Natural 2025.zip'],
    ]);
  });

  it('says the page changed when it links no gas data zip', () => {
    const html = upmeProjectionPage('https://docs.upme.gov.co', []);
    let error: unknown;
    try {
      discoverUpmeDemandFiles(html, PAGE_URL);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EtlError);
    expect(error).toMatchObject({
      code: 'layout-changed',
      message: 'La página de proyecciones de la UPME cambió: no se encontró ningún anexo de datos (.zip) de demanda de gas natural',
    });
  });
});
