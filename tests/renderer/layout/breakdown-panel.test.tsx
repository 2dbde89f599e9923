import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src-renderer/app/app-providers';
import { createClient } from '../../../src-renderer/client/create-client';
import { ClientError } from '../../../src-renderer/client/client-error';
import type { ClientQuery } from '../../../src-renderer/client/use-client-query';
import { BreakdownPanel } from '../../../src-renderer/layout/breakdown-panel';
import { memoryStore } from '../../../src-renderer/storage/key-value-store';
import { createFakeBridge } from '../fake-bridge';

// Tells React that updates are wrapped in act(), so it flushes them and does not warn.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Answer {
  items: { key: string }[];
}
type Query = ClientQuery<Answer, unknown>;

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
});

const find = (testId: string) => container!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

function renderPanel(query: Query, changes: { dimension?: (value: 'field' | 'department') => void; size?: (value: 10 | 20) => void } = {}) {
  container = document.createElement('div');
  document.body.append(container);
  const client = createClient(createFakeBridge({}).bridge);
  act(() => {
    root = createRoot(container!);
    root.render(
      <AppProviders client={client} store={memoryStore()} env="test">
        <BreakdownPanel
          title="Producción por campo"
          caption={<span data-testid="caption">ago 2025 – oct 2025</span>}
          range="ago 2025 – oct 2025"
          sourceIds={['anh-production']}
          dimension={{
            value: 'field',
            options: ['department', 'field'],
            name: (dimension) => (dimension === 'field' ? 'campo' : 'departamento'),
            label: 'Agrupar por',
            testId: 'dimension',
            onChange: changes.dimension ?? (() => {}),
          }}
          size={{ value: 10, options: [10, 20], label: 'Mayores', testId: 'size', onChange: changes.size ?? (() => {}) }}
          query={query}
          what="la producción por campo"
          noResults="Sin producción para estos filtros."
          loadingTestId="panel-loading"
          noResultsTestId="panel-empty"
          skeletonHeight={200}
          note="Fuente: ANH."
          renderTable={(answer, loading) => <table data-testid="ranking" data-rows={answer.items.length} data-loading={loading} />}
        />
      </AppProviders>,
    );
  });
}

const answer: Answer = { items: [{ key: 'a' }, { key: 'b' }] };

describe('BreakdownPanel', () => {
  it('shows the title, caption, note and the header controls with their accessible names, dimensions capitalised', () => {
    renderPanel({ status: 'success', data: answer, dataInput: {}, error: null, reload: () => {} });
    expect(container!.querySelector('h3')!.textContent).toBe('Producción por campo');
    expect(find('caption')!.textContent).toBe('ago 2025 – oct 2025');
    expect(container!.textContent).toContain('Fuente: ANH.');
    expect(find('dimension')!.getAttribute('aria-label')).toBe('Agrupar por');
    expect([...find('dimension')!.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['Departamento', 'Campo']);
    expect(find('size')!.getAttribute('aria-label')).toBe('Mayores');
    expect((find('size') as HTMLInputElement).value).toBe('Mayores: 10');
    expect(find('lineage-button')).not.toBeNull();
    expect(find('ranking')!.dataset).toMatchObject({ rows: '2', loading: 'false' });
  });

  it('reports the chosen dimension as one of its own values', () => {
    const dimension = vi.fn();
    renderPanel({ status: 'success', data: answer, dataInput: {}, error: null, reload: () => {} }, { dimension });
    const department = [...find('dimension')!.querySelectorAll('label')].find((label) => label.textContent === 'Departamento')!;
    act(() => department.click());
    expect(dimension).toHaveBeenCalledWith('department');
  });

  it('keeps the previous table, marked as loading, while a new answer is on its way', () => {
    renderPanel({ status: 'loading', data: answer, dataInput: {}, error: null, reload: () => {} });
    expect(find('ranking')!.dataset['loading']).toBe('true');
    expect(find('panel-loading')).toBeNull();
  });

  it('shows a placeholder before the first answer and says so when the answer has no rows', () => {
    renderPanel({ status: 'loading', data: null, dataInput: null, error: null, reload: () => {} });
    expect(find('panel-loading')).not.toBeNull();
    expect(find('ranking')).toBeNull();
    act(() => root!.unmount());
    container!.remove();

    renderPanel({ status: 'success', data: { items: [] }, dataInput: {}, error: null, reload: () => {} });
    expect(find('panel-empty')!.textContent).toBe('Sin producción para estos filtros.');
    expect(find('ranking')).toBeNull();
  });

  it('explains a failed request and retries it on demand', () => {
    const reload = vi.fn();
    renderPanel({ status: 'error', data: answer, dataInput: {}, error: new ClientError('production.breakdown', 'internal', 'La base de datos no responde.'), reload });
    const notice = find('error-notice')!;
    expect(notice.textContent).toContain('la producción por campo');
    expect(notice.textContent).toContain('La base de datos no responde.');
    expect(find('ranking')).toBeNull();
    act(() => notice.querySelector('button')!.click());
    expect(reload).toHaveBeenCalledOnce();
  });
});
