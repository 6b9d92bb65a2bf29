import { hashKey, type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Locale } from "../../../shared/schemas/index";
import { db, wipeDeviceData } from "../db/database";
import { saveLocale } from "../db/meta";
import { useI18n } from "../i18n/use-i18n";
import { api, sendEmpty } from "../lib/api-client";
import { meQueryKey } from "./me";

const meQueryHash = hashKey(meQueryKey);

/** How many changes made on this device the server has not received yet (sign-out loses them). */
export function unsyncedChangeCount(): Promise<number> {
  return db.outbox.count();
}

/**
 * Ends the session on the server first (so a stolen cookie dies with it), then erases this
 * device's copy: the whole database and the query cache. The language is not personal and is kept.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: async () => {
      await sendEmpty(() =>
        api.auth.logout.$post({}, { headers: { "Content-Type": "application/json" } }),
      );
      await forgetDevice(queryClient, locale);
    },
  });
}

/** Erases this device's copy of the person's data: the database and the query cache. */
export async function forgetDevice(queryClient: QueryClient, locale: Locale): Promise<void> {
  await wipeDeviceData(db);
  // Not queryClient.clear(): screens still observe `me`, and must see it become null.
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== meQueryHash });
  queryClient.setQueryData(meQueryKey, null);
  await saveLocale(locale);
}
