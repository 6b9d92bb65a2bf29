import { type ReactNode, useEffect, useState } from "react";
import { db } from "../db/database";
import { claimDevice } from "../db/device-owner";
import { useI18n } from "../i18n/use-i18n";

/** Screens that read or write the portfolio open once the device belongs to the signed-in user. */
export function DeviceOwnerGate({ userId, children }: { userId: string; children: ReactNode }) {
  const { t } = useI18n();
  const [claimed, setClaimed] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    claimDevice(db, userId).then(
      () => current && setClaimed(userId),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [userId]);
  if (failed) {
    return (
      <p className="screen" role="alert">
        {t("app.storageFailed")}
      </p>
    );
  }
  if (claimed !== userId) return <p className="loading">{t("app.loading")}</p>;
  return children;
}
