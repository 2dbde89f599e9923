import type { Handlers } from '../app/dispatcher';
import { catalogHandlers } from './catalog/app';
import type { HandlerContext } from './context';
import { etlHandlers } from './etl/app';
import { productionHandlers } from './production/app';
import { sourcesHandlers } from './sources/app';

/** Every command of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: Handlers<HandlerContext> = {
  ...productionHandlers,
  ...catalogHandlers,
  ...sourcesHandlers,
  ...etlHandlers,
};
