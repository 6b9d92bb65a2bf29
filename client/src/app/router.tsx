import { lazy } from "react";
import { Redirect, Route, Switch } from "wouter";
import { withFeatureMessages } from "../i18n/feature-messages";
import { useI18n } from "../i18n/use-i18n";
import { useMe } from "../session/me";
import { AdviserApp } from "./adviser-app";
import { DeviceOwnerGate } from "./device-owner-gate";
import { Screen } from "./screen";
import { PublicLayout, ShellLayout } from "./shell-layout";

const SignInScreen = lazy(withFeatureMessages(() => import("../features/auth/sign-in-screen")));
const SignUpScreen = lazy(withFeatureMessages(() => import("../features/auth/sign-up-screen")));
const ExperiencesScreen = lazy(
  withFeatureMessages(() => import("../features/experiences/experiences-screen")),
);
const CompetenciesScreen = lazy(
  withFeatureMessages(() => import("../features/competencies/competencies-screen")),
);
const ProofsScreen = lazy(withFeatureMessages(() => import("../features/proofs/proofs-screen")));
const CvsScreen = lazy(withFeatureMessages(() => import("../features/cvs/cvs-screen")));
const SharingScreen = lazy(withFeatureMessages(() => import("../features/sharing/sharing-screen")));
const AccountScreen = lazy(withFeatureMessages(() => import("../features/account/account-screen")));
const ProfileScreen = lazy(withFeatureMessages(() => import("../features/profile/profile-screen")));
const DataScreen = lazy(withFeatureMessages(() => import("../features/my-data/data-screen")));
const ConflictsScreen = lazy(
  withFeatureMessages(() => import("../features/conflicts/conflicts-screen")),
);
const NotFoundScreen = lazy(withFeatureMessages(() => import("./not-found-screen")));

/**
 * Who sees what: signed-out people only reach sign-in and sign-up; signed-in people reach the
 * shell. Offline, the last signed-in user (restored from the device) still opens the shell.
 */
export function AppRouter() {
  const me = useMe();
  if (me.data === undefined && me.isPending) return <Splash />;
  const user = me.data ?? null;

  if (!user) {
    return (
      <PublicLayout>
        <Screen>
          <Switch>
            <Route path="/sign-up" component={SignUpScreen} />
            <Route path="/sign-in" component={SignInScreen} />
            <Route>
              <Redirect to="/sign-in" replace />
            </Route>
          </Switch>
        </Screen>
      </PublicLayout>
    );
  }

  // An admin, like an adviser, reaches nothing before the second factor: the adviser app's gate
  // shows the enrolment (or sign-in again) screen until the session has passed it.
  if (user.role === "adviser" || (user.role === "admin" && user.secondFactor !== "passed")) {
    return <AdviserApp user={user} />;
  }

  return (
    <ShellLayout user={user}>
      <DeviceOwnerGate userId={user.id}>
        <Screen>
          <Switch>
            <Route path="/">
              <Redirect to="/experiences" replace />
            </Route>
            <Route path="/sign-in">
              <Redirect to="/experiences" replace />
            </Route>
            <Route path="/sign-up">
              <Redirect to="/experiences" replace />
            </Route>
            <Route path="/experiences" nest component={ExperiencesScreen} />
            <Route path="/competencies" nest component={CompetenciesScreen} />
            <Route path="/proofs" component={ProofsScreen} nest />
            <Route path="/cvs" component={CvsScreen} nest />
            <Route path="/sharing" component={SharingScreen} nest />
            <Route path="/account" component={AccountScreen} />
            <Route path="/profile" component={ProfileScreen} />
            <Route path="/conflicts" component={ConflictsScreen} />
            <Route path="/data" component={DataScreen} />
            <Route component={NotFoundScreen} />
          </Switch>
        </Screen>
      </DeviceOwnerGate>
    </ShellLayout>
  );
}

function Splash() {
  const { t } = useI18n();
  return (
    <p className="splash" role="status">
      {t("app.loading")}
    </p>
  );
}
