import type { Locale } from "../../../../shared/schemas/index";
import { MAX_BLOB_BYTES } from "../../../../shared/schemas/proof";
import { formatFileSize } from "../../blobs/file-size";
import { FileRefusedError } from "../../blobs/store-file";

/** The message key and parameters for a file that could not be taken, in the proofs' words. */
export function fileProblemMessage(error: unknown, file: File, locale: Locale) {
  if (!(error instanceof FileRefusedError)) return { key: "proofs.file.unreadable" as const };
  const size = formatFileSize(locale, Math.max(file.size, MAX_BLOB_BYTES + 1));
  return { key: `proofs.file.${error.problem}` as const, params: { size } };
}
