import { ComingSoon } from "../../ui/coming-soon";

export default function ProofsScreen() {
  return <ComingSoon title="section.proofs.title" future="section.proofs.future" />;
}
