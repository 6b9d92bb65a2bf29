import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/database";
import { useI18n } from "../../i18n/use-i18n";
import type { Conflict } from "../../sync/conflicts-api";

const CLIENT_ID = "sync.clientId";

/**
 * Which device made each value of a conflict, and when they met on the server: "this device"
 * when the losing value came from here. The kept value is then another device's; when the losing
 * value came from elsewhere, the server does not say whose the kept one is, so nothing is claimed.
 */
export function useOrigins(conflict: Conflict): { lost: string | null; kept: string | null } {
  const { t, locale } = useI18n();
  // undefined while IndexedDB answers: then nothing is said rather than a guess.
  const clientId = useLiveQuery(async () => (await db.meta.get(CLIENT_ID))?.value ?? null, []);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(conflict.createdAt),
  );
  if (clientId === undefined) return { lost: null, kept: null };
  const mine = conflict.losingClientId === clientId;
  return {
    lost: t("conflicts.madeOn", {
      device: mine ? t("conflicts.thisDevice") : t("conflicts.anotherDevice"),
      date,
    }),
    kept: mine ? t("conflicts.anotherDevice") : null,
  };
}
