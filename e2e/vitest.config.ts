import { defineConfig } from "vitest/config";

/** Browser journeys against the real server and the built client (run `npm run build` first). */
export default defineConfig({
  test: {
    name: "e2e",
    root: import.meta.dirname,
    include: ["**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
