import { lazy, type ReactNode, Suspense } from "react";
import { Link, useLocation } from "wouter";
import type { MessageKey } from "../../../shared/i18n/index";
import type { User } from "../../../shared/schemas/index";
import { withFeatureMessages } from "../i18n/feature-messages";
import { useI18n } from "../i18n/use-i18n";
import { SyncProvider } from "../sync/sync-provider";
import { NavIcon, type NavIconName } from "../ui/nav-icon";
import { AppHeader } from "./app-header";
import { UpdateBanner } from "./update-banner";

/** Loaded apart from the shell: it carries the sharing schemas. */
const UnreadCommentsBadge = lazy(() => import("../comments/unread-badge"));
/** Loaded apart from the shell: it carries the record schemas, to re-apply a value. */
const ReviewNotice = lazy(withFeatureMessages(() => import("../sync/review-notice")));

const sections: { path: string; icon: NavIconName; label: MessageKey }[] = [
  { path: "/experiences", icon: "experiences", label: "nav.experiences" },
  { path: "/competencies", icon: "competencies", label: "nav.competencies" },
  { path: "/proofs", icon: "proofs", label: "nav.proofs" },
  { path: "/cvs", icon: "cvs", label: "nav.cvs" },
  { path: "/sharing", icon: "sharing", label: "nav.sharing" },
  { path: "/account", icon: "account", label: "nav.account" },
];

/**
 * The signed-in app: header, navigation (tab bar on a phone, side bar on a wide screen), screen.
 * On a phone the tab bar holds the five sections and the account is reached from the name in the
 * header: six labels do not fit 360 px at a readable size.
 */
export function ShellLayout({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <SyncProvider userId={user.id}>
      <div className="shell">
        <AppHeader user={user} />
        <nav className="app-nav" aria-label={t("nav.label")}>
          <ul>
            {sections.map((section) => (
              <li key={section.path} className={`nav-item-${section.icon}`}>
                <NavLink
                  path={section.path}
                  icon={section.icon}
                  label={t(section.label)}
                  badge={
                    section.icon === "sharing" ? (
                      <Suspense fallback={null}>
                        <UnreadCommentsBadge />
                      </Suspense>
                    ) : null
                  }
                />
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="app-main">
          <UpdateBanner />
          <Suspense fallback={null}>
            <ReviewNotice />
          </Suspense>
          {children}
        </main>
      </div>
    </SyncProvider>
  );
}

export function NavLink({
  path,
  icon,
  label,
  badge = null,
}: {
  path: string;
  icon: NavIconName;
  label: string;
  badge?: ReactNode;
}) {
  // A section's tab stays current on its sub-pages (/proofs/new, /competencies/<id>...).
  const [location] = useLocation();
  const current = location === path ? "page" : location.startsWith(`${path}/`) ? "true" : undefined;
  return (
    <Link href={path} className="nav-link" aria-current={current}>
      <NavIcon name={icon} />
      <span className="nav-label">{label}</span>
      {badge}
    </Link>
  );
}

/** Signed out: the same header, no navigation. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public">
      <AppHeader />
      <main id="main" tabIndex={-1} className="app-main">
        <UpdateBanner />
        {children}
      </main>
    </div>
  );
}
