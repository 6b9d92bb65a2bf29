import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Providers } from "./app/providers";
import { AppRouter } from "./app/router";
import { registerServiceWorker } from "./app/service-worker";
import { readSavedLocale } from "./db/meta";
import { localeFromBrowser } from "./i18n/locale";
import { createQueryClient } from "./lib/query-client";
import "./ui/styles.css";

async function start() {
  // Read before the first render, so the app never flashes in the wrong language.
  const saved = await readSavedLocale().catch(() => null);
  const locale = saved ?? localeFromBrowser(navigator.languages);
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={createQueryClient()} locale={locale}>
        <AppRouter />
      </Providers>
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
