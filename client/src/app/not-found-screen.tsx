import { Link } from "wouter";
import { useI18n } from "../i18n/use-i18n";
import { useScreenTitle } from "../ui/use-screen-title";

export default function NotFoundScreen() {
  const { t } = useI18n();
  useScreenTitle(t("app.notFound.title"));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("app.notFound.title")}</h1>
      <p>{t("app.notFound.body")}</p>
      <Link href="/">{t("app.notFound.back")}</Link>
    </section>
  );
}
