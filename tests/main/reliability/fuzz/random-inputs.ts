/**
 * Seeded generators of hostile inputs for the dispatcher: any JSON value and then some (what Electron's
 * structured clone can carry besides JSON: NaN, Infinity, Dates, Maps, typed arrays), huge strings,
 * deep nesting, prototype-pollution keys, boundary numbers, and mutations of a valid input (one field
 * replaced, removed or doubled, an unknown key added). The same seed gives the same inputs.
 */
export interface Random {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (max) => Math.floor(next() * max), pick: (items) => items[Math.floor(next() * items.length)]!, chance: (p) => next() < p };
}

export const boundaryNumbers: readonly number[] = [
  0, -0, 1, -1, 0.5, 2, 10, 99, 100, 101, 499, 500, 501, 999, 1000, 1001, 4999, 5000, 5001, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, 2 ** 53,
  -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 1e308, 1e-308, Number.EPSILON, NaN, Infinity, -Infinity, 3.14159, 1.5e300,
];

export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '2024-01',
  '2024-13',
  '0000-00',
  '9999-12',
  '2024-1',
  '2025-2034',
  '00739-2025',
  '85',
  '5',
  'CUSIANA',
  "'; DROP TABLE production_monthly; --",
  "' OR '1'='1",
  '" OR ""="',
  '%',
  '_',
  '\\',
  '\u0000',
  '\uD800',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'C:\\Windows\\system32',
  'ñandú Ñ áéíóú',
  '🙂',
  'constructor',
  '__proto__',
  'toString',
  'a'.repeat(201),
  'null',
  'undefined',
  'NaN',
  '1e309',
  'production.series',
];

/** Long strings, used one at a time (an input that repeats one many times is megabytes once serialized). */
export const hugeStrings: readonly string[] = ['x'.repeat(5_000), 'y'.repeat(70_000), 'z'.repeat(1_000_000)];

export const pollutionKeys: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** A nested array or object `depth` levels deep (JSON.parse builds it without recursion). */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  return JSON.parse(kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

/** An object whose own keys include `__proto__` and friends, as JSON.parse would hand it over. */
export function pollutingObject(random: Random, depth: number, keys: readonly string[]): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const key of keys) if (random.chance(0.3)) payload[key] = randomValue(random, depth + 1, keys);
  const key = random.pick(pollutionKeys);
  return { ...(JSON.parse(`{"${key}": {"polluted": "sí", "isAdmin": true}}`) as Record<string, unknown>), ...payload };
}

export function randomValue(random: Random, depth: number, keys: readonly string[]): unknown {
  // Past a few levels only scalars, so the generator itself stays shallow.
  const kind = random.int(depth > 3 ? 6 : 12);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return random.chance(0.5);
    case 3:
    case 4:
      return random.pick(boundaryNumbers);
    case 5:
      return depth <= 1 && random.chance(0.15) ? random.pick(hugeStrings) : random.pick(hostileStrings);
    case 6: {
      // Long lists hold scalars only; short ones may nest (a long list of lists would explode in size).
      const length = random.pick([0, 1, 2, 5, 101, 2_001]);
      return Array.from({ length }, () => (length > 5 || random.chance(0.6) ? (random.chance(0.5) ? random.pick(hostileStrings) : random.pick(boundaryNumbers)) : randomValue(random, depth + 1, keys)));
    }
    case 7: {
      const object: Record<string, unknown> = {};
      for (let i = random.int(6); i > 0; i--) object[random.chance(0.8) ? random.pick(keys) : random.pick(hostileStrings)] = randomValue(random, depth + 1, keys);
      return object;
    }
    case 8:
      return pollutingObject(random, depth, keys);
    case 9:
      return deeplyNested(random.pick([50, 1_000, 5_000]), random.chance(0.5) ? 'array' : 'object');
    case 10:
      // What structured clone (Electron IPC) carries besides JSON.
      return random.pick<unknown>([new Date(Number.NaN), new Date(0), new Map([['from', '2024-01']]), new Set([1]), new Uint8Array(4), /x/g, 10n]);
    default:
      return random.pick<unknown>([{}, [], '', 0]);
  }
}

/** Every path to a value inside a JSON-like input (objects and arrays), root included. */
function paths(value: unknown, prefix: readonly (string | number)[] = []): Array<readonly (string | number)[]> {
  const found: Array<readonly (string | number)[]> = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

/** A valid input with one thing changed: a value replaced, a key removed, an unknown or polluting key added. */
export function mutate(random: Random, valid: unknown, keys: readonly string[]): unknown {
  const copy = structuredClone(valid) as unknown;
  const all = paths(copy);
  const path = random.pick(all);
  if (path.length === 0) return randomValue(random, 0, keys);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  switch (random.int(4)) {
    case 0:
      delete parent[key];
      break;
    case 1:
      // defineProperty: a plain assignment to `__proto__` would change the object's prototype instead.
      Object.defineProperty(parent, random.chance(0.5) ? random.pick(pollutionKeys) : random.pick(hostileStrings).slice(0, 40), {
        value: randomValue(random, 1, keys),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      break;
    default:
      parent[key] = randomValue(random, 1, keys);
  }
  return copy;
}
