import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

/**
 * The server's log: JSON lines. Nothing personal may reach it (no email, password, hash, token,
 * TOTP secret or record content), so request lines carry the route pattern rather than the path,
 * and errors go through `redactError`, which keeps their class, SQLSTATE and stack frames but
 * drops whatever of the values in play an error message may quote.
 */
export function createLogger(
  options: { destination?: DestinationStream; level?: pino.LevelWithSilent } = {},
): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: redactError },
      // Belt and braces: should a future line pass such an object, its secrets are censored.
      redact: {
        paths: [
          "email",
          "password",
          "token",
          "secret",
          "*.email",
          "*.password",
          "*.token",
          "*.secret",
          "*.passwordHash",
          "*.tokenHash",
          "*.totpSecret",
          "req.headers.cookie",
        ],
        censor: "[redacted]",
      },
    },
    options.destination ?? pino.destination(1),
  );
}

export type RedactedError = {
  type: string;
  message: string;
  stack: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  cause?: RedactedError;
};

/** An error as it may be logged: the database driver's parameters and value details removed. */
export function redactError(error: unknown, depth = 0): RedactedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: "(not an Error)", stack: "" };
  const fields = error as Error & Record<string, unknown>;
  const text = (name: string) =>
    typeof fields[name] === "string" ? { [name]: String(fields[name]) } : {};
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  const redacted: RedactedError = {
    type: error.constructor.name || error.name,
    message: redactMessage(error.message),
    stack: frames,
    ...text("code"),
    ...text("constraint"),
    ...text("table"),
    ...text("column"),
  };
  if (error.cause !== undefined && depth < 3) redacted.cause = redactError(error.cause, depth + 1);
  return redacted;
}

/**
 * Drizzle's "Failed query: … params: …" keeps the query (placeholders only) and loses its params;
 * Postgres messages that quote the offending value ('invalid input syntax for type uuid: "…"')
 * lose the quote; anything still shaped like an email, an argon2 hash or a token is masked.
 */
export function redactMessage(message: string): string {
  return message
    .replace(/\nparams:[\s\S]*$/, "\nparams: [redacted]")
    .replace(/: ".*"\s*$/, ': "[redacted]"')
    .replace(/\$argon2[a-z]*\$[^\s"',]*/g, "[hash]")
    .replace(/[^\s"'<>(),;:@]+@[^\s"'<>(),;:@]+/g, "[email]")
    .replace(/\b(?=[A-Za-z0-9+/_-]*\d)(?=[A-Za-z0-9+/_-]*[A-Z])[A-Za-z0-9+/_-]{16,}=*/g, "[token]");
}
