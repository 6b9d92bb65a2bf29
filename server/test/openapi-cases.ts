import { uuidv7 } from "../../shared/ids";

/** The part of JSON Schema that `/api/openapi.json` uses for request bodies. */
export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
};

export type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        requestBody?: { content: { "application/json": { schema: JsonSchema } } };
      }
    >
  >;
};

/** A value to put somewhere: JSON, or raw text for what JSON.stringify cannot or will not write. */
export type Hostile = { name: string; value: unknown } | { name: string; raw: string };

const nest = (depth: number, open: string, close: string, core: string) =>
  `${open.repeat(depth)}${core}${close.repeat(depth)}`;

/** Strings a client should never send, and shapes no schema expects. */
export const hostileValues: Hostile[] = [
  { name: "NUL", value: "\u0000" },
  { name: "NUL inside", value: "Vente\u0000Conseil" },
  { name: "lone high surrogate", value: "a\ud800b" },
  { name: "lone low surrogate", value: "\udc00" },
  { name: "bidi override", value: "facture\u202Efdp.exe" },
  { name: "bidi isolate", value: "\u2066x\u2069" },
  { name: "100 000 characters", value: "x".repeat(100_000) },
  { name: "empty", value: "" },
  { name: "SQL", value: "'; drop table users; --" },
  { name: "deep array", raw: nest(5000, "[", "]", "0") },
  { name: "deep object", raw: nest(5000, '{"a":', "}", "0") },
  { name: "huge array", value: new Array(100_000).fill(0) },
  { name: "prototype key", raw: '{"__proto__":{"role":"admin"},"constructor":{"a":1}}' },
  { name: "huge number", value: 1e308 },
  { name: "negative", value: -1 },
  { name: "fraction", value: 0.5 },
  { name: "boolean", value: true },
  { name: "null", value: null },
  { name: "object", value: { a: "b" } },
  { name: "array", value: ["a"] },
];

/** Whole bodies that are wrong before any field is: not JSON, not an object, too deep. */
export const hostileBodies: { name: string; body: string; contentType?: string }[] = [
  { name: "empty body", body: "" },
  { name: "malformed JSON", body: '{"email":' },
  { name: "trailing garbage", body: '{"a":1}x' },
  { name: "JSON null", body: "null" },
  { name: "JSON array", body: "[]" },
  { name: "JSON string with NUL", body: '"\\u0000"' },
  { name: "deep array body", body: nest(5000, "[", "]", "") },
  { name: "huge array body", body: JSON.stringify(new Array(200_000).fill(1)) },
  { name: "text/plain", body: "{}", contentType: "text/plain" },
  { name: "form", body: "a=b", contentType: "application/x-www-form-urlencoded" },
];

/** Path parameters: a real id where the test has one, then ids that are wrong in every way. */
export const hostileIds = [
  "00000000-0000-0000-0000-000000000000",
  "not-an-id",
  "%00",
  "%ED%A0%80",
  "%E2%80%AE",
  "%ZZ",
  "..%2F..%2Fhealth",
  "9".repeat(2000),
];

let sequence = 0;

/** The simplest value the schema accepts (fresh ids and emails each time, so replays do not hide). */
export function exampleOf(schema: JsonSchema, name = ""): unknown {
  if ("const" in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    const value = choices.find((choice) => choice.type !== "null") ?? {};
    // A nullable id names a record the caller cannot know of: null keeps the example valid.
    const unknowable = value.format === "uuid" && choices.some((choice) => choice.type === "null");
    return unknowable ? null : exampleOf(value, name);
  }
  switch (schema.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, exampleOf(value, key)]),
      );
    case "array":
      return schema.items ? [exampleOf(schema.items, name)] : [];
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, 1);
    case "boolean":
      return false;
    case "null":
      return null;
    case "string":
      return exampleString(schema, name);
    default:
      return {};
  }
}

function exampleString(schema: JsonSchema, name: string): string {
  if (schema.format === "uuid") return uuidv7();
  if (schema.format === "date-time" || /At$/.test(name))
    return new Date(Date.now() + 86_400_000).toISOString();
  if (schema.pattern?.includes("@") || /email/i.test(name)) return `fuzz.${++sequence}@example.fr`;
  if (schema.pattern === "^\\d{6}$") return "123456";
  if (/password/i.test(name)) return "un cheval très correct";
  return "Texte".padEnd(schema.minLength ?? 1, "x");
}

/** Every place in `value` where a field sits: object keys and first array items, a few levels down. */
export function fieldPaths(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (depth > 3 || typeof value !== "object" || value === null) return [];
  const entries = Array.isArray(value)
    ? value.slice(0, 1).map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [
    [...prefix, key],
    ...fieldPaths(item, [...prefix, key], depth + 1),
  ]);
}

const PLACEHOLDER = "@@hostile@@";

/** `value` as a JSON body with `hostile` at `path`. */
export function bodyWith(value: unknown, path: string[], hostile: Hostile): string {
  const copy = structuredClone(value);
  let target: unknown = copy;
  for (const key of path.slice(0, -1)) target = Reflect.get(target as object, key);
  const last = path[path.length - 1] ?? "";
  Reflect.set(target as object, last, "raw" in hostile ? PLACEHOLDER : hostile.value);
  const body = JSON.stringify(copy);
  return "raw" in hostile ? body.replace(`"${PLACEHOLDER}"`, hostile.raw) : body;
}
