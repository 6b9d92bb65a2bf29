import { useI18n } from "../../i18n/use-i18n";
import { useScreenTitle } from "../../ui/use-screen-title";
import { ExportSection } from "./export-section";
import { ImportSection } from "./import-section";
import "./data.css";

/** /data: the portfolio out (our zip, JSON Resume) and in (our zip, JSON Resume, LinkedIn). */
export default function DataScreen() {
  const { t } = useI18n();
  useScreenTitle(t("data.title"));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("data.title")}</h1>
      <p className="lead">{t("data.intro")}</p>
      <ExportSection />
      <ImportSection />
    </section>
  );
}
