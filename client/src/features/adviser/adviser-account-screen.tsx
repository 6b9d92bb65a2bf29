import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { LanguageSwitch } from "../../session/language-switch";
import { useMe } from "../../session/me";
import { useSignOut } from "../../session/sign-out";
import { FormMessage } from "../../ui/form-message";
import { useScreenTitle } from "../../ui/use-screen-title";
import "./adviser.css";

/**
 * The adviser's account: who is signed in, the second factor, the language, and sign-out, which
 * erases the portfolios kept on this device for offline reading (see session/sign-out.ts).
 */
export default function AdviserAccountScreen() {
  const { t, locale } = useI18n();
  useScreenTitle(t("adviserAccount.title"));
  const me = useMe();
  const signOut = useSignOut();
  const user = me.data;
  if (!user) return null;
  return (
    <section className="screen adviser-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("adviserAccount.title")}</h1>
      <section className="card" aria-labelledby="identity-title">
        <h2 id="identity-title">{t("account.identity")}</h2>
        <dl className="facts">
          <dt>{t("auth.displayName")}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t("account.email")}</dt>
          <dd>{user.email}</dd>
          <dt>{t("account.role")}</dt>
          <dd>{t(`account.role.${user.role}`)}</dd>
          <dt>{t("adviserAccount.secondFactor")}</dt>
          <dd>{t("adviserAccount.secondFactorOn")}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t("account.language.title")}</h2>
        <p>{t("language.current", { language: t(`language.${locale}`) })}</p>
        <LanguageSwitch className="button" />
      </section>
      <section className="card" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">{t("adviserAccount.signOut")}</h2>
        <p>{t("adviserAccount.signOutHint")}</p>
        <FormMessage kind="error">
          {signOut.isError ? errorMessage(signOut.error, t) : null}
        </FormMessage>
        <button
          type="button"
          className="button button-danger"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          {signOut.isPending ? t("adviserAccount.signingOut") : t("adviserAccount.signOut")}
        </button>
      </section>
    </section>
  );
}
