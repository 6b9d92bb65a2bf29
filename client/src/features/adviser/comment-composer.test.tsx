import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { COMMENT_MAX, type CommentTarget } from "../../../../shared/schemas/sharing";
import { jsonResponse, renderScreen } from "../../test/render";
import { CommentComposer } from "./comment-composer";
import { SHARE_ID, sharedPortfolio } from "./testing/shared-portfolio";

const portfolio = sharedPortfolio();
const ADVISER = "01900000-0000-7000-8000-0000000000dd";

/** The comments route: a POST answers `status` (201 echoes the comment), a GET lists none. */
function commentsServer(status = 201, code = "invalid_input") {
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    if (init?.method !== "POST") return jsonResponse(200, { comments: [] });
    if (status !== 201) return jsonResponse(status, { error: { code, message: "Refused." } });
    const request = JSON.parse(String(init.body));
    return jsonResponse(201, {
      comment: {
        id: "01900000-0000-7000-8000-0000000000ee",
        shareId: SHARE_ID,
        ownerId: portfolio.owner.id,
        author: { id: ADVISER, displayName: "Alex Martin", role: "adviser" },
        parentId: null,
        target: request.target ?? null,
        body: request.body,
        suggestion: request.suggestion ?? null,
        status: request.suggestion ? "open" : null,
        readAt: null,
        createdAt: "2026-11-29T10:00:00.000Z",
      },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const posted = (fetch: ReturnType<typeof commentsServer>) =>
  fetch.mock.calls
    .filter(([, init]) => init?.method === "POST")
    .map(([, init]) => JSON.parse(String(init?.body)));

/** The composer as the screen holds it: the target is the screen's state. */
function Composer({ onSent }: { onSent: () => void }) {
  const [target, setTarget] = useState<CommentTarget | null>(null);
  return (
    <CommentComposer
      shareId={SHARE_ID}
      portfolio={portfolio}
      target={target}
      onTargetChange={setTarget}
      replyTo={null}
      onCancelReply={() => {}}
      onSent={onSent}
    />
  );
}

/** The message shown next to a field, found through the field's own description. */
function fieldError(field: HTMLElement): string | undefined {
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.className === "field-error");
  return error?.textContent ?? undefined;
}

function openComposer() {
  const onSent = vi.fn();
  renderScreen(<Composer onSent={onSent} />);
  const body = screen.getByLabelText("Message") as HTMLTextAreaElement;
  const send = () => fireEvent.click(screen.getByRole("button", { name: "Envoyer" }));
  return { body, send, onSent };
}

describe("the adviser's comment form", () => {
  it("sends hostile text exactly as typed, as plain text, then clears the form", async () => {
    const fetch = commentsServer();
    const { body, send, onSent } = openComposer();
    const hostile = `<img src=x onerror="alert(1)"> & <script>alert('x')</script> {{constructor}} \u202Eabc`;
    fireEvent.change(body, { target: { value: `  ${hostile}\n` } });
    send();

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(posted(fetch)).toEqual([
      { body: hostile, parentId: null, target: null, suggestion: null },
    ]);
    expect(body.value).toBe("");
    expect(document.querySelector("img, script")).toBeNull();
  });

  it("refuses a pasted U+0000 with a message next to the field and sends nothing", async () => {
    const fetch = commentsServer();
    const { body, send } = openComposer();
    fireEvent.change(body, { target: { value: "Bonne\u0000 base" } });
    send();
    expect(fieldError(body)).toMatch(/caractère de contrôle invisible \(U\+0000\)/);
    expect(document.activeElement).toBe(body);
    expect(posted(fetch)).toHaveLength(0);
  });

  it("sends a suggestion with its target, and asks for a missing choice first", async () => {
    const fetch = commentsServer();
    const { body, send, onSent } = openComposer();
    const [bakery] = portfolio.experiences;
    const [welcome] = portfolio.competencies;
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "link-competency" } });
    fireEvent.change(body, { target: { value: "Reliez-les." } });
    send();
    expect(screen.getByRole("alert").textContent).toBe("À choisir.");
    expect(posted(fetch)).toHaveLength(0);

    fireEvent.change(screen.getByLabelText("Expérience"), { target: { value: bakery?.id } });
    fireEvent.change(screen.getByLabelText("Compétence"), { target: { value: welcome?.id } });
    send();
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(posted(fetch)[0]).toMatchObject({
      body: "Reliez-les.",
      suggestion: { kind: "link-competency", experienceId: bakery?.id, competencyId: welcome?.id },
    });
  });

  it("says the length cap on the field and sends nothing over it, nor an empty message", async () => {
    const fetch = commentsServer();
    const { body, send } = openComposer();
    send();
    expect(screen.getByRole("alert").textContent).toBe("Corrigez le champ signalé.");
    expect(fieldError(body)).toBe("Ce champ est obligatoire.");

    fireEvent.change(body, { target: { value: "a".repeat(COMMENT_MAX + 1) } });
    send();
    // The number in French digit groups: 4 000.
    expect(fieldError(body)).toBe("Au plus 4\u202f000 caractères.");
    expect(document.activeElement).toBe(body);
    expect(posted(fetch)).toHaveLength(0);
  });

  it.each([
    [400, "invalid_input", /^Certaines informations ne sont pas valides/],
    [403, "forbidden", "Vous n’avez pas accès à cette information."],
    [404, "not_found", "Ce que vous cherchez n’existe pas ou plus."],
  ])(
    "shows a %i refusal in the adviser's language and keeps the text",
    async (status, code, message) => {
      commentsServer(status, code);
      const { body, send, onSent } = openComposer();
      fireEvent.change(body, { target: { value: "Bravo pour ce stage." } });
      send();

      expect((await screen.findByRole("alert")).textContent).toMatch(message);
      expect(onSent).not.toHaveBeenCalled();
      expect(body.value).toBe("Bravo pour ce stage.");
    },
  );
});
