import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '../../../src-shared/security/content-security-policy';
import viteConfig from '../../../vite.config';

/**
 * The page Electron loads from file:// carries no response headers: its policy is the <meta> tag the
 * build writes, which must come before anything it governs. The page has no inline script or handler
 * for the policy to have to allow, and loads nothing from another origin.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const sourcePage = readFileSync(join(root, 'index.html'), 'utf8');
const builtPage = join(root, 'dist-renderer', 'index.html');

function scripts(html: string): Array<{ attributes: string; body: string }> {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attributes: m[1] ?? '', body: m[2] ?? '' }));
}

function expectSafePage(html: string): void {
  // No inline code: every script is an external module, and no element carries an on… handler.
  for (const script of scripts(html)) {
    expect(script.attributes).toMatch(/\bsrc="\.\//);
    expect(script.body.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  // Nothing from another origin: every src and href is relative, or a data: placeholder.
  for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^(\.\/|data:)/);
}

describe('the renderer page', () => {
  it('has no inline script, handler or remote resource in its source', () => {
    expectSafePage(sourcePage);
  });

  it('gets the policy as the first thing after the charset when built', () => {
    const config = viteConfig as UserConfig;
    const plugin = (config.plugins ?? []).flat().find((p): p is Plugin => Boolean(p) && (p as Plugin).name === 'caudal-content-security-policy');
    expect(plugin).toBeDefined();
    const transform = plugin!.transformIndexHtml as (html: string) => string;
    const html = transform(sourcePage);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`;
    expect(html).toContain(meta);
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('<meta charset="UTF-8" />'));
    expect(html.indexOf(meta)).toBeLessThan(Math.min(...['<script', '<link', '<style'].map((tag) => (html.includes(tag) ? html.indexOf(tag) : Infinity))));
    // frame-ancestors is ignored in a <meta> policy: the window and the bridge send it as a header.
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
  });

  // `npm test` builds the renderer before running the tests, so CI checks the very files that ship.
  it.skipIf(!existsSync(builtPage))('ships a built page with the policy and only its own scripts', () => {
    const html = readFileSync(builtPage, 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
    expectSafePage(html);
    const assets = readdirSync(join(root, 'dist-renderer', 'assets'));
    for (const script of scripts(html)) expect(assets).toContain(/src="\.\/assets\/([^"]+)"/.exec(script.attributes)?.[1]);
    // No eval-style code in what ships (the policy would block it; it must not be needed).
    for (const asset of assets.filter((a) => a.endsWith('.js'))) {
      expect(readFileSync(join(root, 'dist-renderer', 'assets', asset), 'utf8')).not.toMatch(/\bnew Function\(|\beval\(/);
    }
  });
});
