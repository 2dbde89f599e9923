import type { Handlers } from '../app/dispatcher';
import { balanceHandlers } from './balance/app';
import { catalogHandlers } from './catalog/app';
import type { HandlerContext } from './context';
import { dataHandlers } from './data/app';
import { declarationHandlers } from './declaration/app';
import { demandHandlers } from './demand/app';
import { etlHandlers } from './etl/app';
import { exportsHandlers } from './exports/app';
import { exportsDesktopHandlers } from './exports/desktop';
import { mapHandlers } from './map/app';
import { productionHandlers } from './production/app';
import { refreshHandlers } from './refresh/app';
import { royaltiesHandlers } from './royalties/app';
import { settingsHandlers } from './settings/app';
import { sourcesHandlers } from './sources/app';

/** Every command of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: Handlers<HandlerContext> = {
  ...productionHandlers,
  ...royaltiesHandlers,
  ...mapHandlers,
  ...catalogHandlers,
  ...sourcesHandlers,
  ...etlHandlers,
  ...declarationHandlers,
  ...demandHandlers,
  ...balanceHandlers,
  ...dataHandlers,
  ...exportsHandlers,
  ...exportsDesktopHandlers,
  ...refreshHandlers,
  ...settingsHandlers,
};
