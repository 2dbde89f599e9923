import { renderDeclarationPage, demoTemplates, type PageDeclaration } from '../../main/etl/sources/mme-declaration/fixtures/minenergia-page';
import { buildSoporteWorkbook, declining, legacyXlsBytes, type SheetSpec } from '../../main/etl/sources/mme-declaration/fixtures/soporte-workbook';
import type { PublishedFile, PublisherFixture, PublisherServer } from '../publisher-server';

/**
 * MinEnergía's gas page (hidrocarburos → funcionamiento del sector → gas natural) and its soportes
 * magnéticos: an accordion item per declaration with resolution links (PDF or normativa page) each
 * followed by "Soporte magnético" workbooks under `/documents/<id>/…`, plus the template and declaragas
 * items that must be ignored. No real soporte exists to copy, so the workbooks are built at test time
 * from the published layout description (see the fixtures beside the source's tests).
 */
export const mmeIndexPath = '/es/misional/hidrocarburos/funcionamiento-del-sector/gas-natural/';

const XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.12';
const XLS = 'application/vnd.ms-excel';

/** A resolution the page lists, with the soportes it serves. */
export interface PublishedResolution {
  readonly title: string;
  /** The resolution document's path (served as a small PDF stand-in; never downloaded by the source). */
  readonly documentPath: string;
  readonly soportes: ReadonlyArray<{ readonly title: string; readonly path: string; readonly bytes: Uint8Array }>;
}

export interface PublishedDeclaration {
  readonly title: string;
  readonly resolutions: readonly PublishedResolution[];
}

export interface MmePublisher extends PublisherFixture {
  /** Adds a resolution to a declaration (MinEnergía updates a declaration with a new resolution). */
  publishResolution(declarationTitle: string, resolution: PublishedResolution): void;
  /** Replaces a soporte's bytes at the same address (a corrected copy). */
  republish(path: string, bytes: Uint8Array): void;
  pageHtml(): string;
}

/** Two field sheets of the 2025-2034 declaration; `base` makes each resolution's numbers its own. */
export function demoSoporteSheets(base: number, firstYear = 2025): SheetSpec[] {
  return [
    { kind: 'other', name: 'Instrucciones', cells: [['A1', 'Diligencie una hoja por campo. Valores en GBTUD.']] },
    {
      kind: 'field',
      name: 'VIGIA SUR - 1',
      layout: 'below',
      firstYear,
      heatingValue: 1050,
      contract: 'CONTRATO DE ASOCIACIÓN DEMO',
      rows: [
        { operator: 'OPERADORA DEMO S.A.S.', type: 'PTDV', value: declining(base) },
        { type: 'PC- Contratos suministro consumo interno', value: declining(base / 3) },
        { type: 'PP (DECLARADO POR EL OPERADOR DEL CAMPO)', value: declining(base * 1.2) },
        { operator: 'ESTADO - OPERADORA DEMO S.A.S.', type: 'PTDV', value: declining(base / 10) },
      ],
    },
    {
      kind: 'field',
      name: 'CAMPO RICO',
      layout: 'right',
      firstYear,
      heatingValue: 1120,
      rows: [{ operator: 'SOCIO DOS LTDA.', type: 'PTDV', value: (y, m) => (y < 4 ? declining(base / 2)(y, m) : null) }],
    },
  ];
}

/**
 * The default page: the 2025-2034 declaration with two resolutions (in the page's ascending order) and
 * the 2024-2033 declaration with one, each with its soporte. `legacyXls` adds the 2015-2024 declaration
 * whose only soporte is a .xls: its refresh reports that file as failed (and, as long as the runner
 * does not remember failed downloads, again on every run).
 */
export async function mmeDeclarationPublisher(options: { legacyXls?: boolean } = {}): Promise<MmePublisher> {
  const declarations: PublishedDeclaration[] = [
    {
      title: 'Declaración de Producción de Gas Natural 2025 - 2034',
      resolutions: [
        {
          title: 'Resolución No. 00739 del 28 de mayo de 2025',
          documentPath: '/documents/13716/Resolucion_00739_2025.pdf',
          soportes: [{ title: 'Soporte magnético declaración de producción de Gas Natural 2025 - 2034', path: '/documents/13717/Soporte_Magnetico_Declaracion_de_Producci%C3%B2n_de_Gas_Natural_GN_2025-2034-1.xlsm', bytes: await buildSoporteWorkbook(demoSoporteSheets(10)) }],
        },
        {
          title: 'Resolución No. 01281 del 29 de julio de 2025',
          documentPath: '/documents/14162/Resolucion_01281_2025.pdf',
          soportes: [{ title: 'Soporte magnético declaración de producción de Gas Natural 2025 - 2034', path: '/documents/14163/Soporte_Magnetico_Declaracion_de_Producci%C3%B2n_de_Gas_Natural_GN_2025-2034-2.xlsm', bytes: await buildSoporteWorkbook(demoSoporteSheets(12)) }],
        },
      ],
    },
    {
      title: 'Declaración de Producción de Gas Natural 2024 - 2033',
      resolutions: [
        {
          title: 'Resolución No.00662 del 03 de julio de 2024',
          documentPath: '/documents/12124/Resolucion_5-2024-000662.pdf',
          soportes: [{ title: 'Soporte magnético declaración de producción de Gas Natural', path: '/documents/12139/2024_2033_RESUMEN-2_V4.xlsm', bytes: await buildSoporteWorkbook(demoSoporteSheets(9, 2024)) }],
        },
      ],
    },
  ];
  if (options.legacyXls) {
    declarations.push({
      title: 'Declaración de Producción de Gas Natural 2015 - 2024',
      resolutions: [
        {
          title: 'Resolución 31 289 del 3 de junio de 2015.',
          documentPath: '/documents/2692/Resolucion-31289-3Jun2015.pdf',
          soportes: [{ title: 'Soporte magnético declaración de producción resolución 31289 del 3 de junio de 2015(Excel).', path: '/documents/2694/Res_31_289_del_3Jun2015_DPGN_2015-2024.xls', bytes: legacyXlsBytes() }],
        },
      ],
    });
  }

  let server: PublisherServer | null = null;
  const fileOf = (path: string, bytes: Uint8Array): PublishedFile => ({ body: bytes, contentType: path.endsWith('.xls') ? XLS : XLSM });
  const publishFiles = (resolution: PublishedResolution) => {
    server?.publish(resolution.documentPath, { body: '%PDF-1.4 resolución (no se descarga)', contentType: 'application/pdf' });
    for (const soporte of resolution.soportes) server?.publish(soporte.path, fileOf(soporte.path, soporte.bytes));
  };
  const pageHtml = () => {
    const page: PageDeclaration[] = declarations.map((d) => ({
      title: d.title,
      resolutions: d.resolutions.map((r) => ({ title: r.title, url: r.documentPath, soportes: r.soportes.map((s) => ({ title: s.title, url: s.path })) })),
      systemLink: { title: 'Acceso al Sistema de Declaración de Gas', url: 'https://declaragas.minenergia.gov.co/login.aspx' },
    }));
    return renderDeclarationPage(page, { templates: demoTemplates });
  };

  return {
    sourceId: 'mme-declaration',
    install(target) {
      server = target;
      for (const declaration of declarations) declaration.resolutions.forEach(publishFiles);
      // Dynamic: the page always lists the current resolutions.
      target.route(mmeIndexPath, () => ({ body: pageHtml(), contentType: 'text/html; charset=utf-8', etag: null, lastModified: null }));
      return { index: target.url(mmeIndexPath) };
    },
    publishResolution(declarationTitle, resolution) {
      const declaration = declarations.find((d) => d.title === declarationTitle);
      if (!declaration) throw new Error(`La página no tiene «${declarationTitle}»`);
      (declaration.resolutions as PublishedResolution[]).push(resolution);
      publishFiles(resolution);
    },
    republish(path, bytes) {
      server?.publish(path, fileOf(path, bytes));
    },
    pageHtml,
  };
}
