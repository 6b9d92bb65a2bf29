import { ComingSoon } from "../../ui/coming-soon";

export default function CompetenciesScreen() {
  return <ComingSoon title="section.competencies.title" future="section.competencies.future" />;
}
