import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { camille } from "../../test/people";
import { renderScreen } from "../../test/render";
import { DisplayNameForm } from "./display-name-form";

/** The message tied to a field through its aria-describedby. */
const fieldMessage = (field: HTMLElement) =>
  (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

describe("the display name form", () => {
  it("refuses a bidi override in a new display name, sending nothing", () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderScreen(<DisplayNameForm user={camille} />, { path: "/account" });
    fireEvent.change(screen.getByLabelText(/^Nom affiché/), {
      target: { value: "Camille \u202eellimaC" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer le nom" }));

    const name = screen.getByLabelText(/^Nom affiché/);
    expect(fieldMessage(name)).toContain("inverse le sens de lecture (U+202E)");
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
