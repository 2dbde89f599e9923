import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CaudalBridge } from '../../../src-shared/contract/bridge';
import { App } from '../../../src-renderer/app/app';
import { ClientProvider } from '../../../src-renderer/client/client-context';
import { createClient } from '../../../src-renderer/client/create-client';

// Tells React that updates are wrapped in act(), so it flushes them and does not warn.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface RenderedApp {
  container: HTMLElement;
  find(testId: string): HTMLElement | null;
  findAll(testId: string): HTMLElement[];
  /** Lets pending bridge answers and effects run until `ready` holds (or fails after a bounded number of turns). */
  waitFor(ready: () => boolean, what: string): Promise<void>;
  unmount(): void;
}

export async function renderApp(bridge: CaudalBridge): Promise<RenderedApp> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider env="test">
        <ClientProvider client={createClient(bridge, { validateOutput: true })}>
          <App />
        </ClientProvider>
      </MantineProvider>,
    );
  });

  const find = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const findAll = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  return {
    container,
    find,
    findAll,
    async waitFor(ready, what) {
      // Counted turns of the event loop, not a clock: the fake bridge answers within a few of them.
      for (let turn = 0; turn < 50; turn += 1) {
        if (ready()) return;
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
      throw new Error(`La pantalla nunca llegó a: ${what}`);
    },
    unmount() {
      act(() => root?.unmount());
      container.remove();
    },
  };
}
