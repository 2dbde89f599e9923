import { useMemo } from 'react';
import { parseDataView } from '../data/data-route';
import { parseDemandView } from '../demand/demand-route';
import { usePageFilters } from '../filters/use-page-filters';
import { parseProductionView } from '../production/production-route';
import { parseRoyaltiesView } from '../royalties/royalties-route';
import { useHashRouter } from '../router/use-hash-route';
import { ExportMenu } from './export-menu';
import { dataExport, demandExport, productionExport, royaltiesExport } from './page-export-requests';

/** The pages' `Actions`: each reads its route and the shared filters as the page itself does. */
export function ProductionExportActions() {
  const page = usePageFilters();
  const { route } = useHashRouter();
  const view = useMemo(() => parseProductionView(route.params), [route.params]);
  const request = useMemo(() => productionExport(page, view), [page, view]);
  return <ExportMenu request={request} withChart />;
}

export function RoyaltiesExportActions() {
  const page = usePageFilters();
  const { route } = useHashRouter();
  const view = useMemo(() => parseRoyaltiesView(route.params), [route.params]);
  const request = useMemo(() => royaltiesExport(page, view), [page, view]);
  return <ExportMenu request={request} withChart />;
}

export function DemandExportActions() {
  const page = usePageFilters();
  const { route } = useHashRouter();
  const view = useMemo(() => parseDemandView(route.params), [route.params]);
  const request = useMemo(() => demandExport(page, view), [page, view]);
  return <ExportMenu request={request} withChart />;
}

export function DataExportActions() {
  const page = usePageFilters();
  const { route } = useHashRouter();
  const view = useMemo(() => parseDataView(route.params), [route.params]);
  const { facts, edition, scenario, sectors, regions } = page;
  const request = useMemo(() => dataExport(view, { facts, edition, scenario, sectors, regions }), [view, facts, edition, scenario, sectors, regions]);
  return <ExportMenu request={request} />;
}
