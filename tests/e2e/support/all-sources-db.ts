import { main } from '../../../src-main/cli/main';
import { captureIo } from '../../support/capture-io';
import { startPublisherServer } from '../../support/publisher-server';
import { anhProductionPublisher } from '../../support/publishers/anh-production';
import { anhRoyaltiesPublisher } from '../../support/publishers/anh-royalties';
import { daneTerritoryPublisher } from '../../support/publishers/dane-territory';
import { installPublishers } from '../../support/publishers/environment';
import { mmeDeclarationPublisher } from '../../support/publishers/mme-declaration';
import { upmeDemandPublisher } from '../../support/publishers/upme-demand';

/**
 * A database with all five sources, loaded the way an analyst's is: `caudal refresh` against a local
 * server that publishes the real ANH, UPME and DANE samples and the hand-written royalties and
 * MinEnergía fixtures as the real sites do. Nothing derived from the samples is written to the project.
 */
export async function loadAllSources(dbPath: string): Promise<void> {
  const server = await startPublisherServer();
  try {
    const env = installPublishers(server, [anhProductionPublisher(), await mmeDeclarationPublisher(), upmeDemandPublisher(), anhRoyaltiesPublisher(), daneTerritoryPublisher()]);
    const io = captureIo();
    const code = await main(['refresh', '--json', '--db', dbPath], io, { ...process.env, ...env });
    if (code !== 0) throw new Error(`caudal refresh terminó con código ${code}:\n${io.out()}\n${io.err()}`);
  } finally {
    await server.close();
  }
}
