/**
 * A message is a plain string with `{name}` placeholders, or a set of plural forms chosen with
 * `Intl.PluralRules` from the `count` parameter (`other` is required; it is the fallback).
 */
export type PluralMessage = {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};
export type Message = string | PluralMessage;
