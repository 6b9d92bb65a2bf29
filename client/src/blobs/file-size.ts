import type { Locale } from "../../../shared/schemas/index";

const KILOBYTE = 1000;
const MEGABYTE = 1000 * 1000;

/** A size for people, in the units phones and file managers show: "850 ko", "2,4 Mo". */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [value, unit] =
    bytes >= MEGABYTE
      ? [bytes / MEGABYTE, "megabyte"]
      : bytes >= KILOBYTE
        ? [bytes / KILOBYTE, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
