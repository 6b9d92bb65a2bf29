import type { MessageKey } from "../../../shared/i18n/index";
import { useI18n } from "../i18n/use-i18n";
import { useScreenTitle } from "./use-screen-title";

/** The honest placeholder of a section that a later version of the app will fill. */
export function ComingSoon({ title, future }: { title: MessageKey; future: MessageKey }) {
  const { t } = useI18n();
  useScreenTitle(t(title));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t(title)}</h1>
      <div className="notice">
        <p className="notice-title">{t("section.notYet")}</p>
        <p>{t(future)}</p>
      </div>
    </section>
  );
}
