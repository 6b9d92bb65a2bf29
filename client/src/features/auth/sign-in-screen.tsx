import { type FormEvent, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { ApiRequestError } from "../../lib/api-error";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import {
  emailError,
  type FieldErrors,
  focusFirstError,
  formText,
  onlyErrors,
  requiredError,
} from "../../ui/validation";
import { SecondFactorStep } from "./second-factor-step";
import { type SignInCredentials, useSignIn } from "./sign-in";
import "./auth.css";

const fields = ["email", "password"] as const;
type Field = (typeof fields)[number];

export default function SignInScreen() {
  const { t } = useI18n();
  useScreenTitle(t("signIn.title"));
  const [, navigate] = useLocation();
  const signIn = useSignIn();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  // Set when the password was right and the account asks for its second factor.
  const [credentials, setCredentials] = useState<SignInCredentials | null>(null);
  // Arriving from "delete my account": say that it is done.
  const accountDeleted = new URLSearchParams(useSearch()).has("deleted");
  const goHome = (role: string) =>
    navigate(role === "adviser" ? "/" : "/experiences", { replace: true });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = formText(form, "email");
    const password = formText(form, "password");
    const found = onlyErrors({ email: emailError(email, t), password: requiredError(password, t) });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(form, found, fields);
      return;
    }
    signIn.mutate(
      { email, password },
      {
        onSuccess: (user) => goHome(user.role),
        onError: (error) => {
          if (error instanceof ApiRequestError && error.code === "second_factor_required") {
            signIn.reset();
            setCredentials({ email, password });
          }
        },
      },
    );
  };

  if (credentials) {
    return (
      <SecondFactorStep
        credentials={credentials}
        onSignedIn={(user) => goHome(user.role)}
        onBack={() => setCredentials(null)}
      />
    );
  }

  return (
    <section className="screen screen-narrow" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("signIn.title")}</h1>
      {accountDeleted && (
        <p className="form-message form-message-success screen-notice" role="status">
          {t("account.delete.done")}
        </p>
      )}
      <p className="lead">{t("signIn.intro")}</p>
      <form className="form" noValidate onSubmit={submit}>
        <FormMessage kind="error">
          {signIn.isError ? errorMessage(signIn.error, t) : null}
        </FormMessage>
        <TextField
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t("signIn.pending") : t("signIn.submit")}
        </button>
      </form>
      <p className="switch-screen">
        {t("signIn.noAccount")} <Link href="/sign-up">{t("signIn.toSignUp")}</Link>
      </p>
    </section>
  );
}
