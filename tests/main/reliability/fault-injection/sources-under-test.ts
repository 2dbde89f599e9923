import type { SourceId } from '../../../../src-shared/contract/sources';
import { buildAnhWorkbook, fieldRow, type MonthlySheetSpec } from '../../../support/anh-workbook-fixture';
import type { PublishedFile, PublisherServer } from '../../../support/publisher-server';
import { anhIndexPath, anhProductionPublisher } from '../../../support/publishers/anh-production';
import { anhRoyaltiesPublisher, royaltiesMetadataPath, royaltiesResourcePath } from '../../../support/publishers/anh-royalties';
import { daneTerritoryPublisher, divipolaCsvPath } from '../../../support/publishers/dane-territory';
import { installPublishers } from '../../../support/publishers/environment';
import { mmeDeclarationPublisher, mmeIndexPath } from '../../../support/publishers/mme-declaration';
import { upmeDemandPublisher, upmeIndexPath } from '../../../support/publishers/upme-demand';
import { divipolaCsv } from '../../etl/sources/dane-territory/divipola-fixture';
import { departmentsGeoJson, municipalitiesGeoJson } from '../../etl/sources/dane-territory/geo-fixture';
import { edition2024Zip } from '../../etl/sources/upme-demand/fixtures/layout-2024';

/**
 * Each source as the fault suite drives it: its publisher installed afresh on the shared local server
 * for every case (same pages, same URLs, same bytes as when the database was loaded, so everything
 * not faulted answers "sin cambios"), the path its refresh reads first, and a way to make the
 * publisher put out one new file (so the refresh downloads it and a fault on that path is met).
 *
 * The files are small ones written by the tests' own fixtures and built once per suite: workbooks
 * written by exceljs (and zips) carry their creation time, so building them again would look like a
 * new publication.
 */
export interface InstalledSource {
  readonly sourceId: SourceId;
  /** `CAUDAL_URL_<SOURCE>_<ROLE>` for this source. */
  readonly env: Readonly<Record<string, string>>;
  /** The page or API the refresh reads first (listing, metadata, DIVIPOLA file). */
  readonly firstPath: string;
  /** Publishes a new file (or new rows) for the source with these bytes; answers the path to fetch it. */
  publishNewFile(bytes: Uint8Array): string;
}

export interface SourceUnderTest {
  readonly id: SourceId;
  install(server: PublisherServer): InstalledSource | Promise<InstalledSource>;
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** A small ANH yearly workbook: `months` monthly sheets of three fields each. */
export function anhYearWorkbook(year: number, months = 12): Promise<Uint8Array> {
  const sheets: MonthlySheetSpec[] = MONTHS.slice(0, months).map((name, i) => ({
    kind: 'monthly',
    name: `${name}-${String(year).slice(2)}`,
    year,
    month: i + 1,
    rows: [
      fieldRow('CUSIANA', 3100 + i, { department: 'CASANARE', municipality: 'TAURAMENA', operator: 'ECOPETROL S.A.' }),
      fieldRow('CHUCHUPA', 6200.5 - i, { department: 'LA GUAJIRA', municipality: 'MANAURE', operator: 'HOCOL S.A.' }),
      fieldRow('APIAY', 170.25, { department: 'META', municipality: 'VILLAVICENCIO', operator: 'ECOPETROL S.A.' }),
    ],
  }));
  return buildAnhWorkbook(sheets);
}

export interface FixtureFiles {
  readonly anh: ReadonlyMap<number, Uint8Array>;
  readonly upmeZip: Uint8Array;
  /** Soporte bytes by path, as the MinEnergía fixture first built them. */
  readonly mmeSoportes: ReadonlyMap<string, Uint8Array>;
}

/** Builds every file once; the publishers installed later serve these exact bytes. */
export async function buildFixtureFiles(server: PublisherServer): Promise<FixtureFiles> {
  const anh = new Map<number, Uint8Array>([
    [2024, await anhYearWorkbook(2024)],
    [2025, await anhYearWorkbook(2025, 10)],
  ]);
  const mme = await mmeDeclarationPublisher();
  installPublishers(server, [mme]);
  const mmeSoportes = new Map<string, Uint8Array>();
  for (const [, path] of mme.pageHtml().matchAll(/href="([^"]+\.xlsm)"/g)) {
    const response = await fetch(server.url(path!));
    mmeSoportes.set(path!, new Uint8Array(await response.arrayBuffer()));
  }
  return { anh, upmeZip: await edition2024Zip(), mmeSoportes };
}

export function sourcesUnderTest(files: FixtureFiles): readonly SourceUnderTest[] {
  return [
    {
      id: 'anh-production',
      install(server) {
        const publisher = anhProductionPublisher({ years: [...files.anh.keys()], workbook: (year) => files.anh.get(year)! });
        return {
          sourceId: 'anh-production',
          env: installPublishers(server, [publisher]),
          firstPath: anhIndexPath,
          // A year the page did not list yet (2023): nothing loaded is replaced by it.
          publishNewFile(bytes) {
            publisher.republish(2023, bytes);
            return publisher.workbookPath(2023);
          },
        };
      },
    },
    {
      id: 'mme-declaration',
      async install(server) {
        // A fresh fixture lists the same resolutions at the same paths; its soportes are put back to
        // the bytes the database was loaded from.
        const publisher = await mmeDeclarationPublisher();
        const env = installPublishers(server, [publisher]);
        for (const [path, bytes] of files.mmeSoportes) publisher.republish(path, bytes);
        return {
          sourceId: 'mme-declaration',
          env,
          firstPath: mmeIndexPath,
          // MinEnergía updates the 2025-2034 declaration with a new resolution and its soporte.
          publishNewFile(bytes) {
            const path = '/documents/15001/Soporte_Magnetico_Declaracion_de_Producci%C3%B2n_de_Gas_Natural_GN_2025-2034-3.xlsm';
            publisher.publishResolution('Declaración de Producción de Gas Natural 2025 - 2034', {
              title: 'Resolución No. 01402 del 3 de noviembre de 2025',
              documentPath: '/documents/15000/Resolucion_01402_2025.pdf',
              soportes: [{ title: 'Soporte magnético declaración de producción de Gas Natural 2025 - 2034', path, bytes }],
            });
            return path;
          },
        };
      },
    },
    {
      id: 'upme-demand',
      install(server) {
        const publisher = upmeDemandPublisher({ editions: { '2024': files.upmeZip } });
        return {
          sourceId: 'upme-demand',
          env: installPublishers(server, [publisher]),
          firstPath: upmeIndexPath,
          // The 2023 edition appears in the page's history list.
          publishNewFile(bytes) {
            publisher.republish('2023', bytes);
            return publisher.zipPath('2023');
          },
        };
      },
    },
    {
      id: 'anh-royalties',
      install(server) {
        const publisher = anhRoyaltiesPublisher();
        return {
          sourceId: 'anh-royalties',
          env: installPublishers(server, [publisher]),
          firstPath: royaltiesMetadataPath,
          // The dataset is one snapshot: a new publication moves its update time and brings new rows
          // behind the same resource URL. Bytes that are not a JSON list are served as the answer itself.
          publishNewFile(bytes) {
            const rows = parseRows(bytes);
            publisher.republish(rows ?? undefined);
            if (rows === null) server.fail(royaltiesResourcePath, { kind: 'replace', file: { body: bytes, contentType: 'application/json; charset=utf-8', etag: null, lastModified: null } });
            return royaltiesResourcePath;
          },
        };
      },
    },
    {
      id: 'dane-territory',
      install(server) {
        const publisher = daneTerritoryPublisher({
          divipolaCsv: () => new TextEncoder().encode(divipolaCsv()),
          departments: departmentsGeoJson,
          municipalities: municipalitiesGeoJson,
        });
        return {
          sourceId: 'dane-territory',
          env: installPublishers(server, [publisher]),
          firstPath: divipolaCsvPath,
          publishNewFile(bytes) {
            publisher.republishDivipola(bytes);
            return divipolaCsvPath;
          },
        };
      },
    },
  ];
}

/** A reply that looks like success (200) but is the publisher's "site under maintenance" page. */
export function maintenancePage(): PublishedFile {
  return {
    body: '<!DOCTYPE html><html lang="es"><body><h1>Sitio en mantenimiento</h1><p>Estamos mejorando nuestro portal.</p></body></html>',
    contentType: 'text/html; charset=utf-8',
    etag: null,
    lastModified: null,
  };
}

/** Bytes that start like a zip (so they pass for an .xlsx or .zip) and are garbage after that. */
export function corruptZipBytes(): Uint8Array {
  const bytes = new Uint8Array(20_000);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  return bytes;
}

function parseRows(bytes: Uint8Array): Array<Record<string, string>> | null {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return Array.isArray(json) ? (json as Array<Record<string, string>>) : null;
  } catch {
    return null;
  }
}
