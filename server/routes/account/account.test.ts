import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { uuidv7 } from "../../../shared/ids";
import { apiErrorSchema } from "../../../shared/schemas/index";
import { shares, users } from "../../db/schema";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../../test/app";
import { Device, newExperience } from "../../test/sync";
import { accountExportSchema } from "./account.route";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 9, 9, 9,
]);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function upload(agent: Agent, bytes: Uint8Array) {
  const cookie = [...agent.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  return ctx.app.request(`/api/blobs/${sha256(bytes)}`, {
    method: "PUT",
    headers: { "content-type": "application/octet-stream", "x-skillfolio-upload": "1", cookie },
    body: bytes,
  });
}

/** A person with a record, a file, a share with an adviser and a failed login on record. */
async function populatedPerson(email: string) {
  const agent = new Agent(ctx.app, `198.51.100.${Math.floor(Math.random() * 200) + 1}`);
  const user = await signUp(agent, email, "Zoé Dvořák");
  const device = new Device(agent);
  const experienceId = uuidv7();
  const pushed = await device.push([
    device.mutation({
      table: "experience",
      key: experienceId,
      op: "put",
      baseVersion: 0,
      changes: newExperience("Aide-soignante à Łódź"),
    }),
  ]);
  expect(pushed.rejections).toEqual([]);
  expect((await upload(agent, png)).status).toBe(201);
  const adviserId = uuidv7();
  await ctx.database.db.insert(users).values({
    id: adviserId,
    email: `adviser.${adviserId}@example.fr`,
    passwordHash: "not-a-real-hash",
    role: "adviser",
    displayName: "Conseillère",
  });
  await ctx.database.db.insert(shares).values({
    id: uuidv7(),
    ownerId: user.id,
    adviserId,
    scope: "portfolio",
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const failed = await new Agent(ctx.app, "198.51.100.250").post("/api/auth/login", {
    email,
    password: "not the password at all",
  });
  expect(failed.status).toBe(401);
  return { agent, user, experienceId };
}

/** Every row of every table in which a uuid or text column holds `value`. */
async function rowsNaming(value: string): Promise<string[]> {
  const columnRows = z.object({
    rows: z.array(z.object({ table_name: z.string(), column_name: z.string() })),
  });
  const countRows = z.object({ rows: z.array(z.object({ n: z.number() })) });
  const columns = columnRows.parse(
    await ctx.database.db.execute(
      sql`select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and data_type in ('uuid', 'text')`,
    ),
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns.rows) {
    const result = countRows.parse(
      await ctx.database.db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table_name)}
            where ${sql.identifier(column_name)}::text like ${`%${value}%`}`,
      ),
    );
    if ((result.rows[0]?.n ?? 0) > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe("account export", () => {
  it("holds the person's records, files, shares and nothing of the sync bookkeeping", async () => {
    const { agent, experienceId } = await populatedPerson("export.me@example.fr");
    const response = await agent.get("/api/account/export");
    expect(response.status).toBe(200);
    const exported = accountExportSchema.parse(await response.json());
    expect(exported.user.email).toBe("export.me@example.fr");
    expect(exported.records.experience).toEqual([
      expect.objectContaining({ id: experienceId, title: "Aide-soignante à Łódź" }),
    ]);
    expect(JSON.stringify(exported.records)).not.toContain("fieldVersions");
    expect(exported.blobs).toEqual([{ sha256: sha256(png), size: png.length, mime: "image/png" }]);
    expect(exported.shares).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain("passwordHash");
  });

  it("needs a session", async () => {
    expect((await new Agent(ctx.app).get("/api/account/export")).status).toBe(401);
  });
});

describe("account deletion", () => {
  it("a wrong password deletes nothing and says which field is wrong", async () => {
    const { agent, user } = await populatedPerson("keep.me@example.fr");
    const response = await agent.post("/api/account/delete", { password: "wrong password" });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("invalid_credentials");
    expect((await agent.get("/api/auth/me")).status).toBe(200);
    expect(await rowsNaming(user.id)).toEqual(
      expect.arrayContaining(["users.id", "experiences.owner_id", "blobs.owner_id"]),
    );
  });

  it("removes every row and blob naming the person, ends their sessions and their shares", async () => {
    const { agent, user } = await populatedPerson("delete.me@example.fr");
    const other = new Agent(ctx.app, "198.51.100.251");
    await signUp(other, "stays@example.fr");
    const otherDevice = new Device(other);
    await otherDevice.push([
      otherDevice.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience("Stays"),
      }),
    ]);
    const secondSession = new Agent(ctx.app, "198.51.100.252");
    expect(
      (
        await secondSession.post("/api/auth/login", {
          email: "delete.me@example.fr",
          password: strongPassword,
        })
      ).status,
    ).toBe(200);

    const response = await agent.post("/api/account/delete", { password: strongPassword });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join(";")).toMatch(/sf_session=;|Max-Age=0/i);

    expect(await rowsNaming(user.id)).toEqual([]);
    expect(await rowsNaming("delete.me@example.fr")).toEqual([]);
    expect((await agent.get("/api/auth/me")).status).toBe(401);
    expect((await secondSession.get("/api/auth/me")).status).toBe(401);
    expect((await secondSession.get(`/api/blobs/${sha256(png)}`)).status).toBe(401);
    // The other person is untouched.
    expect((await otherDevice.pullAll()).size).toBe(1);
    // The address is free again.
    expect(
      (
        await new Agent(ctx.app, "198.51.100.253").post("/api/auth/signup", {
          email: "delete.me@example.fr",
          password: strongPassword,
          displayName: "Nouveau compte",
        })
      ).status,
    ).toBe(201);
  });

  it("refuses a missing password and an anonymous caller", async () => {
    const agent = new Agent(ctx.app, "198.51.100.254");
    await signUp(agent, "no.password@example.fr");
    expect((await agent.post("/api/account/delete", {})).status).toBe(400);
    expect((await new Agent(ctx.app).post("/api/account/delete", { password: "x" })).status).toBe(
      401,
    );
  });
});
