import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { DELETED } from "../../../../shared/sync/merge";
import { type SyncTable, syncTables } from "../../../../shared/sync/protocol";
import type { ReplicaRecord } from "../../../../shared/sync/replica";
import { db } from "../../db/database";
import { restoreRecord, writeField } from "../../db/portfolio";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { type Conflict, useConflicts, useResolveConflict } from "../../sync/conflicts-api";
import { displayValue, fieldName, levelName, recordLabel } from "../../sync/record-label";
import { useScreenTitle } from "../../ui/use-screen-title";
import { RefusedChanges } from "./refused-changes";
import { useOrigins } from "./use-origins";
import "./conflicts.css";

/**
 * Values that lost to another device's edit, side by side with the kept value: one tap keeps
 * either. Below, the items deleted on this or another device, which can be restored.
 */
export default function ConflictsScreen() {
  const { t } = useI18n();
  useScreenTitle(t("conflicts.title"));
  const conflicts = useConflicts();
  const [announcement, setAnnouncement] = useState("");

  return (
    <div className="screen conflicts">
      <h1>{t("conflicts.title")}</h1>
      <p>{t("conflicts.intro")}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {conflicts.isPending && <p className="loading">{t("app.loading")}</p>}
      {conflicts.isError && (
        <p role="alert" className="form-error">
          {isNetworkError(conflicts.error)
            ? t("conflicts.offline")
            : t("conflicts.loadFailed", { reason: errorMessage(conflicts.error, t) })}
        </p>
      )}
      {conflicts.data?.length === 0 && <p>{t("conflicts.none")}</p>}
      {conflicts.data && conflicts.data.length > 0 && (
        <ul className="conflict-list">
          {conflicts.data.map((conflict) => (
            <ConflictItem
              key={conflict.id}
              conflict={conflict}
              onResolved={() => setAnnouncement(t("conflicts.resolved"))}
            />
          ))}
        </ul>
      )}
      <RefusedChanges onDiscarded={() => setAnnouncement(t("review.discarded"))} />
      <DeletedItems onRestored={(label) => setAnnouncement(t("trash.restored", { label }))} />
    </div>
  );
}

function ConflictItem({ conflict, onResolved }: { conflict: Conflict; onResolved: () => void }) {
  const { t, locale } = useI18n();
  const resolve = useResolveConflict();
  const record = useLiveQuery(
    () => db[conflict.table].get(conflict.recordId),
    [conflict.table, conflict.recordId],
  );
  const label = recordLabel(conflict.table, record) ?? t("conflicts.unknownRecord");
  const [failure, setFailure] = useState<string | null>(null);

  const settle = async (apply?: () => Promise<void>) => {
    setFailure(null);
    try {
      await apply?.();
      await resolve.mutateAsync(conflict.id);
      onResolved();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  const applyOther = async () => {
    if (!record) return;
    if (record.deleted) await restoreRecord(conflict.table, conflict.recordId);
    if (conflict.field !== DELETED) {
      await writeField(conflict.table, conflict.recordId, conflict.field, conflict.losingValue);
    }
  };

  const show = (value: unknown) =>
    conflict.table === "competency" && conflict.field === "level"
      ? levelName(value, record?.category === "language", locale)
      : displayValue(value, t("conflicts.empty"));
  const origin = useOrigins(conflict);
  const headingId = `conflict-${conflict.id}`;
  return (
    <li className="conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`table.${conflict.table}`)} · {label}
      </h2>
      {conflict.field === DELETED ? (
        <p>{t("conflicts.restoreRefused")}</p>
      ) : record?.deleted ? (
        <>
          <p>{t("conflicts.deletedElsewhere")}</p>
          <p>
            {t("conflicts.field", { field: fieldName(conflict.field, t) })} — {t("conflicts.other")}{" "}
            : <strong>{displayValue(conflict.losingValue, t("conflicts.empty"))}</strong>
          </p>
        </>
      ) : (
        <>
          <dl className="conflict-values">
            <div>
              <dt>{t("conflicts.kept")}</dt>
              <dd>{show(record?.[conflict.field] ?? conflict.winningValue)}</dd>
              {origin.kept && <dd className="conflict-origin">{origin.kept}</dd>}
            </div>
            <div>
              <dt>{t("conflicts.other")}</dt>
              <dd>{show(conflict.losingValue)}</dd>
              {origin.lost && <dd className="conflict-origin">{origin.lost}</dd>}
            </div>
          </dl>
          <p className="conflict-field">
            {t("conflicts.field", { field: fieldName(conflict.field, t) })}
          </p>
        </>
      )}
      <div className="conflict-actions">
        <button
          type="button"
          className="button"
          disabled={resolve.isPending || !record}
          onClick={() => settle(applyOther)}
        >
          {conflict.field === DELETED
            ? t("conflicts.restoreAnyway")
            : record?.deleted
              ? t("conflicts.restoreWithChange")
              : t("conflicts.useOther")}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={resolve.isPending}
          onClick={() => settle()}
        >
          {record?.deleted || conflict.field === DELETED
            ? t("conflicts.keepDeleted")
            : t("conflicts.keep")}
        </button>
      </div>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </li>
  );
}

function DeletedItems({ onRestored }: { onRestored: (label: string) => void }) {
  const { t } = useI18n();
  const deleted = useLiveQuery(async () => {
    const lists = await Promise.all(
      syncTables.map(async (table) =>
        (await db[table].filter((record) => record.deleted === true).toArray()).map((record) => ({
          table,
          record,
        })),
      ),
    );
    return lists.flat().sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt));
  }, []);

  return (
    <section className="trash" aria-labelledby="trash-title">
      <h2 id="trash-title">{t("trash.title")}</h2>
      {deleted?.length === 0 && <p>{t("trash.none")}</p>}
      <ul className="trash-list">
        {deleted?.map(({ table, record }) => (
          <TrashItem
            key={`${table}:${record.id}`}
            table={table}
            record={record}
            onRestored={onRestored}
          />
        ))}
      </ul>
    </section>
  );
}

function TrashItem({
  table,
  record,
  onRestored,
}: {
  table: SyncTable;
  record: ReplicaRecord;
  onRestored: (label: string) => void;
}) {
  const { t } = useI18n();
  const label = recordLabel(table, record) ?? t("conflicts.unknownRecord");
  return (
    <li className="trash-item">
      <span>
        {t(`table.${table}`)} · {label}
      </span>
      <button
        type="button"
        className="button button-quiet"
        onClick={async () => {
          await restoreRecord(table, record.id);
          onRestored(label);
        }}
      >
        {t("trash.restore")}
        <span className="visually-hidden"> {label}</span>
      </button>
    </li>
  );
}
