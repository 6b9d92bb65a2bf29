/**
 * The authorisation matrix of sharing: every route that reads or changes what a person shared,
 * plus the owner's blob GET, and the exact status each kind of caller gets. matrix.test.ts calls
 * every cell through the real app; access-matrix-doc.test.ts checks that docs/security.md shows
 * this same table (`npm run docs:matrix` rewrites it), so the document and the test never disagree.
 */

export const actors = [
  "anonymous",
  "owner",
  "otherPerson",
  "liveAdviser",
  "noShareAdviser",
  "revokedAdviser",
  "expiredAdviser",
  "cvAdviserOutside",
] as const;
export type Actor = (typeof actors)[number];

/** Who each column is, as the documentation names them. */
export const actorDescriptions: Record<Actor, string> = {
  anonymous: "no session",
  owner: "the person whose portfolio is shared",
  otherPerson:
    "another person, signed in: the shares, comments and log they get are their own; the owner's ids are not found",
  liveAdviser:
    "an adviser with a live share of the whole portfolio (the phone number hidden): reads it without the hidden field",
  noShareAdviser: "an adviser with no share, trying someone else's share id",
  revokedAdviser: "an adviser whose share was revoked",
  expiredAdviser: "an adviser whose share expired",
  cvAdviserOutside:
    "an adviser with a live share of one CV: reads that CV's content only; a file or a comment target outside it is refused",
};

export type Route =
  | "POST /api/shares"
  | "GET /api/shares"
  | "POST /api/shares/:id/revoke"
  | "GET /api/comments"
  | "POST /api/comments/:id/replies"
  | "POST /api/comments/:id/read"
  | "POST /api/comments/:id/decision"
  | "GET /api/access-log"
  | "GET /api/adviser/caseload"
  | "GET /api/adviser/shares/:shareId/portfolio"
  | "GET /api/adviser/shares/:shareId/blobs/:sha256"
  | "POST /api/adviser/shares/:shareId/export"
  | "GET /api/adviser/shares/:shareId/comments"
  | "POST /api/adviser/shares/:shareId/comments"
  | "GET /api/blobs/:sha256";

/* biome-ignore format: the matrix reads as a table */
export const expected: Record<Route, [number, number, number, number, number, number, number, number]> = {
  //                                              anon owner other  live  none revoked expired cv-outside
  "POST /api/shares":                            [401, 201,  201,   403,  403,  403,    403,    403],
  "GET /api/shares":                             [401, 200,  200,   403,  403,  403,    403,    403],
  "POST /api/shares/:id/revoke":                 [401, 204,  404,   403,  403,  403,    403,    403],
  "GET /api/comments":                           [401, 200,  200,   403,  403,  403,    403,    403],
  "POST /api/comments/:id/replies":              [401, 201,  404,   403,  403,  403,    403,    403],
  "POST /api/comments/:id/read":                 [401, 204,  404,   403,  403,  403,    403,    403],
  "POST /api/comments/:id/decision":             [401, 200,  404,   403,  403,  403,    403,    403],
  "GET /api/access-log":                         [401, 200,  200,   403,  403,  403,    403,    403],
  "GET /api/adviser/caseload":                   [401, 403,  403,   200,  200,  200,    200,    200],
  "GET /api/adviser/shares/:shareId/portfolio":  [401, 403,  403,   200,  404,  404,    404,    200],
  "GET /api/adviser/shares/:shareId/blobs/:sha256": [401, 403, 403, 200,  404,  404,    404,    404],
  "POST /api/adviser/shares/:shareId/export":    [401, 403,  403,   204,  404,  404,    404,    204],
  "GET /api/adviser/shares/:shareId/comments":   [401, 403,  403,   200,  404,  404,    404,    200],
  "POST /api/adviser/shares/:shareId/comments":  [401, 403,  403,   201,  404,  404,    404,    404],
  "GET /api/blobs/:sha256":                      [401, 200,  404,   404,  404,  404,    404,    404],
};

/** Adviser reads that are written to the access log when allowed. */
export const loggedReads = new Set<Route>([
  "GET /api/adviser/shares/:shareId/portfolio",
  "GET /api/adviser/shares/:shareId/blobs/:sha256",
  "POST /api/adviser/shares/:shareId/export",
  "GET /api/adviser/shares/:shareId/comments",
]);

const columnHeadings: Record<Actor, string> = {
  anonymous: "anonymous",
  owner: "owner",
  otherPerson: "other person",
  liveAdviser: "adviser, live share",
  noShareAdviser: "adviser, no share",
  revokedAdviser: "adviser, revoked",
  expiredAdviser: "adviser, expired",
  cvAdviserOutside: "adviser, CV share, outside it",
};

/** The matrix as a Markdown table, with its legend: what docs/security.md shows. */
export function renderAccessMatrix(): string {
  const header = `| route | ${actors.map((actor) => columnHeadings[actor]).join(" | ")} |`;
  const rule = `| --- | ${actors.map(() => "---").join(" | ")} |`;
  const rows = (Object.keys(expected) as Route[]).map((route) => {
    const logged = loggedReads.has(route) ? " (logged)" : "";
    return `| \`${route}\`${logged} | ${expected[route].join(" | ")} |`;
  });
  const legend = actors.map(
    (actor) => `- **${columnHeadings[actor]}**: ${actorDescriptions[actor]}.`,
  );
  return [header, rule, ...rows, "", ...legend].join("\n");
}
