/**
 * A CV's ordered selection of records (experiences or competencies): the chosen ids in the CV's
 * order. Ids of records deleted since are dropped whenever the selection is shown or changed.
 */

export type Choice = { id: string; selected: boolean };

/** The chosen records first, in the CV's order, then the others in the portfolio's order. */
export function choices(selected: readonly string[], available: readonly string[]): Choice[] {
  const live = new Set(available);
  const chosen = selected.filter((id) => live.has(id));
  const chosenSet = new Set(chosen);
  return [
    ...chosen.map((id) => ({ id, selected: true })),
    ...available.filter((id) => !chosenSet.has(id)).map((id) => ({ id, selected: false })),
  ];
}

export function liveSelection(selected: readonly string[], available: readonly string[]): string[] {
  const live = new Set(available);
  return [...new Set(selected)].filter((id) => live.has(id));
}

/** Including a record puts it at the end of the CV; excluding it keeps the others' order. */
export function toggle(
  selected: readonly string[],
  available: readonly string[],
  id: string,
): string[] {
  const current = liveSelection(selected, available);
  return current.includes(id) ? current.filter((other) => other !== id) : [...current, id];
}

/** Moves a chosen record one place up (-1) or down (+1); at either end nothing changes. */
export function move(
  selected: readonly string[],
  available: readonly string[],
  id: string,
  delta: -1 | 1,
): string[] {
  const current = liveSelection(selected, available);
  const from = current.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= current.length) return current;
  const next = [...current];
  [next[from], next[to]] = [current[to] ?? id, id];
  return next;
}
