import { useState } from "react";
import { Link } from "wouter";
import type { CommentTarget } from "../../../shared/schemas/sharing";
import { useI18n } from "../i18n/use-i18n";
import { CommentThreads } from "./comment-threads";
import { useComments } from "./comments-api";
import { sameTarget } from "./threads";

/** The advisers' threads about one experience or competency, on its detail screen. */
export function RecordComments({ target }: { target: CommentTarget }) {
  const { t } = useI18n();
  const comments = useComments();
  const [announcement, setAnnouncement] = useState("");
  const about = (comments.data ?? []).filter((comment) => {
    const root = comment.parentId
      ? comments.data?.find((candidate) => candidate.id === comment.parentId)
      : comment;
    return sameTarget((root ?? comment).target, target);
  });
  if (about.length === 0) return null;
  return (
    <section className="card record-comments" aria-labelledby="record-comments-title">
      <h2 id="record-comments-title">{t("comments.forRecord")}</h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <CommentThreads comments={about} headingLevel={3} onAnnounce={setAnnouncement} />
      <Link href="~/sharing/comments">{t("comments.seeAll")}</Link>
    </section>
  );
}
