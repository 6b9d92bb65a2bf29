import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema, blobRefSchema } from "../../../shared/schemas/index";
import { Agent, openTestApp, signUp, type TestContext } from "../../test/app";

let ctx: TestContext;
let owner: Agent;
let stranger: Agent;
beforeAll(async () => {
  ctx = await openTestApp();
  owner = new Agent(ctx.app, "203.0.113.70");
  stranger = new Agent(ctx.app, "203.0.113.71");
  await signUp(owner, "blob-owner@example.fr");
  await signUp(stranger, "blob-stranger@example.fr");
});
afterAll(async () => {
  await ctx.close();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3,
]);
const pdf = new TextEncoder().encode("%PDF-1.7\n% attestation de stage\n");
const webp = new Uint8Array([
  0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50,
]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);

/** Uploads are raw bytes, not JSON: sent directly, with the agent's session cookie. */
function upload(agent: Agent, bytes: Uint8Array, hash = sha256(bytes)) {
  const cookie = [...agent.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  return ctx.app.request(`/api/blobs/${hash}`, {
    method: "PUT",
    headers: { "content-type": "application/octet-stream", "x-skillfolio-upload": "1", cookie },
    body: bytes,
  });
}

describe("blobs", () => {
  it.each([
    ["PNG", png, "image/png"],
    ["PDF", pdf, "application/pdf"],
    ["WebP", webp, "image/webp"],
    ["JPEG", jpeg, "image/jpeg"],
  ])("stores a %s once under its hash, sniffing its type", async (_name, bytes, mime) => {
    const first = await upload(owner, bytes);
    expect(first.status).toBe(201);
    expect(blobRefSchema.parse(await first.json())).toEqual({
      sha256: sha256(bytes),
      size: bytes.length,
      mime,
    });
    expect((await upload(owner, bytes)).status).toBe(200);

    const head = await owner.request("HEAD", `/api/blobs/${sha256(bytes)}`);
    expect(head.status).toBe(200);
    expect(head.headers.get("x-blob-size")).toBe(String(bytes.length));
    const get = await owner.get(`/api/blobs/${sha256(bytes)}`);
    expect(get.status).toBe(200);
    expect(get.headers.get("content-type")).toBe(mime);
    expect(new Uint8Array(await get.arrayBuffer())).toEqual(bytes);
  });

  it("refuses bytes whose hash is not their address", async () => {
    const claimed = new TextEncoder().encode("%PDF-1.4 another document");
    const response = await upload(owner, png, sha256(claimed));
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("hash_mismatch");
    expect((await owner.request("HEAD", `/api/blobs/${sha256(claimed)}`)).status).toBe(404);
  });

  it("refuses other types whatever they claim to be, and empty files", async () => {
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const response = await upload(owner, html);
    expect(response.status).toBe(415);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("unsupported_media_type");
    expect((await upload(owner, new Uint8Array())).status).toBe(400);
  });

  it("refuses more than 10 MB with 413", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png);
    const response = await upload(owner, big);
    expect(response.status).toBe(413);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("payload_too_large");
  });

  it("keeps each person's files to themselves and needs a session", async () => {
    const mine = new Uint8Array([...png, 42, 43]);
    await upload(owner, mine);
    expect((await stranger.get(`/api/blobs/${sha256(mine)}`)).status).toBe(404);
    expect((await stranger.request("HEAD", `/api/blobs/${sha256(mine)}`)).status).toBe(404);
    expect((await new Agent(ctx.app).get(`/api/blobs/${sha256(mine)}`)).status).toBe(401);
    expect((await owner.get("/api/blobs/not-a-hash")).status).toBe(404);
  });

  it("refuses an upload without the custom header or from another origin (CSRF)", async () => {
    const cookie = [...owner.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const plain = await ctx.app.request(`/api/blobs/${sha256(pdf)}`, {
      method: "PUT",
      headers: { "content-type": "application/octet-stream", cookie },
      body: pdf,
    });
    expect(plain.status).toBe(415);
    const foreign = await ctx.app.request(`/api/blobs/${sha256(pdf)}`, {
      method: "PUT",
      headers: { "x-skillfolio-upload": "1", origin: "https://evil.example", cookie },
      body: pdf,
    });
    expect(foreign.status).toBe(403);
  });
});
