import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/database";
import { useI18n } from "../../i18n/use-i18n";
import type { Conflict } from "../../sync/conflicts-api";

const CLIENT_ID = "sync.clientId";

/** A touch screen as the main pointer: the person holds a phone (or a tablet), so call it that. */
function onAPhone(): boolean {
  return typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
}

/**
 * Which device made each value of a conflict, and when they met on the server: "this phone" (or
 * "this device" with a mouse) when the losing value came from here. The kept value is then another device's; when the losing
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
      device: mine
        ? t(onAPhone() ? "conflicts.thisPhone" : "conflicts.thisDevice")
        : t("conflicts.anotherDevice"),
      date,
    }),
    kept: mine ? t("conflicts.anotherDevice") : null,
  };
}
