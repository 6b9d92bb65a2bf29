import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { db } from "../../db/database";
import { saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { jsonResponse, renderScreen } from "../../test/render";
import SharingScreen from "./sharing-screen";

const adviser = { id: uuidv7(), displayName: "Alex Martin", email: "alex@mission-locale.fr" };

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
});

function share(cvId: string | null) {
  return {
    id: uuidv7(),
    adviser,
    scope: cvId ? "cv" : "portfolio",
    cvId,
    hiddenFields: ["birthDate", "address"],
    expiresAt: "2027-03-01T22:59:59.000Z",
    revokedAt: null,
    createdAt: "2026-11-28T10:00:00.000Z",
    status: "active",
  };
}

function server(answer: (body: unknown) => Response) {
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    if (init?.method === "POST") return answer(JSON.parse(String(init.body)));
    return jsonResponse(200, { shares: [] });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const posts = (fetch: ReturnType<typeof server>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === "POST");

describe("sharing with an adviser", () => {
  it("checks the email and the date before anything else, on the fields, and sends nothing", async () => {
    const fetch = server(() => jsonResponse(500, null));
    renderScreen(<SharingScreen />, { path: "/new" });
    await screen.findByRole("heading", { level: 1, name: "Partager avec un conseiller" });

    const date = screen.getByLabelText(/Fin du partage/);
    fireEvent.change(date, { target: { value: "2020-01-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Continuer" }));

    const email = screen.getByLabelText(/Adresse e-mail de votre conseiller/);
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(email);
    expect(screen.getByText("Choisissez une date à partir de demain.")).toBeTruthy();

    fireEvent.change(email, { target: { value: "alex@mission-locale.fr" } });
    const tooFar = new Date();
    tooFar.setMonth(tooFar.getMonth() + 13);
    fireEvent.change(date, { target: { value: tooFar.toISOString().slice(0, 10) } });
    fireEvent.click(screen.getByRole("button", { name: "Continuer" }));
    expect(screen.getByText(/\(12 mois\)/)).toBeTruthy();
    expect(posts(fetch)).toHaveLength(0);
  });

  it("refuses an adviser email with a pasted NUL next to the field, and sends nothing", async () => {
    const fetch = server(() => jsonResponse(500, null));
    renderScreen(<SharingScreen />, { path: "/new" });
    const email = await screen.findByLabelText(/Adresse e-mail de votre conseiller/);
    fireEvent.change(email, { target: { value: "alex@mission-locale.fr\u0000" } });
    fireEvent.click(screen.getByRole("button", { name: "Continuer" }));
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/caractère de contrôle invisible \(U\+0000\)/)).toBeTruthy();
    expect(posts(fetch)).toHaveLength(0);
  });

  it("says what the adviser will and will not see, then creates the share only once agreed", async () => {
    const cvId = await saveRecord("cv", null, {
      title: "CV vente",
      language: "fr",
      template: "classic",
      experienceIds: [uuidv7(), uuidv7()],
      competencyIds: [uuidv7()],
      headline: null,
      summary: null,
    });
    const fetch = server(() => jsonResponse(201, { share: share(cvId) }));
    const { location } = renderScreen(<SharingScreen />, { path: "/new" });

    fireEvent.change(await screen.findByLabelText(/Adresse e-mail de votre conseiller/), {
      target: { value: " alex@mission-locale.fr " },
    });
    fireEvent.click(await screen.findByRole("radio", { name: /Le CV « CV vente »/ }));
    // Private by default: date of birth and address; the person also hides the phone.
    expect(screen.getByRole("checkbox", { name: "Date de naissance" })).toHaveProperty(
      "checked",
      true,
    );
    expect(screen.getByRole("checkbox", { name: "Adresse" })).toHaveProperty("checked", true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Téléphone" }));
    fireEvent.click(screen.getByRole("button", { name: "Continuer" }));

    const consent = await screen.findByTestId("consent");
    expect(document.activeElement?.textContent).toBe("Vérifiez avant de partager");
    const sees = within(consent).getAllByRole("list")[0];
    const notSees = within(consent).getAllByRole("list")[1];
    expect(sees?.textContent).toContain("Votre photo");
    expect(sees?.textContent).toContain(
      "Le CV « CV vente » : ses expériences (2) et ses compétences (1)",
    );
    expect(sees?.textContent).not.toContain("téléphone");
    expect(notSees?.textContent).toContain("Votre date de naissance");
    expect(notSees?.textContent).toContain("Votre adresse");
    expect(notSees?.textContent).toContain("Votre téléphone");
    expect(notSees?.textContent).toContain("Le reste de votre portfolio");
    expect(consent.textContent).toContain("alex@mission-locale.fr pourra voir");
    expect(posts(fetch)).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "Je partage" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/"));
    const [url, init] = posts(fetch)[0] ?? [];
    expect(String(url)).toMatch(/\/api\/shares$/);
    const body = JSON.parse(String(init?.body));
    expect(body).toMatchObject({
      adviserEmail: "alex@mission-locale.fr",
      scope: "cv",
      cvId,
      hiddenFields: ["birthDate", "address", "phone"],
    });
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(88);
    expect(days).toBeLessThan(94);
  });

  it("brings a refusal from the server back to the email field, translated", async () => {
    server(() =>
      jsonResponse(400, { error: { code: "not_an_adviser", message: "Not an adviser." } }),
    );
    renderScreen(<SharingScreen />, { path: "/new", locale: "en" });
    fireEvent.change(await screen.findByLabelText(/Your adviser’s email address/), {
      target: { value: "friend@example.fr" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    fireEvent.click(await screen.findByRole("button", { name: "I share" }));

    const email = await screen.findByLabelText(/Your adviser’s email address/);
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(
      screen.getByText(
        "This address does not belong to an adviser. You can only share with an adviser.",
      ),
    ).toBeTruthy();
    expect((email as HTMLInputElement).value).toBe("friend@example.fr");
  });
});
