import { useEffect, useState } from "react";
import type { BlobRef } from "../../../../shared/schemas/proof";
import { MAX_BLOB_BYTES } from "../../../../shared/schemas/proof";
import { FilePickButton } from "../../blobs/file-pick-button";
import { formatFileSize } from "../../blobs/file-size";
import { FileRefusedError, type PreparedFile, prepareFile } from "../../blobs/store-file";
import { useBlobUrl } from "../../blobs/use-blob-url";
import { useI18n } from "../../i18n/use-i18n";

/**
 * The profile photo, shown round: the one saved, or the one just picked (kept in memory until the
 * profile is saved). A PDF is refused here: a photo must be an image.
 */
export function ProfilePhoto({
  saved,
  picked,
  onPick,
  onRemove,
}: {
  saved: BlobRef | null;
  picked: PreparedFile | null;
  onPick: (file: PreparedFile) => void;
  onRemove: () => void;
}) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File) => {
    try {
      const prepared = await prepareFile(file);
      if (!prepared.ref.mime.startsWith("image/")) throw new FileRefusedError("wrong-type");
      setError(null);
      onPick(prepared);
    } catch (problem) {
      setError(
        problem instanceof FileRefusedError
          ? t(`profile.photo.${problem.problem}`, {
              size: formatFileSize(locale, Math.max(file.size, MAX_BLOB_BYTES + 1)),
            })
          : t("profile.photo.unreadable"),
      );
    }
  };

  return (
    <fieldset className="field profile-photo" aria-describedby="profile-photo-hint">
      <legend>{t("profile.photo")}</legend>
      <p id="profile-photo-hint" className="field-hint">
        {t("profile.photo.hint")}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="profile-photo-row">
        {picked ? <PickedPhoto file={picked} /> : <SavedPhoto photo={saved} />}
        <div className="profile-photo-buttons">
          <FilePickButton
            name="photo"
            label={t("profile.photo.take")}
            accept="image/*"
            capture="user"
            onFile={pick}
          />
          <FilePickButton
            name="photoChoose"
            label={t("profile.photo.choose")}
            accept="image/jpeg,image/png,image/webp"
            onFile={pick}
          />
          {(picked || saved) && (
            <button type="button" className="button button-danger" onClick={onRemove}>
              {t("profile.photo.remove")}
            </button>
          )}
        </div>
      </div>
    </fieldset>
  );
}

function SavedPhoto({ photo }: { photo: BlobRef | null }) {
  const { t } = useI18n();
  const file = useBlobUrl(photo?.sha256 ?? null);
  if (!photo)
    return (
      <span className="profile-photo-image profile-photo-none">{t("profile.photo.none")}</span>
    );
  if (file.status === "ready") {
    return <img className="profile-photo-image" src={file.url} alt={t("profile.photo.alt")} />;
  }
  return (
    <span className="profile-photo-image profile-photo-none">
      {file.status === "missing" ? t("profile.photo.notHereYet") : null}
    </span>
  );
}

function PickedPhoto({ file }: { file: PreparedFile }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([file.bytes], { type: file.ref.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url ? (
    <img className="profile-photo-image" src={url} alt={t("profile.photo.alt")} />
  ) : (
    <span className="profile-photo-image profile-photo-none" />
  );
}
