import { useState } from "react";
import { CommentThreads } from "../../comments/comment-threads";
import { useComments } from "../../comments/comments-api";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { useScreenTitle } from "../../ui/use-screen-title";
import { SharingTabs } from "./sharing-tabs";

/** Every thread with the person's advisers, the latest first. */
export function CommentsScreen() {
  const { t } = useI18n();
  useScreenTitle(t("comments.title"));
  const comments = useComments();
  const [announcement, setAnnouncement] = useState("");
  return (
    <section className="screen sharing" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("comments.title")}</h1>
      <SharingTabs />
      <p className="lead">{t("comments.intro")}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {comments.isPending && <p className="loading">{t("app.loading")}</p>}
      {comments.isError && (
        <p className="notice" role={comments.data ? undefined : "alert"}>
          {isNetworkError(comments.error)
            ? t("comments.offline")
            : t("comments.loadFailed", { reason: errorMessage(comments.error, t) })}
        </p>
      )}
      {comments.data?.length === 0 && <p>{t("comments.none")}</p>}
      {comments.data && comments.data.length > 0 && (
        <CommentThreads comments={comments.data} onAnnounce={setAnnouncement} />
      )}
    </section>
  );
}
