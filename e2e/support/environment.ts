import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { type RunningServer, type ServerOptions, startServer } from "./server";

export type JourneyEnvironment = { readonly server: RunningServer; readonly browser: Browser };

/**
 * The real server and a Chromium for a journey file, started before its tests and stopped after
 * (it registers `beforeAll`/`afterAll`: call it once, at the top of the file).
 * Read `server` and `browser` inside the tests (they do not exist before `beforeAll` has run).
 */
export function journeyEnvironment(options: ServerOptions = {}): JourneyEnvironment {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error("the server is started in beforeAll; read it inside a test");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser is launched in beforeAll; read it inside a test");
      return browser;
    },
  };
}
