import { ComingSoon } from "../../ui/coming-soon";

export default function CvsScreen() {
  return <ComingSoon title="section.cvs.title" future="section.cvs.future" />;
}
