/**
 * Whether the database refused a value the request carried: SQLSTATE class 22, "data exception"
 * (a NUL in text, a `\u0000` in jsonb, a malformed uuid, a number out of range…). Such a failure
 * is the input's fault, so it is answered 400 rather than 500, whatever route met it first.
 * Drizzle wraps the driver's error, so the whole `cause` chain is looked at.
 */
export function refusedByDatabase(error: unknown): boolean {
  for (let link = error, depth = 0; link instanceof Error && depth < 5; depth++) {
    const code: unknown = Reflect.get(link, "code");
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return true;
    link = link.cause;
  }
  return false;
}
