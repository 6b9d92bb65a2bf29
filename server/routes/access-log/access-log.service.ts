import type { AccessAction } from "../../../shared/schemas/index";
import type { Db } from "../../db/connect";
import { accessLog } from "../../db/schema";
import type { LiveShare } from "../adviser/live-share";

/** Longest description kept: a record's title, never a token, password or email. */
const TARGET_MAX = 200;

/** One row per adviser read, for the person to see who read what and when. */
export async function logAccess(
  db: Db,
  share: LiveShare,
  action: AccessAction,
  target: string,
  at = new Date(),
) {
  await db.insert(accessLog).values({
    ownerId: share.ownerId,
    adviserId: share.adviserId,
    shareId: share.id,
    action,
    target: target.slice(0, TARGET_MAX),
    at,
  });
}
