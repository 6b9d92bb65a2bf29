import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

export const artifactsDir = path.resolve(import.meta.dirname, "../artifacts");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const phone: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: "fr-FR",
};

export const desktop: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  locale: "fr-FR",
};

/**
 * Screenshots in e2e/artifacts/ for a person to look at: what the viewport shows now, then the
 * whole page from the top (a full-page shot of a scrolled page draws sticky bars mid-page).
 */
export async function screenshot(page: Page, name: string) {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}-viewport.png`) });
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** WCAG 2.1 A and AA violations on the current page, summarised for a readable failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/**
 * Collects uncaught page errors and Content-Security-Policy refusals, so a journey can assert
 * there were none. (Failed requests, such as the 401 of a signed-out /me, are expected.)
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}
