import { parseDecimalText } from '../../../text/decimal-text';

/** Bounding box of Colombia including San Andrés and the northern cays, in degrees (WGS84). */
const LATITUDE_RANGE = [-5, 16] as const;
const LONGITUDE_RANGE = [-82.5, -66] as const;

export type CoordinateReading = { kind: 'value'; value: number } | { kind: 'absent' } | { kind: 'invalid'; text: string };

/**
 * A latitude or longitude as open data writes it. Publishers use 0 for "unknown" (datos.gov.co's
 * royalties), so 0, empty and out-of-country values never become a point in the sea off Africa.
 */
export function readCoordinate(raw: unknown, axis: 'latitude' | 'longitude'): CoordinateReading {
  const value = parseDecimalText(raw);
  if (value === null || value === 0) return { kind: 'absent' };
  const [min, max] = axis === 'latitude' ? LATITUDE_RANGE : LONGITUDE_RANGE;
  if (Number.isNaN(value) || value < min || value > max) return { kind: 'invalid', text: String(raw) };
  return { kind: 'value', value };
}
