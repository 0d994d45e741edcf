/// Small readers for JSON values of unknown shape.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/// `value[key]` for an own property, so that `__proto__` or `constructor`
/// keys never reach the prototype.
export function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/// The array at `value[key]`, or undefined.
export function arrayField(value: unknown, key: string): unknown[] | undefined {
  const v = field(value, key);
  return Array.isArray(v) ? v : undefined;
}

/// A label from a string or a number (Deepgram numbers its speakers); null
/// for anything else.
export function label(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/// Text from a string or a finite number (a word written as `1990`);
/// undefined for anything else.
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
