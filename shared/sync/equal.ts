/**
 * Whether two JSON values are equal, whatever the order of object keys. PostgreSQL's jsonb
 * reorders keys (shorter first), so a record that went through the server must still compare
 * equal to the one a device holds, or an untouched field would look changed.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => jsonEqual(item, b[index]))
    );
  }
  const aKeys = Object.keys(a).filter((key) => Reflect.get(a, key) !== undefined);
  const bKeys = Object.keys(b).filter((key) => Reflect.get(b, key) !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every(
      (key) => Object.hasOwn(b, key) && jsonEqual(Reflect.get(a, key), Reflect.get(b, key)),
    )
  );
}
