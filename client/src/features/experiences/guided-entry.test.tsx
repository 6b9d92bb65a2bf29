import { fireEvent, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { db } from "../../db/database";
import { setDeviceOwner } from "../../db/replica-store";
import { renderScreen } from "../../test/render";
import ExperiencesScreen from "./experiences-screen";

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
});

/** The message tied to a field through its aria-describedby. */
const fieldMessage = (field: HTMLElement) =>
  (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

describe("the guided entry and the text rule", () => {
  it("keeps the person on a step whose answer holds a refused character, saying why next to it", async () => {
    renderScreen(<ExperiencesScreen />, { path: "/guided" });
    fireEvent.click(await screen.findByRole("button", { name: /^Emploi/ }));
    await screen.findByRole("heading", { level: 1, name: "Qu’avez-vous fait, et où\u00a0?" });
    const next = () => fireEvent.click(screen.getByRole("button", { name: "Suivant" }));
    const title = screen.getByRole("textbox", { name: "Votre rôle ou l’activité" });
    fireEvent.change(title, { target: { value: "Vendangeur\u0000" } });
    next();
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(fieldMessage(title)).toContain("caractère de contrôle invisible (U+0000)");
    expect(document.activeElement).toBe(title);

    fireEvent.change(title, { target: { value: "Vendangeur" } });
    next();
    await screen.findByRole("heading", { level: 1, name: "Quand\u00a0?" });
    const start = screen.getByRole("group", { name: "J’ai commencé en" });
    fireEvent.change(within(start).getByLabelText("Année"), { target: { value: "2019" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "C’est toujours en cours" }));
    next();

    await screen.findByRole("heading", { level: 1, name: "Quelle était la situation\u00a0?" });
    const situation = screen.getByRole("textbox", { name: "La situation" });
    fireEvent.change(situation, { target: { value: "Une saison\ud83d en Champagne." } });
    next();
    expect(situation.getAttribute("aria-invalid")).toBe("true");
    expect(fieldMessage(situation)).toContain("caractère incomplet (U+D83D)");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "Quelle était la situation\u00a0?",
    );
    expect(await db.experience.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
