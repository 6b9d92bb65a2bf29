import type { ApiErrorCode, Locale } from "../schemas/index";
import type { Translation } from "./define";
import { en as coreEn } from "./en";
import { fr as coreFr } from "./fr";
import type { featureEn, featureFr } from "./messages/index";
import { syncMessages } from "./messages/sync";
import type { Message, PluralMessage } from "./types";

export type { Message, PluralMessage } from "./types";

/** The app-wide messages (shell, accounts, errors); each feature adds its own in messages/. */
export type CoreCatalog = Translation<typeof coreFr>;

type FullFr = typeof coreFr & typeof syncMessages.fr & typeof featureFr;

export type MessageKey = keyof FullFr;

/** A catalogue has exactly French's keys, and a plural message where French has one. */
export type Catalog = Translation<FullFr>;

/**
 * What the shell needs is here from the first load; the features' messages arrive with the first
 * screen (`loadFeatureMessages`), so that their weight stays out of the shell's bundle.
 */
const loaded: Record<Locale, Record<string, Message>> = {
  fr: { ...coreFr, ...syncMessages.fr },
  en: { ...coreEn, ...syncMessages.en },
};

export const catalogs = loaded as unknown as Record<Locale, Catalog>;

let featuresLoaded = false;

/** Adds every feature's messages; called before any screen renders (see the client's router). */
export function registerFeatureMessages(fr: typeof featureFr, en: typeof featureEn): void {
  Object.assign(loaded.fr, fr);
  Object.assign(loaded.en, en);
  featuresLoaded = true;
}

export function featureMessagesLoaded(): boolean {
  return featuresLoaded;
}

/** Whether a computed key (such as `field.${name}`) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(loaded.fr, key);
}

/** Compile-time check that every API error code has a message in every catalogue. */
export type ErrorMessageKey = `error.${ApiErrorCode}`;
const _everyErrorCodeTranslated: ErrorMessageKey extends keyof typeof coreFr ? true : never = true;
void _everyErrorCodeTranslated;

export type MessageParams = Record<string, string | number>;

/**
 * Renders one message: picks the plural form for `params.count` with `Intl.PluralRules`, then
 * fills `{name}` placeholders; numbers are formatted for the locale.
 */
export function formatMessage(
  locale: Locale,
  message: Message,
  params: MessageParams = {},
): string {
  const template =
    typeof message === "string" ? message : pluralForm(locale, message, params.count);
  const numbers = new Intl.NumberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? numbers.format(value) : value;
  });
}

function pluralForm(
  locale: Locale,
  message: PluralMessage,
  count: string | number | undefined,
): string {
  if (typeof count !== "number") return message.other;
  const category = new Intl.PluralRules(locale).select(count);
  return message[category] ?? message.other;
}

/** A key whose feature messages have not been loaded renders as the key itself, never a crash. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = loaded[locale][key];
  return message === undefined ? key : formatMessage(locale, message, params);
}
