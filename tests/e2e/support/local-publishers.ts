import { main } from '../../../src-main/cli/main';
import { captureIo } from '../../support/capture-io';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { anhProductionPublisher, type AnhPublisher, type AnhPublisherOptions } from '../../support/publishers/anh-production';
import { anhRoyaltiesPublisher } from '../../support/publishers/anh-royalties';
import { daneTerritoryPublisher } from '../../support/publishers/dane-territory';
import { installPublishers } from '../../support/publishers/environment';
import { mmeDeclarationPublisher } from '../../support/publishers/mme-declaration';
import { upmeDemandPublisher } from '../../support/publishers/upme-demand';

export interface LocalPublishers {
  readonly server: PublisherServer;
  /** The ANH fixture, to publish a new year or make its workbooks stall. */
  readonly anh: AnhPublisher;
  /** `CAUDAL_URL_<SOURCE>_<ROLE>` for every source: what `caudal serve` and `caudal refresh` need. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * The five publishers on one local server that stays up for the whole test (the app under test
 * refreshes from it), unlike `loadAllSources`, which closes its server once the database is loaded.
 */
export async function startLocalPublishers(anhOptions: AnhPublisherOptions = {}): Promise<LocalPublishers> {
  const server = await startPublisherServer();
  const anh = anhProductionPublisher(anhOptions);
  const env = installPublishers(server, [anh, await mmeDeclarationPublisher(), upmeDemandPublisher(), anhRoyaltiesPublisher(), daneTerritoryPublisher()]);
  return { server, anh, env, close: () => server.close() };
}

/** `caudal refresh` of every source into `dbPath`, in this process, against the local publishers. */
export async function refreshAll(dbPath: string, env: Readonly<Record<string, string>>): Promise<void> {
  const io = captureIo();
  const code = await main(['refresh', '--json', '--db', dbPath], io, { ...process.env, ...env });
  if (code !== 0) throw new Error(`caudal refresh terminó con código ${code}:\n${io.out()}\n${io.err()}`);
}
