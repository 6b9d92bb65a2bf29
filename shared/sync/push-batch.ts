import { uuidv7 } from "../ids";
import { MAX_MUTATIONS_PER_PUSH, MAX_PUSH_BYTES, type Mutation } from "./protocol";
import { type RejectedMutation, type ReplicaTransaction, refreshViews } from "./replica";

/**
 * The next push: the head of the outbox, as many mutations as fit in MAX_PUSH_BYTES of JSON,
 * below the server's body limit (a whole request over it is refused, and would be refused again
 * at every retry: the device would be stuck). A single mutation over the limit can never be sent:
 * it is refused here like the server would, kept for the person with its reason and taken back
 * from the views, and its place in the outbox goes to a delete of a record that does not exist,
 * which the server applies as nothing, so the mutation ids it sees stay without a gap.
 */
export async function readPushBatch(
  tx: ReplicaTransaction,
  ownerId: string,
  now = new Date(),
): Promise<Mutation[]> {
  const batch: Mutation[] = [];
  let bytes = 0;
  for (const mutation of await tx.readOutboxHead(MAX_MUTATIONS_PER_PUSH)) {
    const size = utf8Length(JSON.stringify(mutation));
    if (size <= MAX_PUSH_BYTES) {
      if (bytes + size > MAX_PUSH_BYTES) break;
      batch.push(mutation);
      bytes += size;
      continue;
    }
    // Taken out only at the head of a batch, so the mutations before it go first, in order.
    if (batch.length > 0) break;
    batch.push(await refuseOversized(tx, ownerId, mutation, size, now));
    bytes += utf8Length(JSON.stringify(batch[0]));
  }
  return batch;
}

async function refuseOversized(
  tx: ReplicaTransaction,
  ownerId: string,
  mutation: Mutation,
  size: number,
  now: Date,
): Promise<Mutation> {
  const placeholder: Mutation = {
    id: mutation.id,
    table: mutation.table,
    key: uuidv7(),
    op: "delete",
    baseVersion: 0,
    changes: {},
  };
  await tx.dropOutbox(mutation.id);
  await tx.appendOutbox(placeholder);
  await refreshViews(tx, ownerId, [mutation]);
  const rejection: RejectedMutation = {
    mutation,
    code: "invalid_changes",
    message: `Too large to send: ${size} bytes (at most ${MAX_PUSH_BYTES}).`,
    rejectedAt: now.toISOString(),
  };
  await tx.keepRejections([rejection]);
  return placeholder;
}

/** Bytes of a string in UTF-8, as it travels. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
