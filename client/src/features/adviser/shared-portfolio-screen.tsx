import { useRef, useState } from "react";
import { Link, useParams } from "wouter";
import type { CommentTarget, SharedPortfolio } from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useSharedPortfolio } from "./adviser-api";
import { AdviserThreads } from "./adviser-threads";
import { CommentComposer } from "./comment-composer";
import { LastChecked } from "./last-checked";
import { PortfolioView } from "./portfolio-view";
import { SharedExport } from "./shared-export";
import "./adviser.css";

/**
 * One shared portfolio, read-only, with the conversation beside it (below it on a narrow
 * screen). Read from the device when offline; a revoked or expired share says so plainly.
 */
export default function SharedPortfolioScreen() {
  const { shareId = "" } = useParams<{ shareId: string }>();
  const { t } = useI18n();
  const portfolio = useSharedPortfolio(shareId);
  const name = portfolio.data?.owner.displayName ?? "";
  useScreenTitle(name || t("caseload.title"));
  // null: the share has ended (revoked or expired), and nothing of it is kept on the device.
  const gone = portfolio.data === null;

  return (
    <article className="screen adviser-screen shared-portfolio" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("shared.back")}</Link>
      </p>
      {gone ? (
        <>
          <h1 id="screen-title">{t("caseload.title")}</h1>
          <p className="notice" role="alert" data-testid="share-gone">
            {t("shared.gone")}
          </p>
        </>
      ) : portfolio.data ? (
        <>
          <h1 id="screen-title">{name}</h1>
          {portfolio.isError && isNetworkError(portfolio.error) && (
            <p className="notice">
              <LastChecked at={portfolio.dataUpdatedAt} />. {t("shared.offline")}
            </p>
          )}
          <Loaded shareId={shareId} portfolio={portfolio.data} />
        </>
      ) : (
        <>
          <h1 id="screen-title">{t("caseload.title")}</h1>
          {portfolio.isPending ? (
            <p className="loading">{t("app.loading")}</p>
          ) : (
            <p className="notice" role="alert">
              {t("shared.loadFailed", { reason: errorMessage(portfolio.error, t) })}
            </p>
          )}
        </>
      )}
    </article>
  );
}

function Loaded({ shareId, portfolio }: { shareId: string; portfolio: SharedPortfolio }) {
  const { t, locale } = useI18n();
  const [target, setTarget] = useState<CommentTarget | null>(null);
  const [replyTo, setReplyTo] = useState<{ id: string; excerpt: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const composerRef = useRef<HTMLDivElement>(null);
  const until = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(
    new Date(portfolio.share.expiresAt),
  );
  const cv = portfolio.cvs.find((item) => item.id === portfolio.share.cvId);

  const focusComposer = () => {
    const field = composerRef.current?.querySelector<HTMLElement>("textarea[name=body]");
    field?.focus();
  };

  return (
    <>
      <p className="lead">
        {portfolio.share.scope === "cv" && cv
          ? t("shared.scope.cv", { title: cv.title })
          : t("shared.scope.portfolio")}{" "}
        · {t("shared.readOnly", { date: until })}
      </p>
      <SharedExport shareId={shareId} portfolio={portfolio} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <div className="shared-layout">
        <PortfolioView
          shareId={shareId}
          portfolio={portfolio}
          onComment={(next) => {
            setReplyTo(null);
            setTarget(next);
            requestAnimationFrame(focusComposer);
          }}
        />
        <aside className="shared-conversation" aria-labelledby="conversation-title">
          <h2 id="conversation-title">{t("adviserComments.title")}</h2>
          <AdviserThreads
            shareId={shareId}
            portfolio={portfolio}
            onReply={(reply) => {
              setReplyTo(reply);
              requestAnimationFrame(focusComposer);
            }}
          />
          <div ref={composerRef}>
            <CommentComposer
              shareId={shareId}
              portfolio={portfolio}
              target={target}
              onTargetChange={setTarget}
              replyTo={replyTo}
              onCancelReply={() => setReplyTo(null)}
              onSent={() => {
                setReplyTo(null);
                setAnnouncement(t("adviserComments.sent"));
              }}
            />
          </div>
        </aside>
      </div>
    </>
  );
}
