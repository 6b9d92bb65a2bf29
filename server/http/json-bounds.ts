/**
 * Bounds on every JSON value the API accepts, checked before any schema or handler sees it. They
 * sit far above anything a shared schema allows (the deepest record is a few levels, the longest
 * text 8000 characters), so only a hostile or broken client meets them; below them, recursive code
 * (schemas, the merge's comparisons, the database driver's serialiser) cannot overflow its stack.
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_STRING_LENGTH = 32_768;

export type JsonBoundsViolation = { path: string; message: string };

/**
 * The first place where `value` breaks a bound, or null. Iterative: any depth is safe to walk.
 * Places `deferred` names are not entered: their owner checks them itself (a push checks each
 * mutation's changes, so that one oversized change is that mutation's rejection, not the batch's).
 */
export function jsonBoundsViolation(
  value: unknown,
  deferred: (path: string) => boolean = () => false,
): JsonBoundsViolation | null {
  const pending: { value: unknown; depth: number; path: string }[] = [
    { value, depth: 0, path: "" },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value === "string") {
      if (next.value.length > MAX_JSON_STRING_LENGTH)
        return {
          path: next.path,
          message: `Text longer than ${MAX_JSON_STRING_LENGTH} characters.`,
        };
      continue;
    }
    if (typeof next.value !== "object" || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > MAX_JSON_DEPTH)
      return { path: next.path, message: `Nested deeper than ${MAX_JSON_DEPTH} levels.` };
    const entries = Array.isArray(next.value)
      ? next.value.map((item, index) => [String(index), item] as const)
      : Object.entries(next.value);
    for (const [key, item] of entries) {
      const path = next.path ? `${next.path}.${key}` : key;
      if (deferred(path)) continue;
      if (key.length > MAX_JSON_STRING_LENGTH)
        return {
          path: next.path,
          message: `Key longer than ${MAX_JSON_STRING_LENGTH} characters.`,
        };
      pending.push({ value: item, depth, path });
    }
  }
  return null;
}
