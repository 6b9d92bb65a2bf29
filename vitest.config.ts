import { defineConfig } from "vitest/config";

/** `npm test`: the server (and shared) suite in Node, the client suite against fake-indexeddb. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "server",
          include: ["server/**/*.test.ts", "shared/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: "./client/vite.config.ts",
        test: {
          name: "client",
          root: "./client",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "happy-dom",
          setupFiles: ["./src/test/setup.ts"],
          // PDF rendering and imports are CPU-bound: seconds alone, several times that under load.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
