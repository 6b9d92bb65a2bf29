import { useSyncExternalStore } from "react";
import { useI18n } from "../i18n/use-i18n";
import { subscribeToUpdates, updateState } from "./service-worker";

export function UpdateBanner() {
  const { t } = useI18n();
  const update = useSyncExternalStore(subscribeToUpdates, updateState);
  if (!update.waiting) return null;
  return (
    <div className="update-banner" role="status">
      <p>{t("app.update.available")}</p>
      <button type="button" className="button button-primary" onClick={update.apply}>
        {t("app.update.reload")}
      </button>
    </div>
  );
}
