import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/database";
import { meQueryKey } from "../../session/me";
import { camille } from "../../test/people";
import { jsonResponse, renderScreen } from "../../test/render";
import { DeleteAccountSection } from "./delete-account-section";

afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function somethingOnTheDevice() {
  await db.outbox.add({
    id: 1,
    table: "experience",
    key: "0190f1d2-0000-7000-8000-000000000201",
    op: "put",
    baseVersion: 0,
    changes: { title: "Serveuse" },
    slot: "experience:0190f1d2-0000-7000-8000-000000000201",
  });
}

function deletionScreen(answer: () => Response) {
  const server = vi.fn<typeof fetch>(async () => answer());
  vi.stubGlobal("fetch", server);
  const rendered = renderScreen(<DeleteAccountSection />, { path: "/account" });
  rendered.queryClient.setQueryData(meQueryKey, camille);
  fireEvent.click(screen.getByRole("button", { name: "Supprimer mon compte…" }));
  return { ...rendered, server };
}

describe("deleting the account", () => {
  it("offers the export first, then asks for the password and an explicit confirmation", async () => {
    const { server } = deletionScreen(() => new Response(null, { status: 204 }));
    expect(screen.getByRole("link", { name: "Télécharger mes données" }).getAttribute("href")).toBe(
      "/data",
    );
    expect(document.activeElement).toBe(screen.getByLabelText("Votre mot de passe"));
    fireEvent.click(screen.getByRole("button", { name: "Supprimer définitivement" }));
    expect(await screen.findByText("Saisissez votre mot de passe.")).toBeTruthy();
    expect(screen.getByText("Cochez cette case pour confirmer.")).toBeTruthy();
    expect(server).not.toHaveBeenCalled();
  });

  it("a wrong password keeps everything, on the server and on the device", async () => {
    await somethingOnTheDevice();
    const { server, queryClient } = deletionScreen(() =>
      jsonResponse(400, {
        error: { code: "invalid_credentials", message: "The password is wrong." },
      }),
    );
    fireEvent.change(screen.getByLabelText("Votre mot de passe"), { target: { value: "oups" } });
    fireEvent.click(screen.getByLabelText(/Je comprends/));
    fireEvent.click(screen.getByRole("button", { name: "Supprimer définitivement" }));
    expect(await screen.findByText("Le mot de passe actuel est incorrect.")).toBeTruthy();
    expect(server).toHaveBeenCalledTimes(1);
    expect(await db.outbox.count()).toBe(1);
    expect(queryClient.getQueryData(meQueryKey)).toEqual(camille);
  });

  it("once the server has deleted the account, erases the device and signs out", async () => {
    await somethingOnTheDevice();
    const { server, queryClient, location } = deletionScreen(
      () => new Response(null, { status: 204 }),
    );
    fireEvent.change(screen.getByLabelText("Votre mot de passe"), {
      target: { value: "un cheval correct agrafe" },
    });
    fireEvent.click(screen.getByLabelText(/Je comprends/));
    fireEvent.click(screen.getByRole("button", { name: "Supprimer définitivement" }));
    await waitFor(() => expect(queryClient.getQueryData(meQueryKey)).toBeNull());
    const [url, init] = server.mock.calls[0] ?? [];
    expect(String(url)).toMatch(/\/api\/account\/delete$/);
    expect(JSON.parse(String(init?.body))).toEqual({ password: "un cheval correct agrafe" });
    // The device is erased and the language saved again before the screen changes.
    await waitFor(() => expect(location.history?.at(-1)).toBe("/sign-in?deleted"));
    expect(await db.outbox.count()).toBe(0);
  });
});
