import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choices, liveSelection, move, toggle } from "./selection";

const available = ["a", "b", "c", "d"];

describe("a CV's ordered selection", () => {
  it("shows the chosen records first in the CV's order, then the rest in the portfolio's", () => {
    expect(choices(["c", "a"], available)).toEqual([
      { id: "c", selected: true },
      { id: "a", selected: true },
      { id: "b", selected: false },
      { id: "d", selected: false },
    ]);
  });

  it("drops records deleted since they were chosen, and duplicates", () => {
    expect(liveSelection(["x", "b", "b", "a"], available)).toEqual(["b", "a"]);
    expect(choices(["x"], ["a"])).toEqual([{ id: "a", selected: false }]);
  });

  it("adds at the end and removes without reordering the others", () => {
    expect(toggle(["b", "a"], available, "d")).toEqual(["b", "a", "d"]);
    expect(toggle(["b", "a", "d"], available, "a")).toEqual(["b", "d"]);
  });

  it("moves one place and never past either end", () => {
    expect(move(["a", "b", "c"], available, "c", -1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], available, "a", -1)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b", "c"], available, "c", 1)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b"], available, "d", 1)).toEqual(["a", "b"]);
  });

  it("keeps the same set of records whatever the moves", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(available),
        fc.array(fc.tuple(fc.constantFrom(...available), fc.constantFrom(-1 as const, 1 as const))),
        (start, moves) => {
          let current = start;
          for (const [id, delta] of moves) current = move(current, available, id, delta);
          expect([...current].sort()).toEqual([...start].sort());
        },
      ),
    );
  });
});
