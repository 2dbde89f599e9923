import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './src-shared/security/content-security-policy';

/**
 * The renderer is one static page. Electron loads it from file:// and `caudal serve` from a loopback
 * origin, so every asset URL is relative (`base: './'`).
 */
export default defineConfig({
  // The project root (index.html lives there), wherever vite is started from.
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: 'dist-renderer',
    emptyOutDir: true,
    // Only Electron 45's Chromium and current browsers (for `caudal serve`) run it: no legacy syntax.
    target: 'chrome120',
    sourcemap: false,
    // Raw kB. The budget is < 1 MB gzipped for the whole renderer (about 515 kB today, 1.52 MB raw);
    // this warns once the single chunk grows ~30 % past that.
    chunkSizeWarningLimit: 2000,
  },
});

/**
 * Adds the renderer's Content-Security-Policy to the built page only: the dev server needs inline
 * scripts (React refresh preamble) and a websocket, the shipped app needs neither. A file:// page in
 * Electron carries no response headers, so this meta tag is what protects it there.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'caudal-content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet the policy has to cover.
    transformIndexHtml: (html) =>
      html.replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`),
  };
}
