import { type FormEvent, useEffect, useRef, useState } from "react";
import type { User } from "../../../../shared/schemas/index";
import { recoveryCodeSchema, totpCodeSchema } from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import { formText } from "../../ui/validation";
import { type SignInCredentials, useSignIn } from "./sign-in";

/**
 * The second step of an adviser's sign-in: the six-digit code of their authenticator app, or one
 * of their recovery codes. The email and password typed at the first step are sent again with it.
 */
export function SecondFactorStep({
  credentials,
  onSignedIn,
  onBack,
}: {
  credentials: SignInCredentials;
  onSignedIn: (user: User) => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  useScreenTitle(t("secondFactor.title"));
  const signIn = useSignIn();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const input = formRef.current?.elements.namedItem("code");
    if (input instanceof HTMLInputElement) input.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = formText(form, "code").replace(/\s+/g, "");
    const schema = recovery ? recoveryCodeSchema : totpCodeSchema;
    const parsed = schema.safeParse(typed);
    if (!parsed.success) {
      setError(recovery ? t("secondFactor.recoveryInvalid") : t("secondFactor.codeInvalid"));
      focusCode(form);
      return;
    }
    setError(undefined);
    signIn.mutate(
      recovery
        ? { ...credentials, recoveryCode: parsed.data }
        : { ...credentials, totpCode: parsed.data },
      {
        onSuccess: onSignedIn,
        onError: () => {
          form.reset();
          focusCode(form);
        },
      },
    );
  };

  return (
    <section className="screen screen-narrow" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("secondFactor.title")}</h1>
      <p className="lead">{recovery ? t("secondFactor.recoveryIntro") : t("secondFactor.intro")}</p>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormMessage kind="error">
          {signIn.isError ? errorMessage(signIn.error, t) : null}
        </FormMessage>
        <TextField
          key={recovery ? "recovery" : "totp"}
          name="code"
          label={recovery ? t("secondFactor.recovery") : t("secondFactor.code")}
          autoComplete="one-time-code"
          inputMode={recovery ? "text" : "numeric"}
          pattern={recovery ? undefined : "[0-9]*"}
          maxLength={recovery ? 40 : 7}
          spellCheck={false}
          autoCapitalize="off"
          error={error}
        />
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t("secondFactor.pending") : t("secondFactor.submit")}
        </button>
      </form>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setRecovery(!recovery);
            setError(undefined);
            signIn.reset();
          }}
        >
          {recovery ? t("secondFactor.useCode") : t("secondFactor.useRecovery")}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t("secondFactor.back")}
        </button>
      </div>
    </section>
  );
}

function focusCode(form: HTMLFormElement) {
  const input = form.elements.namedItem("code");
  if (input instanceof HTMLInputElement) input.focus();
}
