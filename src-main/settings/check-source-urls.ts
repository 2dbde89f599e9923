import { CaudalError, type FieldIssue } from '../../src-shared/contract';
import type { SourceWithUrls } from '../etl/settings/source-urls';
import type { SettingsPatch } from './merge-settings';

/**
 * What the contract cannot know: which URL roles each source has, and whether a URL really parses.
 * Every problem is listed with its field path; the first one is the message.
 */
export function checkSourceUrlPatch(patch: SettingsPatch, sources: readonly SourceWithUrls[]): void {
  const issues: FieldIssue[] = [];
  for (const [id, roles] of Object.entries(patch.sourceUrls ?? {})) {
    const source = sources.find((candidate) => candidate.id === id);
    if (!source) {
      issues.push({ path: `sourceUrls.${id}`, message: `La fuente «${id}» no se descarga de internet; no tiene URLs que configurar` });
      continue;
    }
    const known = Object.keys(source.defaultUrls);
    for (const [role, url] of Object.entries(roles ?? {})) {
      const path = `sourceUrls.${id}.${role}`;
      if (!known.includes(role)) {
        issues.push({ path, message: `${source.title} no tiene la URL «${role}» (tiene: ${known.join(', ')})` });
      } else if (url && !isHttpUrl(url)) {
        issues.push({ path, message: `La URL de ${source.title} (${role}) no es una dirección http(s) válida: «${url.slice(0, 200)}»` });
      }
    }
  }
  const [first] = issues;
  if (first) throw new CaudalError('validation', `Configuración inválida en "${first.path}": ${first.message}`, issues);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
