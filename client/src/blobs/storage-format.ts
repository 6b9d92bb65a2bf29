import type { Locale } from "../../../shared/schemas/index";

const MEGABYTE = 1000 * 1000;
const GIGABYTE = 1000 * MEGABYTE;

/** Storage figures in megabytes ("12,3 Mo"), in gigabytes past 10 GB so quotas stay readable. */
export function formatStorage(locale: Locale, bytes: number): string {
  const large = bytes >= 10 * GIGABYTE;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: large ? "gigabyte" : "megabyte",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(bytes / (large ? GIGABYTE : MEGABYTE));
}
