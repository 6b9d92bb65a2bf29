import type { BlobRef } from "../../../../shared/schemas/proof";
import { useThumbnail } from "../../blobs/thumbnail";

/** A document drawn as a sheet with a folded corner; decorative (the title names the proof). */
export function DocumentIcon({ className = "document-icon" }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 3h9l4 4v14H6zM14 3v5h5M9 12h6M9 15h6M9 18h4" />
    </svg>
  );
}

/**
 * The small picture of a proof in lists: a thumbnail for a photo or scan, a document icon for a
 * PDF or while the file has not reached this device. Decorative: the card's title says what it is.
 */
export function ProofThumbnail({ blob, pdfLabel }: { blob: BlobRef; pdfLabel: string }) {
  const thumbnail = useThumbnail(blob);
  if (thumbnail) {
    return (
      <span className="proof-thumbnail">
        <img src={thumbnail} alt="" data-testid="proof-thumbnail" />
      </span>
    );
  }
  return (
    <span className="proof-thumbnail proof-thumbnail-document">
      <DocumentIcon />
      {blob.mime === "application/pdf" && <span className="proof-thumbnail-label">{pdfLabel}</span>}
    </span>
  );
}
