import { lazy, type ReactNode } from "react";
import { Redirect, Route, Switch } from "wouter";
import type { User } from "../../../shared/schemas/index";
import { useAdviserCopiesExpiry } from "../features/adviser/offline-limits";
import { withFeatureMessages } from "../i18n/feature-messages";
import { useI18n } from "../i18n/use-i18n";
import { AppHeader } from "./app-header";
import { Screen } from "./screen";
import { NavLink } from "./shell-layout";
import { UpdateBanner } from "./update-banner";

const CaseloadScreen = lazy(
  withFeatureMessages(() => import("../features/adviser/caseload-screen")),
);
const SharedPortfolioScreen = lazy(
  withFeatureMessages(() => import("../features/adviser/shared-portfolio-screen")),
);
const AdviserAccountScreen = lazy(
  withFeatureMessages(() => import("../features/adviser/adviser-account-screen")),
);
const TotpEnrolmentScreen = lazy(
  withFeatureMessages(() => import("../features/auth/totp-enrolment-screen")),
);
const SignInAgainScreen = lazy(
  withFeatureMessages(() => import("../features/auth/sign-in-again-screen")),
);
const NotFoundScreen = lazy(withFeatureMessages(() => import("./not-found-screen")));

/**
 * An adviser's app: no portfolio of their own (no capture screens, no sync), the portfolios shared
 * with them instead. Nothing is reachable before the second factor: first sign-in enrols it.
 */
export function AdviserApp({ user }: { user: User }) {
  useAdviserCopiesExpiry();
  if (user.secondFactor === "none") {
    return (
      <AdviserLayout user={user} nav={false}>
        <TotpEnrolmentScreen />
      </AdviserLayout>
    );
  }
  if (user.secondFactor === "enrolled") {
    return (
      <AdviserLayout user={user} nav={false}>
        <SignInAgainScreen />
      </AdviserLayout>
    );
  }
  return (
    <AdviserLayout user={user} nav>
      <Switch>
        <Route path="/">
          <Redirect to="/portfolios" replace />
        </Route>
        <Route path="/sign-in">
          <Redirect to="/portfolios" replace />
        </Route>
        <Route path="/portfolios" nest>
          <Switch>
            <Route path="/" component={CaseloadScreen} />
            <Route path="/:shareId" component={SharedPortfolioScreen} />
          </Switch>
        </Route>
        <Route path="/account" component={AdviserAccountScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </AdviserLayout>
  );
}

function AdviserLayout({ user, nav, children }: { user: User; nav: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={nav ? "shell shell-adviser" : "public shell-adviser"}>
      <AppHeader user={user} sync={false} />
      {nav && (
        <nav className="app-nav" aria-label={t("nav.label")}>
          <ul>
            <li className="nav-item-sharing">
              <NavLink path="/portfolios" icon="sharing" label={t("nav.caseload")} />
            </li>
            <li className="nav-item-adviser-account">
              <NavLink path="/account" icon="account" label={t("nav.account")} />
            </li>
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} className="app-main">
        <UpdateBanner />
        <Screen>{children}</Screen>
      </main>
    </div>
  );
}
