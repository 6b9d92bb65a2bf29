import type { MessageKey, MessageParams } from "../../../shared/i18n/index";
import { ApiRequestError } from "../lib/api-error";

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The message to show a person for a failed request, in their language. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiRequestError)) return t("error.unexpected");
  if (error.code === "rate_limited") {
    const seconds = error.retryAfterSeconds;
    return seconds === null
      ? t("error.rate_limited")
      : t("error.rate_limited.wait", { count: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return t(`error.${error.code}`);
}
