import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRoutes } from '../../../src-shared/contract/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security/content-security-policy';
import { startHttpBridge, type HttpBridge } from '../../../src-main/transports/http-bridge';
import { seedProduction } from '../../support/seed-production';
import { openTempApp, type TempApp } from '../../support/temp-app';

/**
 * Nothing a publisher wrote is ever executed or rendered as HTML. Names in the agencies' files reach
 * the renderer through the contract as JSON strings, exactly as written (never escaped twice, never
 * stripped), in answers the browser must not sniff as HTML; the renderer writes them as React text
 * nodes and has no HTML sink; ECharts tooltips, which are HTML, escape every text they show.
 */
const hostile = {
  field: '<script>alert("campo")</script>',
  operator: '<img src=x onerror=alert(1)>',
  municipality: '"><svg onload=alert(document.cookie)>',
  contract: "'; DROP TABLE production_monthly; --",
};

const rendererDir = fileURLToPath(new URL('../../../src-renderer/', import.meta.url));

function rendererFiles(dir = rendererDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rendererFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const shortName = (path: string) => relative(rendererDir, path).split(sep).join('/');

describe('source text is data, never markup or code', () => {
  let t: TempApp;
  let bridge: HttpBridge;

  beforeAll(async () => {
    t = await openTempApp();
    seedProduction(t.app.database.sqlite, [
      { period: '2024-01', field: hostile.field, operator: hostile.operator, department: '85', municipality: hostile.municipality, contract: hostile.contract, fiscalizada: 310 },
    ]);
    bridge = await startHttpBridge({ dispatcher: t.app.dispatcher, events: t.app.events, staticDir: t.dir });
  });
  afterAll(async () => {
    await bridge?.close();
    await t?.close();
  });

  const invoke = async (name: string, input: unknown) => {
    const response = await fetch(`${bridge.url.replace(/\/$/, '')}${httpRoutes.invoke}${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [httpRoutes.tokenHeader]: bridge.token },
      body: JSON.stringify(input),
    });
    return { response, body: (await response.json()) as { ok: boolean; data: Record<string, unknown> } };
  };

  it('answers names from the files verbatim, as JSON the browser may not sniff as HTML', async () => {
    const { response, body } = await invoke('catalog.dimensions', {});
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(body.ok).toBe(true);
    const labels = (key: string) => (body.data[key] as Array<{ label: string }>).map((o) => o.label);
    expect(labels('fields')).toEqual([hostile.field]);
    expect(labels('operators')).toEqual([hostile.operator]);
    expect(labels('municipalities')).toEqual([hostile.municipality]);
    expect(labels('contracts')).toEqual([hostile.contract]);

    const breakdown = await invoke('production.breakdown', { by: 'operator' });
    expect((breakdown.body.data['items'] as Array<{ label: string; volumeMpc: number }>).map((i) => [i.label, i.volumeMpc])).toEqual([[hostile.operator, 310]]);
    // The SQL-looking contract name was stored and found as text: the table is still there.
    expect(t.app.database.sqlite.prepare('SELECT count(*) FROM production_monthly').pluck().get()).toBe(1);
  });

  it('has no HTML or code sink anywhere in the renderer', () => {
    const sinks = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setTimeout\(\s*['"`]|setInterval\(\s*['"`]|srcdoc|javascript:/;
    const offenders = rendererFiles().filter((file) => sinks.test(readFileSync(file, 'utf8'))).map(shortName);
    expect(offenders).toEqual([]);
  });

  /**
   * ECharts draws tooltips as HTML. A file that writes tooltip markup either escapes the texts it puts
   * in it (escapeHtml), or is listed here because its tooltips show only numbers, periods and the app's
   * own messages — add a file to this list only after checking that.
   */
  const markupWithoutSourceText: Readonly<Record<string, string>> = {
    'royalties/royalties-chart-option.ts': 'periodos, importes y textos propios',
    'balance/balance-chart-option.ts': 'periodos, escenarios y GBTUD',
    'production/year-over-year.ts': 'meses, años y volúmenes',
    'demand/demand-band-option.ts': 'periodos, escenarios y GBTUD',
    'demand/demand-comparison.ts': 'ediciones, periodos y GBTUD',
  };

  it('escapes every text it puts in chart tooltip markup', () => {
    // One-line template strings holding tags (JSX between two template literals spans lines).
    const markup = /`[^`\n]*<(br|strong|b|span|div|table|tr|td)\b[^`\n]*`/;
    const withMarkup = rendererFiles()
      .filter((file) => markup.test(readFileSync(file, 'utf8')))
      .map(shortName);
    const unescaped = withMarkup.filter((name) => !/\bescapeHtml\b/.test(readFileSync(join(rendererDir, name), 'utf8')) && !(name in markupWithoutSourceText));
    expect(unescaped).toEqual([]);
    // The list stays honest: each file in it still writes markup (else it must leave the list).
    expect(Object.keys(markupWithoutSourceText).filter((name) => !withMarkup.includes(name))).toEqual([]);
  });
});
