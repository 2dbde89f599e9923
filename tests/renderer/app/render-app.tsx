import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CaudalBridge } from '../../../src-shared/contract/bridge';
import { App } from '../../../src-renderer/app/app';
import { AppProviders } from '../../../src-renderer/app/app-providers';
import { createClient } from '../../../src-renderer/client/create-client';
import { memoryStore, type KeyValueStore } from '../../../src-renderer/storage/key-value-store';

// Tells React that updates are wrapped in act(), so it flushes them and does not warn.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface RenderedApp {
  container: HTMLElement;
  /** Where filters, views and language persist for this render (shared with a later render to test persistence). */
  store: KeyValueStore;
  find(testId: string): HTMLElement | null;
  findAll(testId: string): HTMLElement[];
  /** Lets pending bridge answers and effects run until `ready` holds (or fails after a bounded number of turns). */
  waitFor(ready: () => boolean, what: string): Promise<void>;
  /** Goes to a route as a link click would (`#/produccion`), and lets the page settle one turn. */
  navigate(hash: string): Promise<void>;
  unmount(): void;
}

export interface RenderOptions {
  /** The route to open, e.g. `#/produccion`; the landing page when absent. */
  hash?: string;
  store?: KeyValueStore;
}

export async function renderApp(bridge: CaudalBridge, options: RenderOptions = {}): Promise<RenderedApp> {
  window.location.hash = options.hash ?? '';
  const store = options.store ?? memoryStore();
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(
      <AppProviders client={createClient(bridge, { validateOutput: true })} store={store} env="test">
        <App />
      </AppProviders>,
    );
  });

  const find = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const findAll = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const waitFor = async (ready: () => boolean, what: string) => {
    // Counted turns of the event loop, not a clock: the fake bridge answers within a few of them.
    for (let turn = 0; turn < 50; turn += 1) {
      if (ready()) return;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
    throw new Error(`La pantalla nunca llegó a: ${what}`);
  };
  return {
    container,
    store,
    find,
    findAll,
    waitFor,
    async navigate(hash) {
      await act(async () => {
        window.location.hash = hash;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
    unmount() {
      act(() => root?.unmount());
      container.remove();
      window.location.hash = '';
    },
  };
}
