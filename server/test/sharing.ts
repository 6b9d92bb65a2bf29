import { createHash } from "node:crypto";
import { count } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { uuidv7 } from "../../shared/ids";
import {
  recoveryCodesResponseSchema,
  shareResponseSchema,
  totpSetupResponseSchema,
} from "../../shared/schemas/index";
import { issueEnrolmentCode } from "../auth/enrolment-codes";
import type { Db } from "../db/connect";
import { accessLog, blobs, competencies, cvs, experiences, profiles, proofs } from "../db/schema";
import { createUser } from "../routes/auth/auth.service";
import { Agent, strongPassword, type TestContext } from "./app";

/** The code an authenticator app shows for `secret` at `at`. */
export function totpCode(secret: string, at = Date.now()) {
  return new TOTP({
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  }).generate({ timestamp: at });
}

async function expectOk(response: Response, status = 200) {
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * An adviser (or admin) account made as the admin command makes it, with its one-time enrolment
 * code, signed in on an agent; enrolled in TOTP unless told otherwise, which leaves the session
 * past the second factor.
 */
export async function signInAdviser(
  ctx: TestContext,
  email: string,
  options: { ip?: string; enrol?: boolean; displayName?: string; role?: "adviser" | "admin" } = {},
) {
  const user = await createUser(ctx.database.db, {
    email,
    password: strongPassword,
    displayName: options.displayName ?? "Alex Conseil",
    role: options.role ?? "adviser",
  });
  const { code: enrolmentCode } = await issueEnrolmentCode(ctx.database.db, user.id);
  const agent = new Agent(ctx.app, options.ip ?? `198.51.100.${Math.floor(Math.random() * 250)}`);
  await expectOk(await agent.post("/api/auth/login", { email, password: strongPassword }));
  if (options.enrol === false) return { agent, secret: null, recoveryCodes: [], enrolmentCode };
  const { secret, recoveryCodes } = await enrol(agent, enrolmentCode);
  return { agent, secret, recoveryCodes, enrolmentCode };
}

/** Sets up the second factor on a signed-in agent with an enrolment code, as the screen does. */
export async function enrol(agent: Agent, enrolmentCode: string) {
  const setup = totpSetupResponseSchema.parse(
    await expectOk(await agent.post("/api/auth/totp/setup", { enrolmentCode })),
  );
  const enabled = recoveryCodesResponseSchema.parse(
    await expectOk(
      await agent.post("/api/auth/totp/enable", { code: totpCode(setup.secret), enrolmentCode }),
    ),
  );
  return { secret: setup.secret, recoveryCodes: enabled.recoveryCodes };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const pngBytes = (tag: number) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, tag]);

/**
 * A small portfolio written straight into the store (the sync path has its own tests):
 * a CV holding experience e1 and competency c1 (backed by e1 and proof p1); outside it e2, c2 and
 * p2; a deleted experience; a photo. Each proof and the photo have their own file.
 */
export async function seedPortfolio(db: Db, ownerId: string) {
  const ids = {
    e1: uuidv7(),
    e2: uuidv7(),
    eDeleted: uuidv7(),
    c1: uuidv7(),
    c2: uuidv7(),
    p1: uuidv7(),
    p2: uuidv7(),
    cv: uuidv7(),
    cvDeleted: uuidv7(),
  };
  const files = { p1: pngBytes(1), p2: pngBytes(2), photo: pngBytes(3) };
  const ref = (bytes: Uint8Array) => ({
    sha256: sha256(bytes),
    size: bytes.length,
    mime: "image/png" as const,
  });
  const hashes = { p1: sha256(files.p1), p2: sha256(files.p2), photo: sha256(files.photo) };
  const base = { ownerId, version: 1 };
  await db.insert(blobs).values(
    Object.values(files).map((bytes) => ({
      ownerId,
      sha256: sha256(bytes),
      size: bytes.length,
      mime: "image/png",
      bytes,
    })),
  );
  await db.insert(profiles).values({
    ...base,
    id: ownerId,
    firstName: "Camille",
    lastName: "Martin",
    headline: "Aide à domicile",
    phone: "06 12 34 56 78",
    address: "3 rue des Lilas",
    birthDate: "1990-04-02",
    photo: ref(files.photo),
  });
  await db.insert(experiences).values([
    { ...base, id: ids.e1, kind: "job", title: "Aide à domicile", description: "Repas, courses" },
    { ...base, id: ids.e2, kind: "volunteering", title: "Trésorière d'association" },
    { ...base, id: ids.eDeleted, kind: "job", title: "Supprimée", deleted: true },
  ]);
  await db.insert(competencies).values([
    {
      ...base,
      id: ids.c1,
      label: "Préparer des repas",
      category: "know-how",
      evidence: { experienceIds: [ids.e1, ids.e2], proofIds: [ids.p1] },
    },
    {
      ...base,
      id: ids.c2,
      label: "Tenir une comptabilité",
      category: "know-how",
      evidence: { experienceIds: [ids.e2], proofIds: [] },
    },
  ]);
  await db.insert(proofs).values([
    {
      ...base,
      id: ids.p1,
      title: "Attestation employeur",
      blob: ref(files.p1),
      experienceIds: [ids.e1],
    },
    { ...base, id: ids.p2, title: "Bilan comptable", blob: ref(files.p2), experienceIds: [ids.e2] },
  ]);
  await db.insert(cvs).values([
    {
      ...base,
      id: ids.cv,
      title: "CV aide à domicile",
      experienceIds: [ids.e1, ids.eDeleted],
      competencyIds: [ids.c1],
    },
    { ...base, id: ids.cvDeleted, title: "Ancien CV", deleted: true },
  ]);
  return { ids, hashes, files };
}

/** Shares as the person would, `months` ahead; returns the share id. */
export async function shareWith(
  person: Agent,
  adviserEmail: string,
  options: { cvId?: string; hiddenFields?: string[]; days?: number } = {},
) {
  const response = await person.post("/api/shares", {
    adviserEmail,
    scope: options.cvId ? "cv" : "portfolio",
    cvId: options.cvId ?? null,
    expiresAt: new Date(Date.now() + (options.days ?? 90) * 24 * 3600_000).toISOString(),
    hiddenFields: options.hiddenFields ?? [],
  });
  return shareResponseSchema.parse(await expectOk(response, 201)).share.id;
}

export async function accessLogRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(accessLog);
  return row?.n ?? 0;
}
