/** What pdfkit's `openImage` gives back. */
export type OpenedImage = {
  width: number;
  height: number;
  /** png-js's decoder, present for PNGs until the image is embedded. */
  image?: { imgData?: Uint8Array; pixelBitlength?: number; interlaceMethod?: number };
};

/** A font already parsed by fontkit (pdfkit accepts one anywhere it accepts font bytes). */
export type ParsedFont = { layout: (text: string) => unknown };

// Public pdfkit 0.20 API that @types/pdfkit (0.17) does not describe yet.
declare global {
  namespace PDFKit.Mixins {
    interface PDFImage {
      openImage(src: Uint8Array): OpenedImage;
      image(src: OpenedImage, x?: number, y?: number, options?: ImageOption): this;
    }
    interface PDFFont {
      registerFont(name: string, src: ParsedFont | Uint8Array): this;
    }
  }
}
