import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { PASSWORD_MIN } from "../../../../shared/schemas/index";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { ApiRequestError } from "../../lib/api-error";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import {
  emailError,
  type FieldErrors,
  focusField,
  focusFirstError,
  formText,
  lineError,
  onlyErrors,
  passwordError,
} from "../../ui/validation";
import { useSignUp } from "./sign-up";

const fields = ["displayName", "email", "password"] as const;
type Field = (typeof fields)[number];
const DISPLAY_NAME_MAX = 100;

export default function SignUpScreen() {
  const { t, locale } = useI18n();
  useScreenTitle(t("signUp.title"));
  const [, navigate] = useLocation();
  const signUp = useSignUp();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const account = {
      displayName: formText(form, "displayName"),
      email: formText(form, "email"),
      password: formText(form, "password"),
    };
    const found = onlyErrors({
      displayName: lineError(account.displayName, DISPLAY_NAME_MAX, t),
      email: emailError(account.email, t),
      password: passwordError(account.password, t),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(form, found, fields);
      return;
    }
    signUp.mutate(
      { ...account, displayName: account.displayName.trim(), email: account.email.trim(), locale },
      {
        onSuccess: () => navigate("/experiences", { replace: true }),
        onError: (error) => {
          // These two belong to a field: show them there, where the person will fix them.
          if (error instanceof ApiRequestError && error.code === "weak_password") {
            setErrors({ password: t("error.weak_password") });
            focusField(form, "password");
          } else if (error instanceof ApiRequestError && error.code === "email_taken") {
            setErrors({ email: t("error.email_taken") });
            focusField(form, "email");
          } else if (error instanceof ApiRequestError && error.code === "invalid_input") {
            const invalid = t("field.invalid");
            setErrors(
              onlyErrors({
                displayName: issueFor(error, "displayName", invalid),
                email: issueFor(error, "email", invalid),
                password: issueFor(error, "password", invalid),
              }),
            );
          }
        },
      },
    );
  };

  const fieldLevel =
    signUp.error instanceof ApiRequestError &&
    ["weak_password", "email_taken"].includes(signUp.error.code);

  return (
    <section className="screen screen-narrow" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("signUp.title")}</h1>
      <p className="lead">{t("signUp.intro")}</p>
      <form className="form" noValidate onSubmit={submit}>
        <FormMessage kind="error">
          {signUp.isError && !fieldLevel ? errorMessage(signUp.error, t) : null}
        </FormMessage>
        <TextField
          name="displayName"
          label={t("auth.displayName")}
          hint={t("auth.displayNameHint")}
          autoComplete="name"
          maxLength={DISPLAY_NAME_MAX}
          error={errors.displayName}
        />
        <TextField
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.password")}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
          autoComplete="new-password"
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={signUp.isPending}>
          {signUp.isPending ? t("signUp.pending") : t("signUp.submit")}
        </button>
      </form>
      <p className="switch-screen">
        {t("signUp.haveAccount")} <Link href="/sign-in">{t("signUp.toSignIn")}</Link>
      </p>
    </section>
  );
}

function issueFor(error: ApiRequestError, field: string, message: string): string | undefined {
  return error.fieldIssues.some((issue) => issue.path === field) ? message : undefined;
}
