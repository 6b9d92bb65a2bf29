import { useEffect, useState } from "react";
import { useI18n } from "../i18n/use-i18n";
import { readStorageReport, requestPersistence, type StorageReport } from "./device-storage";
import { formatStorage } from "./storage-format";

/** The Account screen's "storage on this device": space used, and whether it may be evicted. */
export function StorageSection() {
  const { t, locale } = useI18n();
  const [report, setReport] = useState<StorageReport | null | undefined>(undefined);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let current = true;
    readStorageReport().then(
      (read) => current && setReport(read),
      () => current && setReport(null),
    );
    return () => {
      current = false;
    };
  }, []);

  const ask = async () => {
    const granted = await requestPersistence().catch(() => false);
    setRefused(!granted);
    setReport(await readStorageReport().catch(() => null));
  };

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t("profile.storage.title")}</h2>
      {report === undefined ? (
        <p>{t("app.loading")}</p>
      ) : report === null || report.usage === null ? (
        <p>{t("profile.storage.unknown")}</p>
      ) : (
        <p data-testid="storage-usage">
          {report.quota === null
            ? t("profile.storage.usageOnly", { usage: formatStorage(locale, report.usage) })
            : t("profile.storage.usage", {
                usage: formatStorage(locale, report.usage),
                quota: formatStorage(locale, report.quota),
              })}
        </p>
      )}
      {report && (
        <p data-testid="storage-persisted">
          {report.persisted ? t("profile.storage.persisted") : t("profile.storage.notPersisted")}
        </p>
      )}
      {report && !report.persisted && (
        <>
          {refused && <p role="status">{t("profile.storage.refused")}</p>}
          <button type="button" className="button" onClick={ask}>
            {t("profile.storage.request")}
          </button>
        </>
      )}
    </section>
  );
}
