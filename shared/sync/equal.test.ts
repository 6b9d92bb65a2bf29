import { describe, expect, it } from "vitest";
import { jsonEqual } from "./equal";

describe("jsonEqual", () => {
  it("ignores the order of object keys, as jsonb does", () => {
    expect(
      jsonEqual({ experienceIds: [], proofIds: ["a"] }, { proofIds: ["a"], experienceIds: [] }),
    ).toBe(true);
  });
  it("still tells different values, array orders and shapes apart", () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual(["a", "b"], ["b", "a"])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual("1", 1)).toBe(false);
  });
});
