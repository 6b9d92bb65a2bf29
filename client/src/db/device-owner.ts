import { syncTables } from "../../../shared/sync/protocol";
import type { SkillfolioDatabase } from "./database";
import { deviceOwner, setDeviceOwner } from "./replica-store";

/**
 * Makes this device's portfolio storage belong to `userId`. If another person's portfolio is still
 * here (they could not sign out offline), it is removed first: one device, one portfolio.
 */
export async function claimDevice(database: SkillfolioDatabase, userId: string) {
  const owner = await deviceOwner(database);
  if (owner === userId) return;
  const portfolioTables = [
    ...syncTables.map((table) => database[table]),
    database.serverCopies,
    database.outbox,
    database.rejections,
    database.blobs,
    database.meta,
  ];
  await database.transaction("rw", portfolioTables, async () => {
    if (owner !== null) {
      await Promise.all(
        portfolioTables.filter((table) => table !== database.meta).map((table) => table.clear()),
      );
      await database.meta.where("key").startsWith("sync.").delete();
    }
    await setDeviceOwner(database, userId);
  });
}
