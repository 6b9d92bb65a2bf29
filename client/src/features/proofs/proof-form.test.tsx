import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/database";
import { setDeviceOwner } from "../../db/replica-store";
import { renderScreen } from "../../test/render";
import ProofsScreen from "./proofs-screen";

const OWNER = "0190f0c8-0000-7000-8000-0000000000aa";

beforeEach(async () => {
  await setDeviceOwner(db, OWNER);
});

afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function pick(label: string, file: File) {
  const input = await screen.findByLabelText(label);
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

describe("adding a proof", () => {
  it("shows each problem next to its field and writes nothing", async () => {
    renderScreen(<ProofsScreen />, { path: "/new" });
    fireEvent.click(await screen.findByRole("button", { name: "Enregistrer la preuve" }));

    expect(await screen.findByText("Prenez une photo ou choisissez un fichier.")).toBeTruthy();
    const title = screen.getByLabelText("Titre");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Ce champ est obligatoire.")).toBeTruthy();
    expect(await db.proof.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("refuses a bidi override pasted into the title, next to the field", async () => {
    renderScreen(<ProofsScreen />, { path: "/new" });
    const title = await screen.findByLabelText("Titre");
    fireEvent.change(title, { target: { value: "Diplôme \u202efdp.exe" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer la preuve" }));
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText(/inverse le sens de lecture \(U\+202E\)/)).toBeTruthy();
    expect(await db.proof.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("refuses a text file named .pdf with a clear message, storing nothing", async () => {
    renderScreen(<ProofsScreen />, { path: "/new" });
    await pick(
      "Choisir un fichier",
      new File(["<!doctype html><p>faux</p>"], "attestation.pdf", { type: "application/pdf" }),
    );
    expect(
      await screen.findByText(
        "Ce fichier n’est ni un PDF ni une image JPEG, PNG ou WebP. Il n’a pas été ajouté.",
      ),
    ).toBeTruthy();
    expect(await db.blobs.count()).toBe(0);
  });

  it("saves a picked file with a title from its name, then opens the proof", async () => {
    const { location } = renderScreen(<ProofsScreen />, { path: "/new" });
    const pdf = new File(["%PDF-1.4\n%%EOF"], "attestation_de_stage.pdf");
    await pick("Choisir un fichier", pdf);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>("Titre").value).toBe("Attestation de stage"),
    );
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer la preuve" }));

    await waitFor(async () => expect(await db.proof.count()).toBe(1));
    const [proof] = await db.proof.toArray();
    expect(proof).toMatchObject({ title: "Attestation de stage", kind: "attestation" });
    expect(await db.blobs.count()).toBe(1);
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/${proof?.id}`));
  });
});
