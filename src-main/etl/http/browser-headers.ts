/**
 * Headers of an ordinary desktop browser. Some official sites (MinEnergía's among them) answer scripts
 * that identify themselves with an error page, so Caudal asks like the browser its analysts would use.
 * No Accept-Encoding: undici does not decompress, and Content-Length must count the bytes we receive.
 */
export const browserUserAgent =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

export const browserHeaders: Readonly<Record<string, string>> = {
  'user-agent': browserUserAgent,
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8',
  'accept-language': 'es-CO,es;q=0.9,en;q=0.5',
};
