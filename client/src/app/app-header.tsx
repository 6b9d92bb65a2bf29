import { Link } from "wouter";
import type { User } from "../../../shared/schemas/index";
import { useI18n } from "../i18n/use-i18n";
import { LanguageSwitch } from "../session/language-switch";
import { SyncBadge } from "../sync/sync-badge";
import { NavIcon } from "../ui/nav-icon";
import { useOnline } from "../ui/use-online";

/** `sync: false` for an account without a portfolio of its own (an adviser): no sync badge. */
export function AppHeader({ user, sync = true }: { user?: User | undefined; sync?: boolean }) {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <header className="app-header">
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <div className="brand">
        <img src="/icons/logo.svg" alt="" width="32" height="32" />
        <span className="brand-name">{t("app.name")}</span>
      </div>
      <LanguageSwitch />
      <div className="header-meta">
        {user && (
          <Link href="/account" className="header-user">
            <NavIcon name="account" />
            <span className="header-user-name" data-testid="header-user">
              {user.displayName}
            </span>
            <span className="visually-hidden"> ({t("nav.account")})</span>
          </Link>
        )}
        {user && sync ? (
          <SyncBadge />
        ) : (
          <span
            className={`connection ${online ? "connection-online" : "connection-offline"}`}
            data-testid="connection"
          >
            <span className="connection-dot" aria-hidden="true" />
            {online ? t("status.online") : t("status.offline")}
          </span>
        )}
      </div>
    </header>
  );
}
