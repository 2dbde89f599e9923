import type { CaudalBridge } from '../../src-shared/contract/bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by `caudal serve`. */
    caudal?: CaudalBridge;
  }
}
