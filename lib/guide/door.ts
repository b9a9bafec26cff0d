import type { Cites } from "./citations";

/** What the door screen rests on: privacy of the home, trespass, harassment, the industry visit rules. */
export const DOOR_CITES = [
  "civil-code-1033",
  "criminal-law-245",
  "public-security-law-2025-50",
  "cba-consumer-loan-collection-2026",
  "gbt-45251-2025",
] as const satisfies Cites;

export const DOOR_STEPS = [1, 2, 3, 4, 5] as const;
export const DOOR_NOT_ALLOWED = [1, 2, 3, 4, 5] as const;
