import { dialog, shell, type BaseWindow, type MessageBoxOptions, type MessageBoxReturnValue } from 'electron';

/** The agencies whose pages an analyst may want to check a figure against. */
export interface OfficialPublisher {
  name: string;
  /** Registrable domain; its subdomains (www., docs., normativame.…) belong to the same publisher. */
  domain: string;
  homepage: string;
}

export const officialPublishers: readonly OfficialPublisher[] = [
  { name: 'Agencia Nacional de Hidrocarburos (ANH)', domain: 'anh.gov.co', homepage: 'https://www.anh.gov.co/' },
  { name: 'Ministerio de Minas y Energía', domain: 'minenergia.gov.co', homepage: 'https://www.minenergia.gov.co/' },
  { name: 'Unidad de Planeación Minero Energética (UPME)', domain: 'upme.gov.co', homepage: 'https://www.upme.gov.co/' },
  { name: 'Datos Abiertos Colombia', domain: 'datos.gov.co', homepage: 'https://www.datos.gov.co/' },
  { name: 'Departamento Administrativo Nacional de Estadística (DANE)', domain: 'dane.gov.co', homepage: 'https://www.dane.gov.co/' },
];

export interface OfficialLink {
  /** The URL as the browser will receive it (parsed and re-serialized). */
  href: string;
  publisher: OfficialPublisher;
}

/** The publisher behind an http(s) URL, or undefined for every other link (which is never opened). */
export function officialLinkOf(candidate: string): OfficialLink | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // Credentials in a link are a phishing pattern; an official page never needs them.
  if (url.username !== '' || url.password !== '') return undefined;
  const host = url.hostname;
  const publisher = officialPublishers.find((known) => host === known.domain || host.endsWith(`.${known.domain}`));
  return publisher ? { href: url.href, publisher } : undefined;
}

export function externalLinkConfirmation({ href, publisher }: OfficialLink): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Abrir enlace externo',
    message: '¿Abrir esta página en su navegador?',
    detail: `${href}\n\nEs un sitio oficial: ${publisher.name}. Se necesita conexión a internet.`,
    buttons: ['Abrir en el navegador', 'Cancelar'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

export interface ExternalLinkDeps {
  confirm: (options: MessageBoxOptions) => Promise<Pick<MessageBoxReturnValue, 'response'>>;
  openExternal: (url: string) => Promise<void>;
}

export type ExternalLinkOutcome = 'opened' | 'cancelled' | 'refused';

/**
 * Opens an official publisher's page in the system browser once the analyst agrees; any other URL is
 * refused without asking, so a crafted link inside imported data cannot reach the browser.
 */
export async function confirmAndOpenExternal(url: string, deps: ExternalLinkDeps): Promise<ExternalLinkOutcome> {
  const link = officialLinkOf(url);
  if (!link) return 'refused';
  const { response } = await deps.confirm(externalLinkConfirmation(link));
  if (response !== 0) return 'cancelled';
  await deps.openExternal(link.href);
  return 'opened';
}

/** The app's single entry point for outside links: menu items, page links and window.open. */
export function openOfficialLink(url: string, parent: BaseWindow | null | undefined): void {
  const deps: ExternalLinkDeps = {
    confirm: (options) => (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)),
    openExternal: (href) => shell.openExternal(href),
  };
  confirmAndOpenExternal(url, deps).catch((error: unknown) => console.error('[caudal] no se pudo abrir el enlace externo:', error));
}
