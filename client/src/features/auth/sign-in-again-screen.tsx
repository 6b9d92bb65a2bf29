import { useI18n } from "../../i18n/use-i18n";
import { useSignOut } from "../../session/sign-out";
import { useScreenTitle } from "../../ui/use-screen-title";

/** Enrolled, but this session did not pass the second factor: sign in again with the code. */
export default function SignInAgainScreen() {
  const { t } = useI18n();
  useScreenTitle(t("secondFactor.title"));
  const signOut = useSignOut();
  return (
    <section className="screen screen-narrow" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("secondFactor.title")}</h1>
      <p>{t("enrol.signInAgain")}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t("enrol.signInAgainButton")}
      </button>
    </section>
  );
}
