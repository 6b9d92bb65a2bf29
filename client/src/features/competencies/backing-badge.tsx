import { useI18n } from "../../i18n/use-i18n";
import type { Backing } from "./backing";

/** One shape per kind of backing, so it never rests on colour alone; the words say it too. */
const icons: Record<Backing, string> = {
  declared: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z",
  experience: "M4 8h16v11H4zM9 8V5h6v3",
  document: "M6 3h9l4 4v14H6zM14 3v5h5M9 14l2 2 4-4",
};

export function BackingBadge({ backing }: { backing: Backing }) {
  const { t } = useI18n();
  return (
    <span className={`backing backing-${backing}`}>
      <svg className="backing-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={icons[backing]} />
      </svg>
      {t(`competencies.backing.${backing}`)}
    </span>
  );
}
