import type { ApiErrorCode, Locale } from "../schemas/index";
import type { Translation } from "./define";
import { en as coreEn } from "./en";
import { fr as coreFr } from "./fr";
import { featureEn, featureFr } from "./messages/index";
import type { Message, PluralMessage } from "./types";

export type { Message, PluralMessage } from "./types";

/** The app-wide messages (shell, accounts, errors); each feature adds its own in messages/. */
export type CoreCatalog = Translation<typeof coreFr>;

const fr = { ...coreFr, ...featureFr };
const en = { ...coreEn, ...featureEn };

export type MessageKey = keyof typeof fr;

/** A catalogue has exactly French's keys, and a plural message where French has one. */
export type Catalog = Translation<typeof fr>;

export const catalogs: Record<Locale, Catalog> = { fr, en };

/** Whether a computed key (such as `field.${name}`) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

/** Compile-time check that every API error code has a message in every catalogue. */
export type ErrorMessageKey = `error.${ApiErrorCode}`;
const _everyErrorCodeTranslated: ErrorMessageKey extends MessageKey ? true : never = true;
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

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(locale, catalogs[locale][key], params);
}
