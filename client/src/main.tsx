import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Providers } from "./app/providers";
import { AppRouter } from "./app/router";
import { registerServiceWorker } from "./app/service-worker";
import { db } from "./db/database";
import { readSavedLocale } from "./db/meta";
import { expireAdviserCopies } from "./features/adviser/offline-limits";
import { localeFromBrowser } from "./i18n/locale";
import { createQueryClient } from "./lib/query-client";
import { createDexiePersister, persistQueryCache, restoreQueryCache } from "./lib/query-persister";
import { registerSessionQueries } from "./session/me";
import "./ui/styles.css";

/** Bumped when the shape of persisted query data changes, to drop an old device cache. */
const CACHE_BUSTER = "1";

async function start() {
  const queryClient = createQueryClient();
  registerSessionQueries(queryClient);
  const persister = createDexiePersister(db);
  // Both read before the first render: no flash of the wrong language, and offline the last
  // signed-in user is there at once instead of a sign-in screen.
  const [saved] = await Promise.all([
    readSavedLocale().catch(() => null),
    restoreQueryCache(queryClient, persister, CACHE_BUSTER, expireAdviserCopies).catch(
      (error: unknown) => console.error("Could not restore the query cache", error),
    ),
  ]);
  persistQueryCache(queryClient, persister, CACHE_BUSTER);
  const locale = saved ?? localeFromBrowser(navigator.languages);

  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient} locale={locale}>
        <AppRouter />
      </Providers>
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
