/** How a made file reached the person: the share sheet, a download, or they closed the sheet. */
export type Delivery = "shared" | "downloaded" | "cancelled";

/**
 * `share`: the share sheet (Web Share API with files) wherever the browser can share this file;
 * `auto`: the share sheet on a touch phone only, a download on a computer; `download`: always a
 * download.
 */
export type DeliveryMode = "auto" | "share" | "download";

/**
 * Hands a file over. A share sheet that fails for another reason than the person closing it (the
 * tap's user activation can run out while a long PDF renders) falls back to a download: the file
 * is made, so it must reach the person.
 */
export async function deliverFile(file: File, mode: DeliveryMode = "auto"): Promise<Delivery> {
  const wantsSheet = mode === "share" || (mode === "auto" && isTouchPhone());
  if (wantsSheet && canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      console.warn("[skillfolio] share sheet refused, downloading instead", error);
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return "downloaded";
}

export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === "function" && navigator.canShare({ files: [file] });
}

function isTouchPhone(): boolean {
  return typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
}

/** A file name from a title: letters and digits of any script kept, the rest squeezed to dashes. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${stem || "skillfolio"}.${extension}`;
}
