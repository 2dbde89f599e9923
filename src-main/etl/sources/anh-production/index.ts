import type { RefreshableSource } from '../../refresh/refreshable-source';
import { defineFileSource } from '../source-definition';
import { anhProductionDefaultUrls, anhProductionOfficialUrl, fetchNewAnhWorkbooks } from './fetch-new';
import { latestAnhProductionPeriod } from './latest-period';
import { ANH_PRODUCTION_SOURCE, ANH_PUBLISHER, loadAnhWorkbook } from './load';
import { looksLikeAnhProductionWorkbook, parseAnhProductionWorkbook } from './transform';

/** ANH "producción fiscalizada de gas": one workbook per year, monthly volumes per field. */
export const anhProductionSource: RefreshableSource = {
  ...defineFileSource({
    id: ANH_PRODUCTION_SOURCE,
    publisher: ANH_PUBLISHER,
    title: 'ANH producción fiscalizada de gas',
    recognise: (file) => file.isWorkbook() && looksLikeAnhProductionWorkbook(file.workbook()),
    transform(file) {
      const parsed = parseAnhProductionWorkbook(file.workbook());
      return { ...parsed, coverage: String(parsed.year) };
    },
    load: (sqlite, file, parsed, runId, now) => loadAnhWorkbook(sqlite, file, parsed, runId, now),
  }),
  defaultUrls: anhProductionDefaultUrls,
  officialUrl: anhProductionOfficialUrl,
  fetchNew: fetchNewAnhWorkbooks,
  latestPeriod: latestAnhProductionPeriod,
};
