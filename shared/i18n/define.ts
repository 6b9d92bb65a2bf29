import type { Message, PluralMessage } from "./types";

/** The English side of a catalogue: exactly French's keys, plural where French is plural. */
export type Translation<F extends Record<string, Message>> = {
  readonly [K in keyof F]: F[K] extends string ? string : PluralMessage;
};

/**
 * One feature's messages in both languages, side by side in its own file so that features can be
 * worded (and translated) without touching each other. French is the reference.
 */
export function defineMessages<const F extends Record<string, Message>>(fr: F, en: Translation<F>) {
  return { fr, en };
}
