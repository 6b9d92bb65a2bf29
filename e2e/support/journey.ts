/**
 * Steps every journey shares: headings, the screenshot-and-axe check, waiting for the service
 * worker, signing up, and a real PNG to attach.
 */
import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { accessibilityViolations, screenshot } from "./browser";

/** The page-side API used in `page.evaluate` (this project's Node typings have no DOM). */
declare const navigator: {
  serviceWorker: { ready: Promise<unknown>; controller: object | null };
};

/** Waits for the screen's h1 to read `name` (screens load lazily, so not at once). */
export async function expectHeading(page: Page, name: string) {
  await page.getByRole("heading", { level: 1, name, exact: true }).waitFor();
  expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
}

/** Screenshot and axe check of the screen as it is now. */
export async function check(page: Page, name: string) {
  // Screens are loaded lazily: judge the screen, not its loading placeholder.
  await page.getByRole("heading", { level: 1 }).waitFor();
  await screenshot(page, name);
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** The first visit installs the service worker; a reload puts the page under its control. */
export async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export type Person = { displayName: string; email: string; password: string };

/** Signs a new person up through the form; lands on the experiences screen. */
export async function signUp(page: Page, baseUrl: string, person: Person) {
  await page.goto(`${baseUrl}/sign-up`);
  await submitSignUp(page, person);
}

/** Fills and sends the sign-up form already on screen; lands on the experiences screen. */
export async function submitSignUp(page: Page, person: Person) {
  await page.getByLabel("Nom affiché").fill(person.displayName);
  await page.getByLabel("Adresse e-mail").fill(person.email);
  await page.getByLabel("Mot de passe").fill(person.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL("**/experiences");
}

/** Signs an existing person in through the form. */
export async function signIn(page: Page, baseUrl: string, person: Person) {
  await page.goto(`${baseUrl}/sign-in`);
  await submitSignIn(page, person);
  await page.waitForURL("**/experiences");
}

/** Fills and sends the sign-in form already on screen (the password may be a wrong one). */
export async function submitSignIn(page: Page, credentials: Pick<Person, "email" | "password">) {
  await page.getByLabel("Adresse e-mail").fill(credentials.email);
  await page.getByLabel("Mot de passe").fill(credentials.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, decodable PNG: a diagonal gradient with a band, `width` × `height` pixels. */
export function makePng(width: number, height: number, tint: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) {
      const band = y > height * 0.4 && y < height * 0.6 ? 0.4 : 1;
      rows.push(
        Math.round(tint[0] * band * (x / width)),
        Math.round(tint[1] * band * (y / height)),
        Math.round(tint[2] * band),
      );
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
