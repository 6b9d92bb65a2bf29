import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useState } from "react";
import { type Profile, profileDefaults, profileSchema } from "../../../../shared/schemas/profile";
import type { PreparedFile } from "../../blobs/store-file";
import { readRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { useMe } from "../../session/me";
import { FormMessage } from "../../ui/form-message";
import { PartialDateField } from "../../ui/partial-date-field";
import { TextField } from "../../ui/text-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import {
  checkProfileDraft,
  draftOfProfile,
  languageRowKey,
  type ProfileDraft,
  type ProfileErrors,
  saveProfile,
  textLimits,
} from "./profile-draft";
import { ProfilePhoto } from "./profile-photo";
import { SpokenLanguages } from "./spoken-languages";
import "./profile.css";

export default function ProfileScreen() {
  const { t } = useI18n();
  useScreenTitle(t("profile.title"));
  const userId = useMe().data?.id;
  const loaded = useLiveQuery(
    async () =>
      userId ? { profile: await readRecord("profile", profileSchema, userId) } : undefined,
    [userId],
  );
  return (
    <section className="screen profile" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("profile.title")}</h1>
      <p className="lead">{t("profile.intro")}</p>
      {userId && loaded ? (
        <ProfileForm
          key={userId}
          userId={userId}
          profile={loaded.profile && !loaded.profile.deleted ? loaded.profile : null}
        />
      ) : (
        <p className="loading">{t("app.loading")}</p>
      )}
    </section>
  );
}

/** Which input gets focus for a problem: the field itself, or the year of the birth date. */
const inputName = (field: string) => (field === "birthDate" ? "birthDateYear" : field);

function ProfileForm({ userId, profile }: { userId: string; profile: Profile | null }) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    draftOfProfile(profile ?? profileDefaults),
  );
  const [photo, setPhoto] = useState(profile?.photo ?? null);
  const [pickedPhoto, setPickedPhoto] = useState<PreparedFile | null>(null);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "failed">("idle");

  const update = (change: Partial<ProfileDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setStatus((current) => (current === "saved" ? "idle" : current));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkProfileDraft(
      draft,
      pickedPhoto?.ref ?? photo,
      profile?.locale ?? locale,
      t,
    );
    if ("errors" in checked) {
      setErrors(checked.errors);
      setStatus("idle");
      const first = Object.keys(checked.errors)[0];
      const element = first ? form.elements.namedItem(inputName(first)) : null;
      if (element instanceof HTMLElement) element.focus();
      return;
    }
    setErrors({});
    setStatus("saving");
    try {
      await saveProfile(userId, checked.fields, pickedPhoto);
      setPhoto(checked.fields.photo);
      setPickedPhoto(null);
      setStatus("saved");
    } catch (error) {
      console.error("[skillfolio] could not save the profile", error);
      setStatus("failed");
    }
  };

  const text = (field: keyof typeof textLimits, label: string, extra: object = {}) => (
    <TextField
      name={field}
      label={label}
      maxLength={textLimits[field]}
      value={draft[field]}
      onChange={(event) => update({ [field]: event.target.value })}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <form className="form profile-form" noValidate onSubmit={submit}>
      <section className="card" aria-labelledby="profile-identity-title">
        <h2 id="profile-identity-title">{t("profile.identity")}</h2>
        <div className="form">
          <ProfilePhoto
            saved={photo}
            picked={pickedPhoto}
            onPick={(file) => {
              setPickedPhoto(file);
              setStatus("idle");
            }}
            onRemove={() => {
              setPickedPhoto(null);
              setPhoto(null);
              setStatus("idle");
            }}
          />
          {text("firstName", t("profile.firstName"), { autoComplete: "given-name" })}
          {text("lastName", t("profile.lastName"), { autoComplete: "family-name" })}
          {text("headline", t("profile.headline"), { hint: t("profile.headlineHint") })}
          <PartialDateField
            name="birthDate"
            locale={locale}
            labels={{
              legend: t("profile.birthDate"),
              year: t("profile.date.year"),
              month: t("profile.date.month"),
              day: t("profile.date.day"),
              none: t("profile.date.none"),
            }}
            hint={t("profile.birthDateHint")}
            error={errors.birthDate}
            value={draft.birthDate}
            onChange={(birthDate) => update({ birthDate })}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="profile-contact-title">
        <h2 id="profile-contact-title">{t("profile.contact")}</h2>
        <div className="form">
          {text("email", t("profile.email"), { type: "email", autoComplete: "email" })}
          {text("phone", t("profile.phone"), { type: "tel", autoComplete: "tel" })}
          {text("address", t("profile.address"), { autoComplete: "street-address" })}
          {text("city", t("profile.city"), { autoComplete: "address-level2" })}
        </div>
      </section>

      <section className="card" aria-labelledby="profile-summary-title">
        <h2 id="profile-summary-title">{t("profile.summary")}</h2>
        <div className="field">
          <label htmlFor="profile-summary" className="visually-hidden">
            {t("profile.summary")}
          </label>
          <p id="profile-summary-hint" className="field-hint">
            {t("profile.summaryHint")}
          </p>
          {errors.summary && (
            <p id="profile-summary-error" className="field-error">
              {errors.summary}
            </p>
          )}
          <textarea
            id="profile-summary"
            name="summary"
            rows={5}
            maxLength={textLimits.summary}
            aria-describedby={
              errors.summary ? "profile-summary-error profile-summary-hint" : "profile-summary-hint"
            }
            aria-invalid={errors.summary ? true : undefined}
            value={draft.summary}
            onChange={(event) => update({ summary: event.target.value })}
          />
        </div>
      </section>

      <SpokenLanguages
        rows={draft.languages}
        errors={errors}
        onChange={(key, change) =>
          update({
            languages: draft.languages.map((row) =>
              row.key === key ? { ...row, ...change } : row,
            ),
          })
        }
        onAdd={() =>
          update({
            languages: [...draft.languages, { key: languageRowKey(), language: "", level: "B1" }],
          })
        }
        onRemove={(key) => update({ languages: draft.languages.filter((row) => row.key !== key) })}
      />

      <FormMessage kind="error">
        {Object.keys(errors).length > 0
          ? t("form.fixErrors", { count: Object.keys(errors).length })
          : status === "failed"
            ? t("profile.saveFailed")
            : null}
      </FormMessage>
      <FormMessage kind="success">{status === "saved" ? t("profile.saved") : null}</FormMessage>
      <div className="profile-save">
        <button type="submit" className="button button-primary" disabled={status === "saving"}>
          {status === "saving" ? t("form.saving") : t("profile.save")}
        </button>
      </div>
    </form>
  );
}
