import { useEffect, useState } from "react";
import { useI18n } from "../../i18n/use-i18n";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The clock, read again every `everyMs`, so a relative time stays true on a screen left open. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * When a copy read from the device was last confirmed by the server: "Vérifié il y a 5 min".
 * Past a day (which an adviser's session never lasts) it gives the date instead.
 */
export function LastChecked({ at }: { at: number }) {
  const { t, formatDateTime } = useI18n();
  const now = useNow(MINUTE / 2);
  const age = Math.max(0, now - at);
  const text =
    age < MINUTE
      ? t("shared.checked.now")
      : age < HOUR
        ? t("shared.checked.minutes", { count: Math.floor(age / MINUTE) })
        : age < 24 * HOUR
          ? t("shared.checked.hours", { count: Math.floor(age / HOUR) })
          : t("shared.checked.date", { date: formatDateTime(at) });
  return (
    <time dateTime={new Date(at).toISOString()} data-testid="last-checked">
      {text}
    </time>
  );
}
