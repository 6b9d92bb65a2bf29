import { describe, expect, it } from "vitest";
import { redactError, redactMessage } from "./log";

describe("redacting an error before it is logged", () => {
  it("keeps a failed query's statement and drops its params", () => {
    const message =
      'Failed query: insert into "users" ("email") values ($1)\nparams: camille@example.fr,$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
    expect(redactMessage(message)).toBe(
      'Failed query: insert into "users" ("email") values ($1)\nparams: [redacted]',
    );
  });

  it("drops the value a Postgres message quotes", () => {
    expect(redactMessage('invalid input syntax for type uuid: "camille@example.fr"')).toBe(
      'invalid input syntax for type uuid: "[redacted]"',
    );
  });

  it("masks emails, argon2 hashes and token-like strings anywhere in a message", () => {
    const redacted = redactMessage(
      "for camille@example.fr with $argon2id$v=19$m=19456$abc and JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    );
    expect(redacted).toBe("for [email] with [hash] and [token]");
  });

  it("keeps constraint names, SQLSTATE and stack frames, never the driver's detail", () => {
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_unique"'),
      {
        code: "23505",
        constraint: "users_email_unique",
        detail: "Key (email)=(camille@example.fr) already exists.",
      },
    );
    const redacted = redactError(new Error("Failed query: select 1\nparams: x", { cause: error }));
    expect(JSON.stringify(redacted)).not.toContain("camille");
    expect(redacted.cause).toEqual(
      expect.objectContaining({ code: "23505", constraint: "users_email_unique" }),
    );
    expect(redacted.stack).toMatch(/^\s+at /);
  });
});
