import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLiveQuery } from "dexie-react-hooks";
import { useEffect } from "react";
import { Link } from "wouter";
import { apiErrorCodeSchema } from "../../../shared/schemas/error";
import { db } from "../db/database";
import { useI18n } from "../i18n/use-i18n";
import { meQueryKey } from "../session/me";
import { useOnline } from "../ui/use-online";
import { conflictsQueryOptions } from "./conflicts-api";
import { useSync } from "./sync-provider";

/**
 * The header's sync badge (docs/sync-protocol.md): it always says where the person's changes are:
 * synced, waiting (and how many), offline, or failing with the reason and a retry.
 */
export function SyncBadge() {
  const { t } = useI18n();
  const online = useOnline();
  const { state, syncNow } = useSync();
  const queryClient = useQueryClient();
  const pending = useLiveQuery(() => db.outbox.count(), [], 0);
  const refused = useLiveQuery(() => db.rejections.count(), [], 0);
  const conflicts = useQuery({ ...conflictsQueryOptions, enabled: false });
  const conflictCount = conflicts.data?.length ?? 0;
  // A round that pushed may have produced conflicts: ask again after each completed round.
  const syncedAt = state.kind === "synced" ? state.at : null;
  const { refetch } = conflicts;
  useEffect(() => {
    if (syncedAt !== null) void refetch();
  }, [syncedAt, refetch]);

  let tone = "ok";
  let text: string;
  if (!online || state.kind === "offline") {
    tone = "offline";
    text = pending > 0 ? t("sync.offlinePending", { count: pending }) : t("sync.offline");
  } else if (state.kind === "signed-out") {
    tone = "error";
    text = t("sync.signedOut");
  } else if (state.kind === "error") {
    tone = "error";
    const code = apiErrorCodeSchema.safeParse(state.code);
    text = t("sync.error", {
      reason: code.success ? t(`error.${code.data}`) : t("error.unexpected"),
    });
  } else if (state.kind === "syncing") {
    text = t("sync.syncing");
  } else if (pending > 0) {
    tone = "pending";
    text = t("sync.pending", { count: pending });
  } else {
    text = t("sync.synced");
  }

  return (
    <div className={`sync-badge sync-badge-${tone}`} data-testid="sync-badge">
      <span role="status" aria-label={t("sync.badge.label")}>
        <span className="connection-dot" aria-hidden="true" />
        <span data-testid="sync-badge-text">{text}</span>
      </span>
      {state.kind === "error" && online && (
        <button type="button" className="sync-badge-action" onClick={syncNow}>
          {t("sync.retry")}
        </button>
      )}
      {refused > 0 && (
        <Link href="/conflicts" className="sync-badge-action">
          {t("sync.refusedLink", { count: refused })}
        </Link>
      )}
      {conflictCount > 0 && (
        <Link href="/conflicts" className="sync-badge-action">
          {t("sync.conflictsLink", { count: conflictCount })}
        </Link>
      )}
      {state.kind === "signed-out" && (
        <Link
          href="/sign-in"
          className="sync-badge-action"
          onClick={() => void queryClient.invalidateQueries({ queryKey: meQueryKey })}
        >
          {t("sync.signIn")}
        </Link>
      )}
    </div>
  );
}
