import type { CaudalBridge } from '../../src-shared/contract/bridge';
import { createHttpBridge } from './http-bridge';

export type BridgeKind = 'electron' | 'http';

/** Inside Electron the preload provides `window.caudal`; in a browser we talk to `caudal serve`. */
export function selectBridge(win: Pick<Window, 'caudal'>): { kind: BridgeKind; bridge: CaudalBridge } {
  if (win.caudal) return { kind: 'electron', bridge: win.caudal };
  return { kind: 'http', bridge: createHttpBridge() };
}
