import type { SourceId } from "@/lib/sources";
import { CHANNELS } from "./channels";
import { DOOR_CITES } from "./door";
import { allCheckRules } from "./legal-check";
import { NEGOTIATE_OFFERS, NEGOTIATE_STEP_CITES } from "./negotiate";
import { RIGHTS_SECTIONS } from "./rights";
import { SCAMS } from "./scams";

/** Every source id the guide pages cite, each once: the sources page and the tests check them all. */
export function guideCitations(): SourceId[] {
  const all: SourceId[] = [
    ...DOOR_CITES,
    ...RIGHTS_SECTIONS.flatMap((section) => section.points.flatMap((point) => point.cites)),
    ...NEGOTIATE_OFFERS.flatMap((offer) => offer.cites),
    ...Object.values(NEGOTIATE_STEP_CITES).flatMap((cites) => cites ?? []),
    ...allCheckRules(),
    ...SCAMS.flatMap((scam) => scam.cites),
    ...Object.values(CHANNELS).flatMap((channel) => channel.cites),
  ];
  return [...new Set(all)];
}
