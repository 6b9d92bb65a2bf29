import { useEffect, useState } from "react";
import type { Proof } from "../../../../shared/schemas/proof";
import { formatFileSize } from "../../blobs/file-size";
import type { PreparedFile } from "../../blobs/store-file";
import { useI18n } from "../../i18n/use-i18n";
import { ProofThumbnail } from "./proof-thumbnail";

/** What the form holds now: the file just picked, or the proof's own file when editing. */
export function FilePreview({ file, proof }: { file: PreparedFile | null; proof: Proof | null }) {
  const { t, locale } = useI18n();
  const url = usePreparedImageUrl(file);
  if (file) {
    return (
      <div className="proof-file-preview">
        {url ? (
          <img src={url} alt="" data-testid="proof-file-preview" />
        ) : (
          <ProofThumbnail blob={file.ref} pdfLabel={t("proofs.pdf")} />
        )}
        <p>
          {t("proofs.file.chosen", {
            name: file.name,
            size: formatFileSize(locale, file.ref.size),
          })}
        </p>
      </div>
    );
  }
  if (!proof) return null;
  return (
    <div className="proof-file-preview">
      <ProofThumbnail blob={proof.blob} pdfLabel={t("proofs.pdf")} />
      <p>
        {t("proofs.file.current", {
          type:
            proof.blob.mime === "application/pdf" ? "PDF" : proof.blob.mime.slice(6).toUpperCase(),
          size: formatFileSize(locale, proof.blob.size),
        })}
      </p>
    </div>
  );
}

function usePreparedImageUrl(file: PreparedFile | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file?.ref.mime.startsWith("image/")) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(new Blob([file.bytes], { type: file.ref.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url;
}
