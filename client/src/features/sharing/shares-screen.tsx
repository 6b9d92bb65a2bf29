import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { cvSchema } from "../../../../shared/schemas/cv";
import type { Share } from "../../../../shared/schemas/sharing";
import { readRecords } from "../../db/portfolio";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { FormMessage } from "../../ui/form-message";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useRevokeShare, useShares } from "./shares-api";
import { SharingTabs } from "./sharing-tabs";

/** `history.state.shared` names the adviser just shared with (set by the share form). */
function justShared(): string | null {
  const state: unknown = history.state;
  const value = state && typeof state === "object" ? Reflect.get(state, "shared") : undefined;
  return typeof value === "string" ? value : null;
}

export function SharesScreen() {
  const { t } = useI18n();
  useScreenTitle(t("sharing.title"));
  const shares = useShares();
  const [announcement, setAnnouncement] = useState(() => {
    const adviser = justShared();
    return adviser ? t("sharing.created", { adviser }) : "";
  });
  const cvTitles = useLiveQuery(
    async () =>
      new Map((await readRecords("cv", cvSchema)).records.map((cv) => [cv.id, cv.title] as const)),
    [],
    new Map<string, string>(),
  );
  const list = shares.data ?? [];
  const active = list.filter((share) => share.status === "active");
  const past = list.filter((share) => share.status !== "active");

  return (
    <section className="screen sharing" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("sharing.title")}</h1>
      <SharingTabs />
      <p className="lead">{t("sharing.intro")}</p>
      <FormMessage kind="success">{announcement || null}</FormMessage>
      <p>
        <Link href="/new" className="button button-primary">
          {t("sharing.new")}
        </Link>
      </p>
      {shares.isPending && <p className="loading">{t("app.loading")}</p>}
      {shares.isError && (
        <p className="notice" role={shares.data ? undefined : "alert"}>
          {isNetworkError(shares.error)
            ? t("sharing.offline")
            : t("sharing.loadFailed", { reason: errorMessage(shares.error, t) })}
        </p>
      )}
      {shares.data && list.length === 0 && <p>{t("sharing.none")}</p>}
      {active.length > 0 && (
        <section aria-labelledby="shares-active">
          <h2 id="shares-active">{t("sharing.active")}</h2>
          <ul className="share-list">
            {active.map((share) => (
              <ShareItem
                key={share.id}
                share={share}
                cvTitles={cvTitles}
                onRevoked={() =>
                  setAnnouncement(t("sharing.revoked", { adviser: share.adviser.displayName }))
                }
              />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="shares-past">
          <h2 id="shares-past">{t("sharing.past")}</h2>
          <ul className="share-list">
            {past.map((share) => (
              <ShareItem key={share.id} share={share} cvTitles={cvTitles} onRevoked={() => {}} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function ShareItem({
  share,
  cvTitles,
  onRevoked,
}: {
  share: Share;
  cvTitles: ReadonlyMap<string, string>;
  onRevoked: () => void;
}) {
  const { t, locale } = useI18n();
  const revoke = useRevokeShare();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // In the confirmation the safe choice gets the focus.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(iso));
  const cvTitle = share.cvId ? cvTitles.get(share.cvId) : undefined;
  const scope =
    share.scope === "portfolio"
      ? t("sharing.scope.portfolio")
      : cvTitle
        ? t("sharing.scope.cv", { title: cvTitle })
        : t("sharing.scope.cvMissing");
  const when =
    share.status === "revoked" && share.revokedAt
      ? t("sharing.revokedOn", { date: date(share.revokedAt) })
      : share.status === "expired"
        ? t("sharing.expiredOn", { date: date(share.expiresAt) })
        : t("sharing.until", { date: date(share.expiresAt) });
  const hidden = share.hiddenFields.map((field) => t(`sharing.field.${field}`));
  const headingId = `share-${share.id}`;

  return (
    <li className={`card share share-${share.status}`} aria-labelledby={headingId}>
      <div className="share-head">
        <h3 id={headingId} className="share-adviser">
          {share.adviser.displayName}
        </h3>
        <span className={`share-status share-status-${share.status}`}>
          {t(`sharing.status.${share.status}`)}
        </span>
      </div>
      <p className="share-email">{share.adviser.email}</p>
      <ul className="share-facts">
        <li>{scope}</li>
        <li>{when}</li>
        <li>
          {hidden.length > 0
            ? t("sharing.hidden", { fields: hidden.join(", ") })
            : t("sharing.hiddenNone")}
        </li>
      </ul>
      <FormMessage kind="error">
        {revoke.isError
          ? t("sharing.revokeFailed", { reason: errorMessage(revoke.error, t) })
          : null}
      </FormMessage>
      {share.status === "active" &&
        (confirming ? (
          <div className="share-confirm">
            <p id={`${headingId}-confirm`}>
              {t("sharing.revokeConfirm", { adviser: share.adviser.displayName })}
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="button button-danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(share.id, { onSuccess: onRevoked })}
              >
                {t("sharing.revokeYes")}
              </button>
              <button
                type="button"
                className="button"
                ref={cancelRef}
                onClick={() => setConfirming(false)}
              >
                {t("sharing.cancel")}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button-danger"
            aria-label={t("sharing.revokeLabel", { adviser: share.adviser.displayName })}
            onClick={() => setConfirming(true)}
          >
            {t("sharing.revoke")}
          </button>
        ))}
    </li>
  );
}
