import { sourceUrlEnvName } from '../../../src-main/etl/settings/source-urls';
import type { PublisherFixture, PublisherServer } from '../publisher-server';

/**
 * Installs each source's fixture on one local server and returns the environment that points every
 * source at it (`CAUDAL_URL_<SOURCE>_<ROLE>`), ready for `caudal refresh` or `runRefresh({ env })`.
 */
export function installPublishers(server: PublisherServer, fixtures: readonly PublisherFixture[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const fixture of fixtures) {
    for (const [role, url] of Object.entries(fixture.install(server))) env[sourceUrlEnvName(fixture.sourceId, role)] = url;
  }
  return env;
}
