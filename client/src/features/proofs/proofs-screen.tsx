import { useCallback, useState } from "react";
import { Route, Switch, useLocation } from "wouter";
import type { Proof } from "../../../../shared/schemas/proof";
import { restoreRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { ProofDetailScreen } from "./proof-detail-screen";
import { EditProofScreen, NewProofScreen } from "./proof-form-screen";
import { ProofListScreen } from "./proof-list-screen";
import { UndoSnackbar } from "./undo-snackbar";
import "./proofs.css";

/**
 * The proofs section, nested under /proofs: the list, /new, /:id and /:id/edit. The undo of a
 * delete lives here, above the routes, so it stays on screen when the detail gives way to the list.
 */
export default function ProofsScreen() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [deleted, setDeleted] = useState<Proof | null>(null);
  const dismiss = useCallback(() => setDeleted(null), []);

  const onDeleted = (proof: Proof) => {
    setDeleted(proof);
    navigate("/", { replace: true });
  };
  const undo = () => {
    if (!deleted) return;
    restoreRecord("proof", deleted.id).catch((error: unknown) =>
      console.error("[skillfolio] could not restore a proof", error),
    );
    setDeleted(null);
  };

  return (
    <>
      <Switch>
        <Route path="/" component={ProofListScreen} />
        <Route path="/new" component={NewProofScreen} />
        <Route path="/:id/edit">{(params) => <EditProofScreen id={params.id} />}</Route>
        <Route path="/:id">
          {(params) => <ProofDetailScreen id={params.id} onDeleted={onDeleted} />}
        </Route>
      </Switch>
      <UndoSnackbar
        message={deleted ? t("proofs.deleted", { title: deleted.title }) : null}
        undoLabel={t("proofs.undo")}
        onUndo={undo}
        onTimeout={dismiss}
      />
    </>
  );
}
