import { type ReactNode, Suspense } from "react";
import { useI18n } from "../i18n/use-i18n";
import { ScreenErrorBoundary } from "../ui/screen-error-boundary";

/** Where a lazily loaded screen renders: a loading line meanwhile, a reload offer if it fails. */
export function Screen({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const failed = (
    <div className="screen" role="alert">
      <p>{t("app.screenLoadFailed")}</p>
      <button type="button" className="button" onClick={() => location.reload()}>
        {t("app.reload")}
      </button>
    </div>
  );
  return (
    <ScreenErrorBoundary fallback={failed}>
      <Suspense fallback={<p className="loading">{t("app.loading")}</p>}>{children}</Suspense>
    </ScreenErrorBoundary>
  );
}
