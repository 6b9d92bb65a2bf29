import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import { apiErrorSchema, experienceDefaults } from "../../shared/schemas/index";
import { SYNC_SCHEMA_VERSION } from "../../shared/sync/protocol";
import { Agent, openTestApp, signUp, type TestContext } from "../test/app";
import {
  bodyWith,
  exampleOf,
  fieldPaths,
  hostileBodies,
  hostileIds,
  hostileValues,
  type OpenApiDocument,
} from "../test/openapi-cases";
import { seedPortfolio, shareWith, signInAdviser } from "../test/sharing";
import { newExperience } from "../test/sync";

/**
 * Walks every route and method of `/api/openapi.json` as an anonymous caller, a person and an
 * adviser: hostile ids in the path, a hostile query, bodies wrong as a whole, and hostile strings
 * and shapes in each field the request schema names (for the roles the route lets in). Not one
 * answer may be a 5xx, and every 4xx must be a JSON `{error: {code, message}}`.
 */

type Role = "anonymous" | "person" | "adviser";
type Request = { name: string; path: string; body?: string; contentType?: string };
type Group = {
  role: Role;
  method: string;
  route: string;
  valid: Request;
  others: Request[];
  /** Sent only when `valid` got past authentication and role checks. */
  fields: Request[];
};

let ctx: TestContext;
const agents = {} as Record<Exclude<Role, "anonymous">, Agent>;
const realIds: Record<string, string> = {};
let experienceInScope = "";
beforeAll(async () => {
  ctx = await openTestApp();
  agents.person = new Agent(ctx.app, "203.0.113.241");
  const person = await signUp(agents.person, "fuzz.personne@example.fr");
  const adviser = await signInAdviser(ctx, "fuzz.conseil@example.fr", { ip: "203.0.113.242" });
  agents.adviser = adviser.agent;
  const { hashes, ids } = await seedPortfolio(ctx.database.db, person.id);
  experienceInScope = ids.e1;
  const shareId = await shareWith(agents.person, "fuzz.conseil@example.fr");
  Object.assign(realIds, { id: shareId, shareId, sha256: hashes.p1 });
}, 60_000);
afterAll(async () => {
  await ctx.close();
});

/** Routes that end a session or change its credentials go last, so the others run signed in. */
const endsSession = /logout|account\/delete|auth\/password|totp/;
/** …and so does revoking the share, so the adviser's routes run on a live one. */
const runsLast = (route: string) => endsSession.test(route) || route.endsWith("/revoke");

function groupsFor(document: OpenApiDocument): Group[] {
  const groups: Group[] = [];
  for (const [route, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const schema = operation.requestBody?.content["application/json"].schema;
      const path = (id?: string) =>
        route.replace(/\{([^}]+)\}/g, (_match, name: string) => id ?? realIds[name] ?? uuidv7());
      const example = () => (schema ? JSON.stringify(exampleOf(schema)) : undefined);
      const hasBody = method !== "get" && method !== "head";
      for (const role of ["anonymous", "person", "adviser"] as const) {
        const others: Request[] = [
          { name: "hostile query", path: `${path()}?q=%00&limit=-1&q=${"x".repeat(5000)}` },
          ...(route.includes("{")
            ? hostileIds.map((id) => ({
                name: `id ${id.slice(0, 20)}`,
                path: path(id),
                body: example(),
              }))
            : []),
          ...(hasBody ? hostileBodies.map((body) => ({ ...body, path: path() })) : []),
        ];
        const fields: Request[] = [];
        for (const field of schema ? fieldPaths(exampleOf(schema)) : [])
          for (const hostile of hostileValues)
            fields.push({
              name: `${field.join(".")}: ${hostile.name}`,
              path: path(),
              body: bodyWith(exampleOf(schema ?? {}), field, hostile),
            });
        if (schema) fields.push(...(handMade[route]?.() ?? []));
        const valid = { name: "valid", path: path(), body: example() };
        groups.push({ role, method: method.toUpperCase(), route, valid, others, fields });
      }
    }
  }
  return groups.sort((a, b) => Number(runsLast(a.route)) - Number(runsLast(b.route)));
}

/** Well-formed requests that carry a hostile value where the generic walk cannot reach. */
const handMade: Record<string, () => Request[]> = {
  "/api/sync/push": () =>
    [...Object.keys(experienceDefaults), "activities.0", "tags.0"].flatMap((field) =>
      hostileValues.map((hostile) => ({
        name: `experience.${field}: ${hostile.name}`,
        path: "/api/sync/push",
        body: bodyWith(
          {
            clientId: uuidv7(),
            schemaVersion: SYNC_SCHEMA_VERSION,
            mutations: [
              {
                id: 1,
                table: "experience",
                key: uuidv7(),
                op: "put",
                baseVersion: 0,
                changes: newExperience("Stage", { activities: ["Accueil"], tags: ["vente"] }),
              },
            ],
          },
          ["mutations", "0", "changes", ...field.split(".")],
          hostile,
        ),
      })),
    ),
  "/api/adviser/shares/{shareId}/comments": () => {
    const path = `/api/adviser/shares/${realIds.shareId}/comments`;
    const suggestions = [
      {
        field: "label",
        kind: "add-competency",
        label: "Accueil",
        category: "soft-skill",
        reference: null,
        experienceId: null,
      },
      {
        field: "text",
        kind: "reword",
        table: "experience",
        recordId: experienceInScope,
        field_: "title",
        text: "Vente",
      },
    ];
    return suggestions.flatMap(({ field, field_, ...suggestion }) =>
      hostileValues.map((hostile) => ({
        name: `suggestion.${field}: ${hostile.name}`,
        path,
        body: bodyWith(
          { body: "Une idée", suggestion: { ...suggestion, ...(field_ ? { field: field_ } : {}) } },
          ["suggestion", field],
          hostile,
        ),
      })),
    );
  },
};

const refusedCaller = (status: number, code: string | undefined) =>
  status === 403 || (status === 401 && code !== "invalid_credentials");

describe("no input makes the server fail", () => {
  it("answers every route of the OpenAPI document, for every caller and hostile input, without a 5xx", async () => {
    const document = (await (await ctx.app.request("/api/openapi.json")).json()) as OpenApiDocument;
    const failures: string[] = [];
    let sent = 0;
    let serverErrors = 0;

    async function send(group: Group, request: Request) {
      // A fresh anonymous caller each time; a signed-in one keeps its session whatever it sends.
      const agent =
        group.role === "anonymous" ? new Agent(ctx.app, "203.0.113.240") : agents[group.role];
      const session = new Map(agent.cookies);
      const sendsBody = group.method !== "GET" && group.method !== "HEAD";
      const response = await agent.request(
        group.method,
        request.path,
        sendsBody ? request.body : undefined,
        request.contentType ? { "content-type": request.contentType } : {},
      );
      sent++;
      if (!endsSession.test(group.route)) {
        agent.cookies.clear();
        for (const [cookie, value] of session) agent.cookies.set(cookie, value);
      }
      const where = `${group.role} ${group.method} ${group.route} [${request.name}] → ${response.status}`;
      if (response.status < 400 || group.method === "HEAD") {
        await response.body?.cancel();
        return { status: response.status, code: undefined };
      }
      const text = await response.text();
      const parsed = apiErrorSchema.safeParse(safeJson(text));
      if (response.status >= 500) serverErrors++;
      if (response.status >= 500 || !parsed.success)
        failures.push(`${where} ${text.slice(0, 160)}`);
      return { status: response.status, code: parsed.data?.error.code };
    }

    const groups = groupsFor(document);
    for (const group of groups) {
      const valid = await send(group, group.valid);
      for (const request of group.others) await send(group, request);
      if (refusedCaller(valid.status, valid.code)) continue;
      for (const request of group.fields) await send(group, request);
    }

    const routes = new Set(groups.map((group) => `${group.method} ${group.route}`));
    console.info(
      `fuzz: ${routes.size} routes × 3 callers, ${sent} requests, ${serverErrors} answered 5xx`,
    );
    expect(failures).toEqual([]);
    const documented = Object.values(document.paths).flatMap((operations) =>
      Object.keys(operations),
    );
    expect(routes.size).toBe(documented.length);
    expect((await ctx.app.request("/api/health")).status).toBe(200);
  }, 240_000);
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
