import { describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { discoverDeclarations } from '../../../../../src-main/etl/sources/mme-declaration/discover/discover-declarations';
import { declarationSoporteRefs } from '../../../../../src-main/etl/sources/mme-declaration/discover/soporte-refs';
import { demoDeclarations, demoTemplates, renderDeclarationPage } from './fixtures/minenergia-page';

const PAGE_URL = 'https://www.minenergia.gov.co/es/misional/hidrocarburos/funcionamiento-del-sector/gas-natural/';

describe('discoverDeclarations', () => {
  it('lists every declaration with its resolutions, dates and soporte links, ignoring templates and the login link', () => {
    const listing = discoverDeclarations(renderDeclarationPage(demoDeclarations(), { templates: demoTemplates }), PAGE_URL);
    expect(listing.warnings).toEqual([]);
    expect(listing.declarations.map((d) => [d.title, d.period])).toEqual([
      ['Declaración de Producción de Gas Natural 2025 - 2034', { firstYear: 2025, lastYear: 2034 }],
      ['Declaración de Producción de Gas Natural 2015 - 2024', { firstYear: 2015, lastYear: 2024 }],
    ]);
    const [current, old] = listing.declarations;
    expect(current!.resolutions.map((r) => [r.number, r.year, r.issuedOn, r.url])).toEqual([
      ['00739', 2025, '2025-05-28', 'https://normativame.minenergia.gov.co/normatividad/7269/norma/'],
      ['01281', 2025, '2025-07-29', 'https://www.minenergia.gov.co/documents/14100/5-2025-001281.pdf'],
    ]);
    // "Declaración Gas Natural" (the blank form) is not a soporte magnético.
    expect(current!.resolutions[1]!.soportes.map((s) => [s.url, s.urlFileName, s.format])).toEqual([
      [
        'https://www.minenergia.gov.co/documents/14163/Soporte_Magnetico_Declaracion_de_Producci%C3%B2n_GN_2025-2034-2.xlsm',
        'Soporte_Magnetico_Declaracion_de_Producciòn_GN_2025-2034-2.xlsm',
        'xlsm',
      ],
    ]);
    // "31 289" with a thousands space; the PDF and the legacy .xls are both listed.
    expect(old!.resolutions.map((r) => [r.number, r.issuedOn, r.soportes.map((s) => s.format)])).toEqual([['31289', '2015-06-03', ['other', 'xls']]]);
  });

  it('turns the listing into downloads, oldest first, named after their resolution and declaration', () => {
    const refs = declarationSoporteRefs(discoverDeclarations(renderDeclarationPage(demoDeclarations()), PAGE_URL));
    expect(refs.map((r) => r.fileName)).toEqual([
      'Resolución 31289 del 2015-06-03 - Declaración 2015-2024 - Res_31_289_del_3Jun2015_DPGN_2015-2024.xls',
      'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - Soporte_Magnetico_Declaracion_GN_2025-2034-1.xlsm',
      'Resolución 01281 del 2025-07-29 - Declaración 2025-2034 - Soporte_Magnetico_Declaracion_de_Producciòn_GN_2025-2034-2.xlsm',
    ]);
    expect(refs[1]).toMatchObject({
      url: 'https://www.minenergia.gov.co/documents/13717/Soporte_Magnetico_Declaracion_GN_2025-2034-1.xlsm',
      coverage: 'Declaración 2025-2034, Resolución 00739 de 2025',
      title: 'Soporte magnético declaración de producción de Gas Natural 2025 - 2034 (Resolución No. 00739 del 28 de mayo de 2025)',
      declarationPeriod: { firstYear: 2025, lastYear: 2034 },
      resolution: { number: '00739', year: 2025, issuedOn: '2025-05-28' },
      format: 'xlsm',
    });
    expect(refs[0]!.format).toBe('xls');
  });

  it('orders resolutions by year and number whatever the page order, and loads the first-listed copy last', () => {
    const html = renderDeclarationPage([
      {
        title: 'Declaración de Producción de Gas Natural 2023 - 2032',
        resolutions: [
          { title: 'Resolución 01700 del 20 de diciembre de 2023', url: '/r/3.pdf', soportes: [{ title: 'Soporte magnético declaración de producción', url: '/documents/3/c.xlsx' }] },
          { title: 'Resolución 00400 del 30 de mayo de 2023', url: '/r/1.pdf', soportes: [{ title: 'Soporte magnético declaración de producción', url: '/documents/1/a.xlsx' }] },
          {
            title: 'Resolución 00900 del 5 de septiembre de 2023',
            url: '/r/2.pdf',
            soportes: [
              { title: 'Soporte magnético declaración de producción', url: '/documents/2/main.xlsx' },
              { title: 'Soporte magnético declaración de producción', url: '/documents/2/older.xlsx' },
            ],
          },
        ],
      },
    ]);
    const refs = declarationSoporteRefs(discoverDeclarations(html, PAGE_URL));
    expect(refs.map((r) => [r.resolution.number, r.url.replace(/^.*\/documents\//, '')])).toEqual([
      ['00400', '1/a.xlsx'],
      ['00900', '2/older.xlsx'],
      ['00900', '2/main.xlsx'],
      ['01700', '3/c.xlsx'],
    ]);
  });

  it('reads the title variants the page uses', () => {
    const titles = [
      ['Resolución No.00662 del 03 de julio de 2024', '00662', '2024-07-03'],
      ['Resolución 00120 del 28 de Junio 2021', '00120', '2021-06-28'],
      ['Resolución 31 132 del 30 de marzo de 2016.', '31132', '2016-03-30'],
      ['Resolución 00014 del 1 de noviembre de 2022', '00014', '2022-11-01'],
      ['Resolución 72 215 del 26 de junio de 2014.', '72215', '2014-06-26'],
    ] as const;
    const html = renderDeclarationPage([
      {
        title: 'Declaración de Producción de Gas Natural 2021 - 2030',
        resolutions: titles.map(([title], i) => ({ title, url: `/r/${i}.pdf`, soportes: [{ title: 'Soporte magnético declaración de producción', url: `/documents/${i}/s.xlsx` }] })),
      },
    ]);
    const [declaration] = discoverDeclarations(html, PAGE_URL).declarations;
    expect(declaration!.resolutions.map((r) => [r.title, r.number, r.issuedOn])).toEqual(titles.map((t) => [...t]));
  });

  it('attaches a soporte listed before any resolution to the resolution its own title names', () => {
    const html = renderDeclarationPage([
      {
        title: 'Declaración de Producción de Gas Natural 2017 - 2026',
        resolutions: [
          { title: 'Soporte magnético declaración de producción Resolución 31385 del 7 de junio de 2017.', url: '/documents/2683/s.xlsx', soportes: [] },
          { title: 'Soporte magnético sin resolución', url: '/documents/9/x.xlsx', soportes: [] },
        ],
      },
    ]);
    const listing = discoverDeclarations(html, PAGE_URL);
    expect(listing.declarations[0]!.resolutions).toHaveLength(1);
    const [resolution] = listing.declarations[0]!.resolutions;
    expect(resolution).toMatchObject({ number: '31385', issuedOn: '2017-06-07', url: null });
    // The next link follows in the same list, so it belongs to the same resolution.
    expect(resolution!.soportes.map((s) => s.urlFileName)).toEqual(['s.xlsx', 'x.xlsx']);
    expect(listing.warnings).toEqual([]);

    const orphan = renderDeclarationPage([
      {
        title: 'Declaración de Producción de Gas Natural 2017 - 2026',
        resolutions: [
          { title: 'Soporte magnético huérfano', url: '/documents/9/x.xlsx', soportes: [] },
          { title: 'Resolución 31159 del 3 de abril de 2017.', url: '/r.pdf', soportes: [{ title: 'Soporte magnético declaración de producción', url: '/documents/8/y.xlsx' }] },
        ],
      },
    ]);
    const withOrphan = discoverDeclarations(orphan, PAGE_URL);
    expect(withOrphan.warnings).toEqual(['«Soporte magnético huérfano» (Declaración de Producción de Gas Natural 2017 - 2026) no sigue a ninguna resolución: se omite']);
    expect(withOrphan.declarations[0]!.resolutions.map((r) => r.soportes.length)).toEqual([1]);
  });

  it('says the page layout changed when no declaration or no soporte link is found', () => {
    const bare = '<html><head><title>Acceso denegado</title></head><body><p>Bloqueado</p></body></html>';
    expect(() => discoverDeclarations(bare, PAGE_URL)).toThrow(EtlError);
    expect(() => discoverDeclarations(bare, PAGE_URL)).toThrow(/La página de MinEnergía cambió: no se encontró ninguna sección «Declaración de Producción de Gas Natural AAAA - AAAA» \(la página recibida se titula «Acceso denegado»\)/);
    try {
      discoverDeclarations(bare, PAGE_URL);
    } catch (error) {
      expect((error as EtlError).code).toBe('layout-changed');
    }
    const noSoportes = renderDeclarationPage([
      { title: 'Declaración de Producción de Gas Natural 2025 - 2034', resolutions: [{ title: 'Resolución No. 00739 del 28 de mayo de 2025', url: '/r.pdf', soportes: [] }] },
    ]);
    expect(() => discoverDeclarations(noSoportes, PAGE_URL)).toThrow(/tiene 1 declaraciones pero ningún enlace «Soporte magnético»/);
    // Templates alone are not declarations.
    expect(() => discoverDeclarations(renderDeclarationPage([], { templates: demoTemplates }), PAGE_URL)).toThrow(/no se encontró ninguna sección/);
  });
});
