import type { Handlers } from '../app/dispatcher';
import { balanceHandlers } from './balance/app';
import { catalogHandlers } from './catalog/app';
import type { HandlerContext } from './context';
import { declarationHandlers } from './declaration/app';
import { demandHandlers } from './demand/app';
import { etlHandlers } from './etl/app';
import { mapHandlers } from './map/app';
import { productionHandlers } from './production/app';
import { royaltiesHandlers } from './royalties/app';
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
};
