import { z } from 'zod';
import { defineCommand, defineEvent } from './define';
import { spanishIssue, unknownOption } from './spanish-issues';
import { sourceId, sourceIds, type SourceId } from './sources';

/**
 * How often a source is checked for new data: the publishers' rhythm by default, changeable in
 * "Configuración". `manual` is "solo a mano": only the "Actualizar datos" button refreshes it.
 */
export const refreshSchedules = ['daily', 'weekly', 'monthly', 'manual'] as const;
export const refreshSchedule = z.enum(refreshSchedules, { error: 'Frecuencia inválida: use diaria (daily), semanal (weekly), mensual (monthly) o solo a mano (manual)' });
export type RefreshSchedule = z.infer<typeof refreshSchedule>;

/**
 * ANH production and MinEnergía publish without notice: checked daily. UPME and the royalties dataset
 * change a few times a year (the royalties source itself skips the download when `rowsUpdatedAt` has not
 * moved): weekly. DIVIPOLA and the boundaries change once a year at most: monthly.
 */
export const defaultRefreshSchedules: Readonly<Record<SourceId, RefreshSchedule>> = {
  'anh-production': 'daily',
  'mme-declaration': 'daily',
  'upme-demand': 'weekly',
  'anh-royalties': 'weekly',
  'dane-territory': 'monthly',
};

const sourceKey = { error: spanishIssue('Fuente', `use una de: ${sourceIds.join(', ')}`) };

/** An absolute http(s) URL, or empty text to switch that URL off. Checked again (URL parser) in the main process. */
export const sourceUrlValue = z
  .string()
  .trim()
  .max(2000, 'La URL es demasiado larga (máximo 2000 caracteres)')
  .refine((value) => value === '' || /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value), {
    message: 'Debe ser una dirección que empiece por http:// o https:// (o quedar vacía para desactivarla)',
  });

/** A URL role of a source (`index`, `metadata`, `data`…): what the main process knows the source uses. */
const urlRole = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'Nombre de URL inválido');

/** Anything the renderer keeps across sessions (saved views, panel layout): JSON under a short key. */
const uiKey = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'Clave inválida: letras, números, punto, dos puntos, guion y guion bajo (máximo 100)');
export const MAX_UI_VALUE_CHARS = 64 * 1024;
export const MAX_UI_KEYS = 200;
export const MAX_UI_VALUE_DEPTH = 32;
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A saved UI value: plain JSON, at most MAX_UI_VALUE_DEPTH levels deep and MAX_UI_VALUE_CHARS long.
 * Checked iteratively before anything recursive (zod's json, JSON.stringify, SQLite's json_valid) sees
 * it, so a pathological value is a validation error, never a stack overflow.
 */
const uiValue = z.custom<JsonValue>().superRefine((value, ctx) => {
  const problem = uiValueProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

function uiValueProblem(value: unknown): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_UI_VALUE_DEPTH) return `El valor guardado está anidado demasiado (máximo ${MAX_UI_VALUE_DEPTH} niveles)`;
    if (node === null || typeof node === 'string' || typeof node === 'boolean') continue;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return 'El valor guardado tiene un número no válido';
      continue;
    }
    if (Array.isArray(node)) {
      for (const child of node) stack.push([child, depth + 1]);
      continue;
    }
    if (typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      for (const child of Object.values(node)) stack.push([child, depth + 1]);
      continue;
    }
    return 'El valor guardado no es JSON';
  }
  return JSON.stringify(value).length > MAX_UI_VALUE_CHARS ? `El valor guardado es demasiado grande (máximo ${MAX_UI_VALUE_CHARS / 1024} KB)` : null;
}

export const appSettings = z.object({
  /** Every source, its own schedule or the default. */
  schedules: z.record(sourceId, refreshSchedule),
  /** Only the URLs the analyst replaced, by source and role. */
  sourceUrls: z.partialRecord(sourceId, z.record(urlRole, sourceUrlValue)),
  ui: z.record(uiKey, z.json()),
});
export type AppSettings = z.infer<typeof appSettings>;

export const defaultAppSettings: AppSettings = { schedules: { ...defaultRefreshSchedules }, sourceUrls: {}, ui: {} };

export const urlOrigin = z.enum(['default', 'settings', 'environment']);

/** One URL of a source as the settings screen shows it: its default, what is used now and why. */
export const sourceUrlSetting = z.object({
  role: z.string(),
  defaultUrl: z.string(),
  /** The URL in use: an environment variable beats Settings, which beats the default. */
  currentUrl: z.string(),
  origin: urlOrigin,
  /** `CAUDAL_URL_<FUENTE>_<ROL>`: when set, Settings cannot change this URL (shown as locked). */
  environmentVariable: z.string(),
});

export const settingsView = z.object({
  settings: appSettings,
  defaults: z.object({ schedules: z.record(sourceId, refreshSchedule) }),
  sources: z.array(z.object({ id: sourceId, title: z.string(), urls: z.array(sourceUrlSetting) })),
});
export type SettingsView = z.infer<typeof settingsView>;

export const settingsGet = defineCommand({
  summary: 'Configuración: frecuencia de actualización por fuente, URLs de las fuentes y preferencias de la interfaz.',
  input: z.strictObject({}, unknownOption()).default({}),
  output: settingsView,
});

/**
 * A partial change: only what is given changes. `null` puts a URL back to its default and removes a
 * `ui` key. Unknown sources, roles or schedules are refused with a Spanish message naming the field.
 */
export const settingsUpdate = defineCommand({
  summary: 'Cambia la configuración (solo lo indicado); null vuelve al valor por omisión.',
  input: z.strictObject(
    {
      schedules: z.partialRecord(sourceId, refreshSchedule, sourceKey).optional(),
      sourceUrls: z.partialRecord(sourceId, z.record(urlRole, sourceUrlValue.nullable()), sourceKey).optional(),
      ui: z
        .record(uiKey, uiValue.nullable(), { error: spanishIssue('Clave de preferencias', 'letras, números, punto, dos puntos, guion y guion bajo; máximo 100') })
        .refine((entries) => Object.keys(entries).length <= MAX_UI_KEYS, { message: `Demasiadas claves a la vez (máximo ${MAX_UI_KEYS})` })
        .optional(),
    },
    { error: spanishIssue('Sección', 'use schedules, sourceUrls o ui') },
  ),
  output: settingsView,
});

/** Sent after every successful `settings.update`: other windows and the scheduler follow it. */
export const settingsChanged = defineEvent(z.object({ settings: appSettings }));
