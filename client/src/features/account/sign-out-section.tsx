import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { unsyncedChangeCount, useSignOut } from "../../session/sign-out";
import { FormMessage } from "../../ui/form-message";

/**
 * Sign-out wipes this device (docs/security.md, "Sessions"), so changes still waiting in the outbox
 * would be lost: when there are some, the person is told how many and chooses, before anything is
 * erased.
 */
export function SignOutSection() {
  const { t } = useI18n();
  const signOut = useSignOut();
  const [unsynced, setUnsynced] = useState(0);
  const [checking, setChecking] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (unsynced > 0) cancelButton.current?.focus();
  }, [unsynced]);

  async function requestSignOut() {
    setChecking(true);
    try {
      const count = await unsyncedChangeCount();
      if (count > 0) setUnsynced(count);
      else signOut.mutate();
    } finally {
      setChecking(false);
    }
  }

  const busy = checking || signOut.isPending;
  return (
    <section className="card" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title">{t("account.signOut.title")}</h2>
      <p>{t("account.signOut.explain")}</p>
      <FormMessage kind="error">
        {signOut.isError ? errorMessage(signOut.error, t) : null}
      </FormMessage>
      {unsynced > 0 ? (
        <div className="notice sign-out-warning">
          <p className="notice-title" role="alert">
            {t("account.signOut.unsynced", { count: unsynced })}
          </p>
          <p>{t("account.signOut.unsyncedHint")}</p>
          <div className="sign-out-choices">
            <button
              type="button"
              className="button button-danger"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              {signOut.isPending
                ? t("account.signOut.pending")
                : t("account.signOut.anyway", { count: unsynced })}
            </button>
            <button
              ref={cancelButton}
              type="button"
              className="button"
              disabled={signOut.isPending}
              onClick={() => setUnsynced(0)}
            >
              {t("account.signOut.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void requestSignOut()}
        >
          {signOut.isPending ? t("account.signOut.pending") : t("account.signOut.submit")}
        </button>
      )}
    </section>
  );
}
