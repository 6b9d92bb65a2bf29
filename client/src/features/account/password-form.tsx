import { type FormEvent, useState } from "react";
import { PASSWORD_MIN } from "../../../../shared/schemas/index";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { ApiRequestError } from "../../lib/api-error";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import {
  type FieldErrors,
  focusField,
  focusFirstError,
  formText,
  onlyErrors,
  passwordError,
  requiredError,
} from "../../ui/validation";
import { useChangePassword } from "./change-password";

const fields = ["currentPassword", "newPassword"] as const;
type Field = (typeof fields)[number];

export function PasswordForm() {
  const { t } = useI18n();
  const changePassword = useChangePassword();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const request = {
      currentPassword: formText(form, "currentPassword"),
      newPassword: formText(form, "newPassword"),
    };
    const found = onlyErrors({
      currentPassword: requiredError(request.currentPassword, t),
      newPassword: passwordError(request.newPassword, t),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(form, found, fields);
      return;
    }
    changePassword.mutate(request, {
      onSuccess: () => form.reset(),
      onError: (error) => {
        const server = serverFieldErrors(
          error,
          t("error.currentPasswordWrong"),
          t("error.weak_password"),
          t("field.invalid"),
        );
        setErrors(server);
        focusFirstError(form, server, fields);
        if (Object.keys(server).length === 0) focusField(form, "currentPassword");
      },
    });
  };

  const fieldLevel =
    changePassword.error instanceof ApiRequestError && hasFieldErrors(changePassword.error);

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t("account.password.title")}</h2>
      <form className="form" noValidate onSubmit={submit}>
        <FormMessage kind="error">
          {changePassword.isError && !fieldLevel ? errorMessage(changePassword.error, t) : null}
        </FormMessage>
        <FormMessage kind="success">
          {changePassword.isSuccess ? t("account.password.saved") : null}
        </FormMessage>
        <TextField
          name="currentPassword"
          type="password"
          label={t("account.password.current")}
          autoComplete="current-password"
          error={errors.currentPassword}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t("account.password.new")}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
          autoComplete="new-password"
          error={errors.newPassword}
        />
        <button type="submit" className="button" disabled={changePassword.isPending}>
          {changePassword.isPending ? t("form.saving") : t("account.password.submit")}
        </button>
      </form>
    </section>
  );
}

function hasFieldErrors(error: ApiRequestError): boolean {
  return error.code === "weak_password" || error.fieldIssues.length > 0;
}

/** The server names the field in `details.issues`; the words shown are ours, in the person's language. */
function serverFieldErrors(
  error: unknown,
  wrongCurrent: string,
  weak: string,
  invalid: string,
): FieldErrors<Field> {
  if (!(error instanceof ApiRequestError)) return {};
  if (error.code === "weak_password") return { newPassword: weak };
  const named = (field: Field) => error.fieldIssues.some((issue) => issue.path === field);
  return onlyErrors({
    currentPassword: named("currentPassword")
      ? error.code === "invalid_credentials"
        ? wrongCurrent
        : invalid
      : undefined,
    newPassword: named("newPassword") ? invalid : undefined,
  });
}
