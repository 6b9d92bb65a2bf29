import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/database";
import { meQueryKey } from "../../session/me";
import { camille } from "../../test/people";
import { renderScreen } from "../../test/render";
import { SignOutSection } from "./sign-out-section";

afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

/** `count` changes made on this device that the server has not received. */
async function unsyncedChanges(count: number) {
  for (let id = 1; id <= count; id++) {
    const key = `0190f1d2-0000-7000-8000-00000000010${id}`;
    await db.outbox.add({
      id,
      table: "competency",
      key,
      op: "put",
      baseVersion: 0,
      changes: { label: `Compétence ${id}` },
      slot: `competency:${key}`,
    });
  }
}

function signOutScreen(locale: "fr" | "en" = "fr") {
  const logout = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
  vi.stubGlobal("fetch", logout);
  const rendered = renderScreen(<SignOutSection />, { path: "/account", locale });
  rendered.queryClient.setQueryData(meQueryKey, camille);
  return { ...rendered, logout };
}

describe("signing out", () => {
  it("with changes not yet synced, warns with their number and erases nothing until confirmed", async () => {
    await unsyncedChanges(2);
    const { logout, queryClient } = signOutScreen();

    fireEvent.click(screen.getByRole("button", { name: "Se déconnecter" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "2 modifications faites sur cet appareil n’ont pas encore été envoyées au serveur.",
    );
    expect(screen.getByText(/reconnectez-vous à Internet et attendez/)).toBeTruthy();
    const cancel = screen.getByRole("button", { name: "Annuler" });
    // Focus moves in an effect React may run a task after the warning shows (a busy machine).
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    expect(logout).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(2);

    fireEvent.click(cancel);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(logout).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Se déconnecter" }));
    fireEvent.click(
      await screen.findByRole("button", {
        name: "Se déconnecter quand même (2 modifications seront perdues)",
      }),
    );
    await waitFor(() => expect(queryClient.getQueryData(meQueryKey)).toBeNull());
    expect(logout).toHaveBeenCalledTimes(1);
    expect(String(logout.mock.calls[0]?.[0])).toMatch(/\/api\/auth\/logout$/);
    expect(await db.outbox.count()).toBe(0);
  });

  it("with everything synced, signs out at once", async () => {
    const { logout, queryClient } = signOutScreen();

    fireEvent.click(screen.getByRole("button", { name: "Se déconnecter" }));
    await waitFor(() => expect(queryClient.getQueryData(meQueryKey)).toBeNull());
    expect(logout).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says it in English too, in the singular for one change", async () => {
    await unsyncedChanges(1);
    const { logout } = signOutScreen("en");

    fireEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "1 change made on this device has not reached the server yet.",
    );
    expect(
      screen.getByRole("button", { name: "Sign out anyway (1 change will be lost)" }),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(logout).not.toHaveBeenCalled();
  });
});
