import { type FormEvent, useState } from "react";
import type { User } from "../../../../shared/schemas/index";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { useUpdateMe } from "../../session/update-me";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { focusField, formText, lineError } from "../../ui/validation";

const DISPLAY_NAME_MAX = 100;

export function DisplayNameForm({ user }: { user: User }) {
  const { t } = useI18n();
  const updateMe = useUpdateMe();
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const displayName = formText(form, "displayName");
    const problem = lineError(displayName, DISPLAY_NAME_MAX, t);
    setError(problem);
    if (problem) {
      focusField(form, "displayName");
      return;
    }
    updateMe.mutate({ displayName: displayName.trim() });
  };

  return (
    <section className="card" aria-labelledby="name-title">
      <h2 id="name-title">{t("account.name.title")}</h2>
      <form className="form" noValidate onSubmit={submit}>
        <FormMessage kind="error">
          {updateMe.isError ? errorMessage(updateMe.error, t) : null}
        </FormMessage>
        <FormMessage kind="success">
          {updateMe.isSuccess ? t("account.name.saved") : null}
        </FormMessage>
        <TextField
          name="displayName"
          label={t("auth.displayName")}
          hint={t("auth.displayNameHint")}
          autoComplete="name"
          maxLength={DISPLAY_NAME_MAX}
          defaultValue={user.displayName}
          error={error}
        />
        <button type="submit" className="button" disabled={updateMe.isPending}>
          {updateMe.isPending ? t("form.saving") : t("account.name.submit")}
        </button>
      </form>
    </section>
  );
}
