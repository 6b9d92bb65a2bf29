import { ComingSoon } from "../../ui/coming-soon";

export default function SharingScreen() {
  return <ComingSoon title="section.sharing.title" future="section.sharing.future" />;
}
