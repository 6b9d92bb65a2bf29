import type { User } from "../../../shared/schemas/index";

/** A signed-in person, as /api/auth/me answers. */
export const camille: User = {
  id: "0190f1d2-0000-7000-8000-000000000001",
  email: "camille@example.fr",
  role: "person",
  displayName: "Camille",
  locale: "fr",
};
