import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderScreen } from "../../test/render";
import TotpEnrolmentScreen from "./totp-enrolment-screen";

function typeEnrolmentCode(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const refusal = (code: string) => async () =>
  jsonResponse(403, { error: { code, message: "Refused." } });

describe("second-factor enrolment screen", () => {
  it("asks for the enrolment code first, and says so next to the field when it is empty", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderScreen(<TotpEnrolmentScreen />);
    fireEvent.click(screen.getByRole("button", { name: "Commencer" }));
    const field = screen.getByLabelText(/code d’activation/i);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(
      document.getElementById(field.getAttribute("aria-describedby")?.split(" ")[0] ?? "")
        ?.textContent,
    ).toMatch(/Saisissez le code d’activation/);
    expect(document.activeElement).toBe(field);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    [
      "fr",
      "enrolment_code_expired",
      /Code d’activation/i,
      "Commencer",
      /a expiré \(il vaut 72 heures\)/,
    ],
    ["fr", "enrolment_code_used", /Code d’activation/i, "Commencer", /a déjà servi/],
    ["fr", "enrolment_code_invalid", /Code d’activation/i, "Commencer", /n’est pas le bon/],
    [
      "en",
      "enrolment_code_expired",
      /Enrolment code/i,
      "Start",
      /has expired \(it lasts 72 hours\)/,
    ],
    ["en", "enrolment_code_used", /Enrolment code/i, "Start", /has already been used/],
    ["en", "enrolment_code_invalid", /Enrolment code/i, "Start", /is not the right one/],
  ] as const)(
    "in %s, explains a %s refusal in words",
    async (locale, code, label, start, message) => {
      vi.stubGlobal("fetch", vi.fn(refusal(code)));
      renderScreen(<TotpEnrolmentScreen />, { locale });
      typeEnrolmentCode(label, "abcde-fghjk-mnpqr-stvwx");
      fireEvent.click(screen.getByRole("button", { name: start }));
      expect((await screen.findByRole("alert")).textContent).toMatch(message);
    },
  );

  it("sends the enrolment code to the setup, and again with the app's code to turn it on", async () => {
    const fetchMock = vi.fn(async (url: URL | string) =>
      String(url).endsWith("/setup")
        ? jsonResponse(200, {
            secret: "JBSWY3DPEHPK3PXP",
            otpauthUri: "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",
          })
        : jsonResponse(200, { recoveryCodes: ["aaaaa-bbbbb"] }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderScreen(<TotpEnrolmentScreen />);
    typeEnrolmentCode(/code d’activation/i, " abcde-fghjk-mnpqr-stvwx ");
    fireEvent.click(screen.getByRole("button", { name: "Commencer" }));
    await screen.findByTestId("totp-secret");
    fireEvent.change(screen.getByLabelText("Code à six chiffres"), { target: { value: "123456" } });
    fireEvent.click(screen.getByRole("button", { name: "Activer" }));
    await screen.findByTestId("recovery-codes");
    const bodies = fetchMock.mock.calls
      .map((call) => call as unknown[] as [URL | string, RequestInit])
      .filter(([url]) => String(url).includes("/api/auth/totp/"))
      .map(([, init]) => JSON.parse(String(init.body)));
    expect(bodies).toEqual([
      { enrolmentCode: "abcde-fghjk-mnpqr-stvwx" },
      { code: "123456", enrolmentCode: "abcde-fghjk-mnpqr-stvwx" },
    ]);
    await waitFor(() => expect(screen.getByText("aaaaa-bbbbb")).toBeTruthy());
  });
});
