import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import type { Locale } from "../../../../shared/schemas/index";
import type { AccessLogEntry } from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useAccessLog } from "./access-log-api";
import { SharingTabs } from "./sharing-tabs";

/** Who looked at what, when: stored in UTC, shown in the device's time zone. */
export function AccessLogScreen() {
  const { t, locale, formatDateTime } = useI18n();
  useScreenTitle(t("accessLog.title"));
  const log = useAccessLog();
  return (
    <section className="screen sharing" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("accessLog.title")}</h1>
      <SharingTabs />
      <p className="lead">{t("accessLog.intro")}</p>
      {log.isPending && <p className="loading">{t("app.loading")}</p>}
      {log.isError && (
        <p className="notice" role="alert">
          {isNetworkError(log.error)
            ? t("accessLog.offline")
            : t("accessLog.loadFailed", { reason: errorMessage(log.error, t) })}
        </p>
      )}
      {log.data?.length === 0 && <p>{t("accessLog.none")}</p>}
      {log.data && log.data.length > 0 && (
        <ol className="access-log">
          {log.data.map((entry) => (
            <li key={entry.id} className="access-entry">
              <span className="access-when">
                <time dateTime={entry.at}>{formatDateTime(new Date(entry.at))}</time>
                {entry.count > 1 && lastTime(entry, locale) !== null && (
                  <>
                    {" "}
                    <time dateTime={entry.lastAt}>
                      {t("accessLog.until", { time: lastTime(entry, locale) ?? "" })}
                    </time>
                  </>
                )}
              </span>
              <span className="access-what">
                <strong>{entry.adviser?.displayName ?? t("accessLog.unknownAdviser")}</strong>{" "}
                {t(`accessLog.action.${entry.action}`).toLocaleLowerCase()}
                {entry.count > 1 && ` ${t("accessLog.count", { count: entry.count })}`}
              </span>
              {targetLabel(entry.target, t) && (
                <span className="access-target">{targetLabel(entry.target, t)}</span>
              )}
              {entry.adviser && <span className="access-email">{entry.adviser.email}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The end of a run of reads: its time alone on the day it began, else its date and time; null
 * when it ended in the minute it began ("16:54 until 16:54" says nothing).
 */
function lastTime(entry: AccessLogEntry, locale: Locale): string | null {
  const first = new Date(entry.at);
  const last = new Date(entry.lastAt);
  const sameDay = first.toDateString() === last.toDateString();
  const format = new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: "short" } : { dateStyle: "long", timeStyle: "short" },
  );
  if (sameDay && format.format(first) === format.format(last)) return null;
  return format.format(last);
}

/**
 * The server names what was read in plain words ("portfolio", "CV: title", "proof: title",
 * "comments"); the known ones are said in the person's language, the rest shown as they are.
 */
function targetLabel(
  target: string,
  t: (key: MessageKey, params?: MessageParams) => string,
): string | null {
  if (target === "portfolio") return t("sharing.scope.portfolio");
  if (target === "comments") return null;
  const cv = /^CV: (.*)$/.exec(target);
  if (cv?.[1]) return t("sharing.scope.cv", { title: cv[1] });
  const proof = /^proof: (.*)$/.exec(target);
  if (proof?.[1]) return proof[1];
  return target || null;
}
