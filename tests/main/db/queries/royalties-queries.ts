import { loadRoyalties } from '../../../../src-main/etl/sources/anh-royalties/load';
import { transformRoyalties } from '../../../../src-main/etl/sources/anh-royalties/transform/transform-royalties';
import { daneTerritorySource } from '../../../../src-main/etl/sources/dane-territory';
import { probeFile } from '../../../../src-main/etl/sources/file-probe';
import { royaltyFixtureRows } from '../../etl/sources/anh-royalties/royalty-fixture';
import { divipolaCsv } from '../../etl/sources/dane-territory/divipola-fixture';
import { archived, type TempApp } from '../../../support/temp-app';

const NOW = new Date('2026-01-15T12:00:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Loads the shared royalties fixture (5 gas rows in 2024-01 and 2024-02) through the real load. */
export function loadRoyaltyFixture(t: TempApp): void {
  const parsed = transformRoyalties(probeFile('regalias.json', bytes(JSON.stringify(royaltyFixtureRows()))));
  loadRoyalties(t.app.database.sqlite, archived('regalias.json'), parsed, t.run(), NOW);
}

/** Loads the small DIVIPOLA fixture list through the real load (links municipality rows to codes). */
export function loadDivipolaFixture(t: TempApp): void {
  const parsed = daneTerritorySource.transform(probeFile('divipola.csv', bytes(divipolaCsv())));
  daneTerritorySource.load(t.app.database.sqlite, archived('divipola.csv'), parsed, t.run(), NOW);
}

/** Loads a boundaries file (GeoJSON/TopoJSON value) through the real load. */
export function loadBoundaries(t: TempApp, geo: unknown, name = 'limites.geojson'): number {
  const parsed = daneTerritorySource.transform(probeFile(name, bytes(JSON.stringify(geo))));
  return daneTerritorySource.load(t.app.database.sqlite, archived(name), parsed, t.run(), NOW).fileId;
}
