import { describe, expect, it } from "vitest";
import { backingOf, evidenceCount, type LiveEvidence, summariseBacking } from "./backing";

const experienceA = "0190f1d2-0000-7000-8000-00000000000a";
const experienceB = "0190f1d2-0000-7000-8000-00000000000b";
const proofA = "0190f1d2-0000-7000-8000-0000000000a1";
const deletedExperience = "0190f1d2-0000-7000-8000-0000000000de";

const live: LiveEvidence = {
  experienceIds: new Set([experienceA, experienceB]),
  proofIds: new Set([proofA]),
};
const backedBy = (experienceIds: string[], proofIds: string[] = []) => ({
  evidence: { experienceIds, proofIds },
});

describe("how a competency is backed", () => {
  it("is declared when nothing backs it", () => {
    expect(backingOf(backedBy([]), live)).toBe("declared");
  });

  it("is backed by an experience when only experiences back it", () => {
    expect(backingOf(backedBy([experienceA, experienceB]), live)).toBe("experience");
  });

  it("is backed by a document as soon as a proof backs it, even with experiences too", () => {
    expect(backingOf(backedBy([experienceA], [proofA]), live)).toBe("document");
    expect(backingOf(backedBy([], [proofA]), live)).toBe("document");
  });

  it("does not count a link to an experience that was deleted", () => {
    expect(backingOf(backedBy([deletedExperience]), live)).toBe("declared");
    expect(evidenceCount(backedBy([deletedExperience, experienceA], [proofA]), live)).toBe(2);
  });

  it("sums up the portfolio: total, by experience, by document, declared", () => {
    const summary = summariseBacking(
      [
        backedBy([]),
        backedBy([experienceA]),
        backedBy([experienceB]),
        backedBy([experienceA], [proofA]),
        backedBy([deletedExperience]),
      ],
      live,
    );
    expect(summary).toEqual({ total: 5, experience: 2, document: 1, declared: 2 });
  });
});
