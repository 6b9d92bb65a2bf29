import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { ApiRequestError } from "../../lib/api-error";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useOnline } from "../../ui/use-online";
import { useDeleteAccount } from "./delete-account";

/**
 * GDPR erasure: the export is offered first, then a confirmation with the password and an
 * explicit "I understand" before anything is deleted.
 */
export function DeleteAccountSection() {
  const { t } = useI18n();
  const online = useOnline();
  const deleteAccount = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; understand?: string }>({});
  const passwordField = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) passwordField.current?.querySelector("input")?.focus();
  }, [confirming]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    const found = {
      ...(password === "" ? { password: t("account.delete.passwordRequired") } : {}),
      ...(form.get("understand") ? {} : { understand: t("account.delete.understandRequired") }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    deleteAccount.mutate(password, {
      onError: (error) => {
        if (error instanceof ApiRequestError && error.code === "invalid_credentials") {
          setErrors({ password: t("error.currentPasswordWrong") });
        }
      },
    });
  };

  const wrongPassword =
    deleteAccount.error instanceof ApiRequestError &&
    deleteAccount.error.code === "invalid_credentials";

  return (
    <section className="card delete-account" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{t("account.delete.title")}</h2>
      <p>{t("account.delete.explain")}</p>
      <p>
        {t("account.delete.exportFirst")} <Link href="/data">{t("account.delete.exportLink")}</Link>
      </p>
      {!online && <p className="notice">{t("account.delete.offline")}</p>}
      {confirming ? (
        <form className="form" noValidate onSubmit={submit}>
          <h3>{t("account.delete.confirmTitle")}</h3>
          <FormMessage kind="error">
            {deleteAccount.isError && !wrongPassword ? errorMessage(deleteAccount.error, t) : null}
          </FormMessage>
          <div ref={passwordField}>
            <TextField
              name="password"
              type="password"
              label={t("account.delete.password")}
              autoComplete="current-password"
              error={errors.password}
            />
          </div>
          <div className="field">
            {errors.understand && (
              <p id="understand-error" className="field-error">
                {errors.understand}
              </p>
            )}
            <label className="choice">
              <input
                type="checkbox"
                name="understand"
                aria-invalid={errors.understand ? true : undefined}
                aria-describedby={errors.understand ? "understand-error" : undefined}
              />
              <span className="choice-text">{t("account.delete.understand")}</span>
            </label>
          </div>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-danger"
              disabled={deleteAccount.isPending || !online}
            >
              {deleteAccount.isPending ? t("account.delete.pending") : t("account.delete.submit")}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t("account.delete.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t("account.delete.start")}
        </button>
      )}
    </section>
  );
}
