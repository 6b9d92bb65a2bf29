import { Route, Switch } from "wouter";
import { AccessLogScreen } from "./access-log-screen";
import { CommentsScreen } from "./comments-screen";
import { ShareFormScreen } from "./share-form-screen";
import { SharesScreen } from "./shares-screen";
import "./sharing.css";

/** The person's sharing section: shares (and a new one), adviser comments, the access log. */
export default function SharingScreen() {
  return (
    <Switch>
      <Route path="/new" component={ShareFormScreen} />
      <Route path="/comments" component={CommentsScreen} />
      <Route path="/access-log" component={AccessLogScreen} />
      <Route component={SharesScreen} />
    </Switch>
  );
}
