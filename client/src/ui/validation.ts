import type { MessageKey, MessageParams } from "../../../shared/i18n/index";
import {
  emailSchema,
  lineSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordSchema,
} from "../../../shared/schemas/index";
import { normaliseText, type TextKind, textProblem } from "../../../shared/schemas/text";

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A form's problems by field name; a field without an entry is fine. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/**
 * Field checks with the server's own schemas, worded for a person: the schema decides whether the
 * value is accepted, this only picks the message.
 */
export function emailError(value: string, t: Translate): string | undefined {
  if (value.trim() === "") return t("field.required");
  if (emailSchema.safeParse(value).success) return undefined;
  return textRuleError(value, "line", t) ?? t("field.emailInvalid");
}

export function passwordError(value: string, t: Translate): string | undefined {
  if (value === "") return t("field.required");
  if (passwordSchema.safeParse(value).success) return undefined;
  const rule = textRuleError(value, "multiline", t);
  if (rule) return rule;
  return [...value].length < PASSWORD_MIN
    ? t("field.passwordTooShort", { count: PASSWORD_MIN })
    : t("field.passwordTooLong", { count: PASSWORD_MAX });
}

export function requiredError(value: string, t: Translate): string | undefined {
  return value === "" ? t("field.required") : undefined;
}

export function lineError(value: string, max: number, t: Translate): string | undefined {
  if (value.trim() === "") return t("field.required");
  if (lineSchema(max).safeParse(value).success) return undefined;
  return textRuleError(value, "line", t) ?? t("field.tooLong", { count: max });
}

/**
 * The person's words for what the one text rule refuses in a field (undefined when the text
 * follows it): which invisible character, and what to do. Every form asks this before the length.
 */
export function textRuleError(value: string, kind: TextKind, t: Translate): string | undefined {
  const problem = textProblem(normaliseText(value, kind), kind);
  if (!problem) return undefined;
  const params = { character: problem.codePoint };
  if (problem.code === "lone_surrogate") return t("field.text.loneSurrogate", params);
  if (problem.code === "bidi_control") return t("field.text.bidiControl", params);
  return t("field.text.control", params);
}

/** The message for a text field the schema refused: the text rule's, or else the length's. */
export function textError(value: string, kind: TextKind, max: number, t: Translate): string {
  return textRuleError(value, kind, t) ?? t("field.tooLong", { count: max });
}

/** Drops the fields without a problem, so an empty object means the form is valid. */
export function onlyErrors<Field extends string>(
  errors: Partial<Record<Field, string | undefined>>,
): FieldErrors<Field> {
  const found: FieldErrors<Field> = {};
  for (const [field, message] of Object.entries(errors) as [Field, string | undefined][]) {
    if (message !== undefined) found[field] = message;
  }
  return found;
}

/** Moves focus to the first field with a problem, so keyboard and screen-reader users land on it. */
export function focusFirstError(
  form: HTMLFormElement,
  errors: FieldErrors<string>,
  order: readonly string[],
) {
  const first = order.find((field) => errors[field] !== undefined);
  if (first) focusField(form, first);
}

export function focusField(form: HTMLFormElement, name: string) {
  const element = form.elements.namedItem(name);
  if (element instanceof HTMLElement) element.focus();
}

export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
}
