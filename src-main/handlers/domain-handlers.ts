import type { CommandName } from '../../src-shared/contract';
import type { Handler } from '../app/dispatcher';
import type { HandlerContext } from './context';

/** One domain's slice of the handler map (Actual Budget's `app.ts` per domain). */
export type DomainHandlers<N extends CommandName> = { [K in N]: Handler<K, HandlerContext> };
