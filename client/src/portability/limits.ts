/**
 * Caps on what an import may cost the device, checked before and while reading: a file picked by
 * mistake (a video) or built to hurt (a zip bomb) is refused without filling memory.
 */
export const importLimits = {
  /** The picked file itself. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Everything inflated from one zip, counted while inflating (declared sizes can lie). */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** One entry inflated: skillfolio.json or one CSV; a proof file is 10 MB at most anyway. */
  maxEntryBytes: 20 * 1024 * 1024,
  /** Entries in one zip (a portfolio's files plus a few; LinkedIn's export has about 40). */
  maxEntries: 5000,
} as const;

export type ImportLimits = typeof importLimits;

/** Why a whole file was refused; each has a message in shared/i18n/messages/data.ts. */
export const importProblems = [
  "too-big",
  "empty",
  "unsupported",
  "not-zip",
  "truncated-zip",
  "zip-bomb",
  "too-many-entries",
  "unknown-zip",
  "not-json",
  "wrong-format",
  "newer-version",
  "not-json-resume",
] as const;
export type ImportProblem = (typeof importProblems)[number];

/** A file that cannot be imported at all; nothing was written. */
export class ImportRefusedError extends Error {
  constructor(
    readonly problem: ImportProblem,
    detail?: string,
  ) {
    super(detail ? `import refused: ${problem} (${detail})` : `import refused: ${problem}`);
  }
}
