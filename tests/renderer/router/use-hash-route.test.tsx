import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useHashRouter, type HashRouter } from '../../../src-renderer/router/use-hash-route';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  window.location.hash = '';
});

async function renderRouter(): Promise<{ current: () => HashRouter; seen: string[] }> {
  const seen: string[] = [];
  let latest: HashRouter | undefined;
  function Probe() {
    latest = useHashRouter();
    seen.push(`${latest.route.page}:${JSON.stringify(latest.route.params)}`);
    return null;
  }
  await act(async () => {
    root = createRoot(document.createElement('div'));
    root.render(<Probe />);
  });
  return { current: () => latest!, seen };
}

/** happy-dom announces fragment changes like a browser; one turn lets the listener run. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('useHashRouter', () => {
  it('follows the fragment: links, typed addresses, back and forward', async () => {
    window.location.hash = '#/fuentes';
    const router = await renderRouter();
    expect(router.current().route).toEqual({ page: 'fuentes', params: {} });

    window.location.hash = '#/produccion?medida=quemado';
    await settle();
    expect(router.current().route).toEqual({ page: 'produccion', params: { medida: 'quemado' } });
  });

  it('navigates to a page and changes the page params in place', async () => {
    const router = await renderRouter();
    await act(async () => router.current().navigate({ page: 'produccion', params: { apilar: 'campo' } }));
    await settle();
    expect(window.location.hash).toBe('#/produccion?apilar=campo');

    await act(async () => router.current().setParams({ apilar: null, tabla: 'operadora' }));
    await settle();
    expect(window.location.hash).toBe('#/produccion?tabla=operadora');
    expect(router.current().route).toEqual({ page: 'produccion', params: { tabla: 'operadora' } });
  });

  it('keeps the same route object while the fragment does not change (no needless re-queries)', async () => {
    window.location.hash = '#/datos?pagina=2';
    const router = await renderRouter();
    const first = router.current().route;
    await act(async () => router.current().setParams({ pagina: '2' }));
    await settle();
    expect(router.current().route).toBe(first);
  });
});
