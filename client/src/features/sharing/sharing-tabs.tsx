import { Link, useLocation } from "wouter";
import { useI18n } from "../../i18n/use-i18n";

const tabs = [
  { path: "/", label: "sharing.tab.shares" },
  { path: "/comments", label: "sharing.tab.comments" },
  { path: "/access-log", label: "sharing.tab.accessLog" },
] as const;

/** The three pages of the sharing section, as links (each page has its own address). */
export function SharingTabs() {
  const { t } = useI18n();
  const [location] = useLocation();
  return (
    <nav className="sharing-tabs" aria-label={t("sharing.sections")}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.path}>
            <Link href={tab.path} aria-current={location === tab.path ? "page" : undefined}>
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
