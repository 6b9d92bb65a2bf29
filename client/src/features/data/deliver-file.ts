/**
 * Hands a file to the person: on a phone, the share sheet (Web Share API with files) where the
 * browser supports it, so it can go to Drive, a mail or a messaging app; elsewhere, a download.
 */
export async function deliverFile(file: File): Promise<"shared" | "downloaded"> {
  const phone = typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
  if (phone && typeof navigator.canShare === "function" && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return "shared";
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls back to a download.
      if (error instanceof DOMException && error.name === "AbortError") return "shared";
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
