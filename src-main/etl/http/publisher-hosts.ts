/**
 * How messages name the server behind a URL: the agency analysts know ("La ANH respondió HTTP 500")
 * when the host is one of the official publishers, else the host itself (a mirror, a test server).
 */
const publisherByDomain: ReadonlyArray<readonly [domain: string, name: string]> = [
  ['anh.gov.co', 'La ANH'],
  ['minenergia.gov.co', 'MinEnergía'],
  ['upme.gov.co', 'La UPME'],
  ['datos.gov.co', 'datos.gov.co'],
  ['dane.gov.co', 'El DANE'],
];

/** `host` is a URL host (name and optional port), as `new URL(…).host` gives it. */
export function publisherNameForHost(host: string): string {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  for (const [domain, publisher] of publisherByDomain) {
    if (name === domain || name.endsWith(`.${domain}`)) return publisher;
  }
  return `El servidor ${host}`;
}

/** The host of a URL, or the URL itself when it does not parse (messages must never throw). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
