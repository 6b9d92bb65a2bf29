import { describe, expect, it } from "vitest";
import { MAX_BLOB_BYTES } from "../../../shared/schemas/proof";
import { sha256Hex } from "./sha256";
import { checkFileBytes, sniffBlobMime } from "./sniff";

const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const text = (value: string) => new TextEncoder().encode(value).buffer as ArrayBuffer;

describe("file type sniffing", () => {
  it("recognises a PDF, a JPEG, a PNG and a WebP by their first bytes", () => {
    expect(sniffBlobMime(text("%PDF-1.7\n%âãÏÓ"))).toBe("application/pdf");
    expect(sniffBlobMime(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(sniffBlobMime(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe(
      "image/png",
    );
    expect(sniffBlobMime(text("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses an HTML page renamed .pdf, whatever its name says", () => {
    expect(sniffBlobMime(text("<!doctype html><title>x</title>"))).toBeNull();
    expect(checkFileBytes(text("<html><body>%PDF-</body></html>"))).toEqual({
      problem: "wrong-type",
    });
  });

  it("refuses a RIFF file that is not WebP (a WAV sound) and a truncated PNG signature", () => {
    expect(sniffBlobMime(text("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).toBeNull();
    expect(sniffBlobMime(bytes(0x89, 0x50, 0x4e))).toBeNull();
  });

  it("refuses an empty file", () => {
    expect(checkFileBytes(new ArrayBuffer(0))).toEqual({ problem: "empty" });
  });

  it("takes a file of exactly 10 MB and refuses one byte more", () => {
    const pdf = text("%PDF-1.4");
    expect(checkFileBytes(pdf, MAX_BLOB_BYTES)).toEqual({ mime: "application/pdf" });
    expect(checkFileBytes(pdf, MAX_BLOB_BYTES + 1)).toEqual({ problem: "too-big" });
  });
});

describe("hashing", () => {
  it("gives the lower-case hex SHA-256 of known bytes", async () => {
    expect(await sha256Hex(text("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(await sha256Hex(new ArrayBuffer(0))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});
