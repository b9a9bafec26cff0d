import type { Cites } from "./citations";

/**
 * What the door screen rests on: privacy of the home, trespass (police level, then the criminal law),
 * harassment, personal information (a relative or colleague must not be told about the debt), the
 * industry visit rules.
 */
export const DOOR_CITES = [
  "civil-code-1033",
  "public-security-trespass",
  "criminal-law-245",
  "public-security-law-2025-50",
  "civil-code-1038",
  "pipl",
  "cba-consumer-loan-collection-2026",
  "gbt-45251-2025",
] as const satisfies Cites;

export const DOOR_STEPS = [1, 2, 3, 4, 5] as const;
export const DOOR_NOT_ALLOWED = [1, 2, 3, 4, 5] as const;

/**
 * Other places and people: a relative answering the door, a visit at the workplace, a visit to the
 * registered home (户籍地) or the parents' home. Words in messages under door.cases.<id>.
 */
export const DOOR_CASES = ["relative", "workplace", "hometown"] as const;
export type DoorCase = (typeof DOOR_CASES)[number];
