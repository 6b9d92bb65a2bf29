import type { Locale } from "../../../shared/schemas/index";
import { useI18n } from "../i18n/use-i18n";
import { useMe } from "./me";
import { useUpdateMe } from "./update-me";

/**
 * One button naming the other language in that language. When signed in, the choice is also
 * saved to the account so it follows the person to their other devices.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  const me = useMe();
  const updateMe = useUpdateMe();
  const other: Locale = locale === "fr" ? "en" : "fr";

  const switchLanguage = () => {
    setLocale(other);
    if (me.data) updateMe.mutate({ locale: other });
  };

  return (
    <button
      type="button"
      className={className ?? "button button-quiet"}
      lang={other}
      onClick={switchLanguage}
    >
      {t(`language.${other}`)}
    </button>
  );
}
