import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { csrfGuard } from "./security";

/** The guard alone, in front of a route that answers 204, seen as Node sees a proxied request. */
function guarded(https: boolean) {
  return new Hono().use(csrfGuard({ https })).post("/api/change", (c) => c.body(null, 204));
}

async function post(app: ReturnType<typeof guarded>, url: string, origin: string) {
  const response = await app.request(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: "{}",
  });
  return response.status;
}

describe("the same-origin rule behind a proxy that ends TLS", () => {
  it("accepts the browser's https origin although Node sees http, when the site is served over https", async () => {
    const app = guarded(true);
    expect(
      await post(app, "http://portfolio.example.fr/api/change", "https://portfolio.example.fr"),
    ).toBe(204);
    expect(
      await post(app, "http://portfolio.example.fr:443/api/change", "https://portfolio.example.fr"),
    ).toBe(204);
  });

  it("still refuses another site, and plain http, when the site is served over https", async () => {
    const app = guarded(true);
    expect(await post(app, "http://portfolio.example.fr/api/change", "https://evil.example")).toBe(
      403,
    );
    expect(
      await post(app, "http://portfolio.example.fr/api/change", "http://portfolio.example.fr"),
    ).toBe(403);
    expect(
      await post(
        app,
        "http://portfolio.example.fr/api/change",
        "https://portfolio.example.fr.evil.example",
      ),
    ).toBe(403);
  });

  it("compares with the address Node sees when the site is served over plain http", async () => {
    const app = guarded(false);
    expect(await post(app, "http://localhost:8080/api/change", "http://localhost:8080")).toBe(204);
    expect(await post(app, "http://localhost:8080/api/change", "https://localhost:8080")).toBe(403);
  });
});
