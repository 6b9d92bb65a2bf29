import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../i18n/use-i18n";
import { commentsQueryOptions, unreadCount } from "./comments-api";
import "./unread-badge.css";

/**
 * The count of unread adviser comments, shown on the Sharing tab. Loaded lazily by the shell (it
 * carries the sharing schemas); asks the server again every minute while the app is open.
 */
export default function UnreadCommentsBadge() {
  const { t } = useI18n();
  const comments = useQuery({ ...commentsQueryOptions, refetchInterval: 60_000 });
  const count = comments.data ? unreadCount(comments.data) : 0;
  if (count === 0) return null;
  return (
    <span className="nav-badge" data-testid="unread-comments">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">, {t("nav.unreadComments", { count })}</span>
    </span>
  );
}
