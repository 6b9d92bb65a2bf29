import { describe, expect, it } from "vitest";
import { translate } from "../../../shared/i18n/index";
import { ApiRequestError, errorFromResponse } from "../lib/api-error";
import { jsonResponse } from "../test/render";
import { errorMessage } from "./error-message";

const fr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("fr", key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("en", key, params);

describe("API error to message", () => {
  it("a 401 invalid_credentials reads as a wrong email or password, in the person's language", async () => {
    const error = await errorFromResponse(
      jsonResponse(401, {
        error: { code: "invalid_credentials", message: "Wrong email or password." },
      }),
    );
    expect(error.code).toBe("invalid_credentials");
    expect(error.status).toBe(401);
    expect(errorMessage(error, fr)).toBe("Adresse e-mail ou mot de passe incorrect.");
    expect(errorMessage(error, en)).toBe("Wrong email address or password.");
  });

  it("rate limiting says how many minutes to wait, rounded up", async () => {
    const error = await errorFromResponse(
      jsonResponse(429, {
        error: { code: "rate_limited", message: "Too many", details: { retryAfterSeconds: 61 } },
      }),
    );
    expect(errorMessage(error, fr)).toBe("Trop de tentatives. Réessayez dans 2 minutes.");
    const noDetails = new ApiRequestError("rate_limited", 429, "Too many");
    expect(errorMessage(noDetails, en)).toBe("Too many attempts. Try again later.");
  });

  it("field issues from details are exposed by path", async () => {
    const error = await errorFromResponse(
      jsonResponse(400, {
        error: {
          code: "invalid_credentials",
          message: "The current password is wrong.",
          details: {
            issues: [{ path: "currentPassword", message: "The current password is wrong." }],
          },
        },
      }),
    );
    expect(error.fieldIssues).toEqual([
      { path: "currentPassword", message: "The current password is wrong." },
    ]);
  });

  it("an unknown code or an unreadable body is 'unexpected', never a raw server text", async () => {
    const unknown = await errorFromResponse(
      jsonResponse(418, { error: { code: "teapot", message: "I'm a teapot" } }),
    );
    expect(unknown.code).toBe("unexpected");
    expect(errorMessage(unknown, en)).toBe(en("error.unexpected"));
    const html = await errorFromResponse(new Response("<h1>Bad gateway</h1>", { status: 502 }));
    expect(html.code).toBe("unexpected");
    expect(html.status).toBe(502);
  });

  it("a network failure has its own message, and so does a non-API error", () => {
    expect(errorMessage(new ApiRequestError("network", null, "Failed to fetch"), fr)).toBe(
      fr("error.network"),
    );
    expect(errorMessage(new TypeError("boom"), fr)).toBe(fr("error.unexpected"));
  });
});
