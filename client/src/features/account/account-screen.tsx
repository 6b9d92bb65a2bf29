import { Link } from "wouter";
import { StorageSection } from "../../blobs/storage-section";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { LanguageSwitch } from "../../session/language-switch";
import { useMe } from "../../session/me";
import { useScreenTitle } from "../../ui/use-screen-title";
import { DeleteAccountSection } from "./delete-account-section";
import { DisplayNameForm } from "./display-name-form";
import { PasswordForm } from "./password-form";
import { SignOutSection } from "./sign-out-section";
import "./account.css";

export default function AccountScreen() {
  const { t, locale, formatDateTime } = useI18n();
  const me = useMe();
  useScreenTitle(t("account.title"));
  const user = me.data;
  if (!user) return null;

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("account.title")}</h1>
      {isNetworkError(me.error) && (
        <p className="notice">
          {t("status.offlineCachedUser", { date: formatDateTime(me.dataUpdatedAt) })}
        </p>
      )}

      <div className="card">
        <p>{t("profile.linkHint")}</p>
        <Link href="/profile" className="button">
          {t("profile.link")}
        </Link>
      </div>

      <section className="card" aria-labelledby="identity-title">
        <h2 id="identity-title">{t("account.identity")}</h2>
        <dl className="facts">
          <dt>{t("auth.displayName")}</dt>
          <dd data-testid="account-name">{user.displayName}</dd>
          <dt>{t("account.email")}</dt>
          <dd>{user.email}</dd>
          <dt>{t("account.role")}</dt>
          <dd>{t(`account.role.${user.role}`)}</dd>
        </dl>
      </section>

      <DisplayNameForm key={user.displayName} user={user} />
      <PasswordForm />

      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t("account.language.title")}</h2>
        <p>{t("language.current", { language: t(`language.${locale}`) })}</p>
        <LanguageSwitch className="button" />
      </section>

      <StorageSection />
      <section className="card" aria-labelledby="data-link-title">
        <h2 id="data-link-title">{t("data.title")}</h2>
        <p>{t("data.linkHint")}</p>
        <Link href="/data" className="button button-quiet">
          {t("data.link")}
        </Link>
      </section>
      <section className="card" aria-labelledby="conflicts-link-title">
        <h2 id="conflicts-link-title">{t("conflicts.title")}</h2>
        <p>{t("account.conflictsHint")}</p>
        <Link href="/conflicts" className="button button-quiet">
          {t("account.conflictsLink")}
        </Link>
      </section>

      <SignOutSection />
      <DeleteAccountSection />
    </section>
  );
}
