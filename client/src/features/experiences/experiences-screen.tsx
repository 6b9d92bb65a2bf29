import { ComingSoon } from "../../ui/coming-soon";

export default function ExperiencesScreen() {
  return <ComingSoon title="section.experiences.title" future="section.experiences.future" />;
}
