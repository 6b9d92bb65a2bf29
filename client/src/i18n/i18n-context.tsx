import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { type MessageKey, type MessageParams, translate } from "../../../shared/i18n/index";
import type { Locale } from "../../../shared/schemas/index";
import { saveLocale } from "../db/meta";
import { formatDateTime } from "./locale";

export type I18n = {
  locale: Locale;
  /** Switches the language of the app on this device and remembers it. */
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDateTime: (date: Date | number) => string;
};

export const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  initialLocale,
  children,
}: {
  initialLocale: Locale;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    saveLocale(next).catch((error: unknown) => console.error("Could not save the language", error));
  }, []);

  const i18n = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatDateTime: (date) => formatDateTime(locale, date),
    }),
    [locale, setLocale],
  );
  return <I18nContext value={i18n}>{children}</I18nContext>;
}
