import { type FormEvent, type RefObject, useEffect, useRef, useState } from "react";
import { totpCodeSchema } from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { useMe } from "../../session/me";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import { formText } from "../../ui/validation";
import { QrCode } from "./qr-code";
import { useFinishEnrolment, useTotpEnable, useTotpSetup } from "./second-factor";
import "./auth.css";

/**
 * An adviser's or admin's first sign-in (or the first after an operator reset it): type the
 * enrolment code the operator gave, scan a QR code (or type the key), confirm with a code, then
 * keep the ten recovery codes, shown this once, to copy or download. Until that last step is done,
 * the app stays on this screen.
 */
export default function TotpEnrolmentScreen() {
  const { t } = useI18n();
  useScreenTitle(t("enrol.title"));
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const [codeError, setCodeError] = useState<string | undefined>();
  const [enrolmentCodeError, setEnrolmentCodeError] = useState<string | undefined>();
  const [enrolmentCode, setEnrolmentCode] = useState("");
  const codesRef = useRef<HTMLParagraphElement>(null);
  const recoveryCodes = enable.data;

  useEffect(() => {
    if (recoveryCodes) codesRef.current?.focus();
  }, [recoveryCodes]);

  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = formText(form, "enrolmentCode").trim();
    if (!typed) {
      setEnrolmentCodeError(t("enrol.enrolmentCodeMissing"));
      focusField(form, "enrolmentCode");
      return;
    }
    setEnrolmentCodeError(undefined);
    setEnrolmentCode(typed);
    setup.mutate(typed, { onError: () => focusField(form, "enrolmentCode") });
  };

  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = totpCodeSchema.safeParse(formText(form, "code").replace(/\s+/g, ""));
    if (!parsed.success) {
      setCodeError(t("secondFactor.codeInvalid"));
      focusField(form, "code");
      return;
    }
    setCodeError(undefined);
    enable.mutate(
      { code: parsed.data, enrolmentCode },
      {
        onError: () => {
          form.reset();
          focusField(form, "code");
        },
      },
    );
  };

  return (
    <section className="screen screen-narrow enrol" aria-labelledby="screen-title">
      <h1 id="screen-title">{recoveryCodes ? t("enrol.codesTitle") : t("enrol.title")}</h1>
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} headingRef={codesRef} />
      ) : !setup.data ? (
        <>
          <p>{t("enrol.intro")}</p>
          <form className="form" noValidate onSubmit={start} aria-labelledby="screen-title">
            <FormMessage kind="error">
              {setup.isError ? errorMessage(setup.error, t) : null}
            </FormMessage>
            <TextField
              name="enrolmentCode"
              label={t("enrol.enrolmentCode")}
              hint={t("enrol.enrolmentCodeHint")}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="off"
              maxLength={64}
              error={enrolmentCodeError}
            />
            <button type="submit" className="button button-primary" disabled={setup.isPending}>
              {setup.isPending ? t("enrol.starting") : t("enrol.start")}
            </button>
          </form>
        </>
      ) : (
        <>
          <h2>{t("enrol.scan")}</h2>
          <QrCode
            text={setup.data.otpauthUri}
            label={t("enrol.qrAlt")}
            loading={t("enrol.qrLoading")}
          />
          <p>{t("enrol.secret")}</p>
          <p className="totp-secret" data-testid="totp-secret">
            {setup.data.secret.replace(/(.{4})/g, "$1 ").trim()}
          </p>
          <h2 id="enrol-confirm">{t("enrol.confirm")}</h2>
          <form className="form" noValidate onSubmit={confirm} aria-labelledby="enrol-confirm">
            <FormMessage kind="error">
              {enable.isError ? errorMessage(enable.error, t) : null}
            </FormMessage>
            <TextField
              name="code"
              label={t("secondFactor.code")}
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={7}
              error={codeError}
            />
            <button type="submit" className="button button-primary" disabled={enable.isPending}>
              {enable.isPending ? t("enrol.confirming") : t("enrol.confirmSubmit")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function RecoveryCodes({
  codes,
  headingRef,
}: {
  codes: string[];
  headingRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t } = useI18n();
  const me = useMe();
  const finish = useFinishEnrolment();
  const [copied, setCopied] = useState(false);
  const text = `${t("enrol.fileHeader", { email: me.data?.email ?? "" })}\n\n${codes.join("\n")}\n`;

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "skillfolio-recovery-codes.txt";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <p ref={headingRef} tabIndex={-1} className="notice">
        {t("enrol.codesIntro")}
      </p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t("enrol.copy")}
        </button>
        <button type="button" className="button" onClick={download}>
          {t("enrol.download")}
        </button>
      </div>
      <FormMessage kind="success">{copied ? t("enrol.copied") : null}</FormMessage>
      <button type="button" className="button button-primary" onClick={() => void finish()}>
        {t("enrol.saved")}
      </button>
    </>
  );
}

function focusField(form: HTMLFormElement, name: string) {
  const input = form.elements.namedItem(name);
  if (input instanceof HTMLInputElement) input.focus();
}
