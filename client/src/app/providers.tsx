import type { QueryClient } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import type { ReactNode } from "react";
import type { Locale } from "../../../shared/schemas/index";
import { db } from "../db/database";
import { I18nProvider } from "../i18n/i18n-context";
import { PERSIST_MAX_AGE_MS } from "../lib/query-client";
import { createDexiePersister } from "../lib/query-persister";

/** Bumped when the shape of persisted query data changes, to drop an old device cache. */
const CACHE_BUSTER = "1";

export function Providers({
  queryClient,
  locale,
  children,
}: {
  queryClient: QueryClient;
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{
        persister: createDexiePersister(db),
        maxAge: PERSIST_MAX_AGE_MS,
        buster: CACHE_BUSTER,
        dehydrateOptions: {
          // Only what a query asks for: today the signed-in user, for an offline start.
          shouldDehydrateQuery: (query) =>
            query.meta?.persist === true && query.state.status === "success",
        },
      }}
    >
      <I18nProvider initialLocale={locale}>{children}</I18nProvider>
    </PersistQueryClientProvider>
  );
}
