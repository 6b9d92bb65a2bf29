import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { camille } from "../../test/people";
import { jsonResponse, renderScreen } from "../../test/render";
import SignInScreen from "./sign-in-screen";

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("sign-in screen", () => {
  it("shows a field error for a malformed email, tied to the input, without calling the server", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderScreen(<SignInScreen />, { path: "/sign-in" });

    fill(/adresse e-mail/i, "pas-une-adresse");
    fill(/mot de passe/i, "whatever");
    fireEvent.click(screen.getByRole("button", { name: "Se connecter" }));

    const email = screen.getByLabelText(/adresse e-mail/i);
    expect(email.getAttribute("aria-invalid")).toBe("true");
    const described = email.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(described)?.textContent).toMatch(/adresse e-mail valide/);
    expect(document.activeElement).toBe(email);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the translated message when the server answers 401, and sends JSON", async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse(401, {
        error: { code: "invalid_credentials", message: "Wrong email or password." },
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderScreen(<SignInScreen />, { path: "/sign-in", locale: "en" });

    fill(/email address/i, "camille@example.fr");
    fill(/password/i, "not the password");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "Wrong email address or password.",
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown[] as [URL, RequestInit];
    expect(String(url)).toMatch(/\/api\/auth\/login$/);
    expect(new Headers(init.headers).get("content-type")).toMatch(/application\/json/);
    expect(JSON.parse(String(init.body))).toEqual({
      email: "camille@example.fr",
      password: "not the password",
    });
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Sign in" })).toHaveProperty("disabled", false),
    );
  });

  it("when the network is down, says so rather than blaming the password", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    renderScreen(<SignInScreen />, { path: "/sign-in" });
    fill(/adresse e-mail/i, "camille@example.fr");
    fill(/mot de passe/i, "longenough");
    fireEvent.click(screen.getByRole("button", { name: "Se connecter" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /Impossible de joindre le serveur/,
    );
  });

  it("on success, stores the user and goes to the experiences", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse(200, { user: camille })),
    );
    const { location, queryClient } = renderScreen(<SignInScreen />, { path: "/sign-in" });
    fill(/adresse e-mail/i, "camille@example.fr");
    fill(/mot de passe/i, "longenough");
    fireEvent.click(screen.getByRole("button", { name: "Se connecter" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/experiences"));
    expect(queryClient.getQueryData(["auth", "me"])).toEqual(camille);
  });

  it("confirms a deleted account when it lands here, and only then", async () => {
    renderScreen(<SignInScreen />, { path: "/sign-in?deleted" });
    expect((await screen.findByRole("status")).textContent).toBe(
      "Votre compte et toutes vos données ont été supprimés.",
    );
    cleanup();
    renderScreen(<SignInScreen />, { path: "/sign-in" });
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByText("Votre compte et toutes vos données ont été supprimés.")).toBeNull();
  });
});
