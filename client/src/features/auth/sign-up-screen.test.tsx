import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderScreen } from "../../test/render";
import SignUpScreen from "./sign-up-screen";

const fill = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The message tied to a field through its aria-describedby. */
const fieldMessage = (field: HTMLElement) =>
  (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

describe("the sign-up form and the text rule", () => {
  it("refuses a pasted NUL in the name and a broken character in the password at sign-up, sending nothing", () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderScreen(<SignUpScreen />, { path: "/sign-up" });
    fill(/^Nom affiché/, "Camille\u0000");
    fill(/^Adresse e-mail/, "camille@example.fr");
    fill(/^Mot de passe/, "un cheval correct\ud800");
    fireEvent.click(screen.getByRole("button", { name: "Créer mon compte" }));

    const name = screen.getByLabelText(/^Nom affiché/);
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(fieldMessage(name)).toContain("caractère de contrôle invisible (U+0000)");
    expect(fieldMessage(screen.getByLabelText(/^Mot de passe/))).toContain(
      "caractère incomplet (U+D800)",
    );
    expect(document.activeElement).toBe(name);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
