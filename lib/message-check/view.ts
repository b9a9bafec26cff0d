import { channelsForKind, orderChannels, type ChannelId } from "@/lib/guide/channels";
import { CHECK_ITEMS, checkQueryString, type CheckItem, type CheckKind } from "@/lib/guide/legal-check";
import type { Finding } from "./check";
import { ruleFor } from "./check";

/** A stretch of the message and the findings (their numbers, from 1) whose spans cover it. */
export interface Segment {
  readonly text: string;
  readonly findings: readonly number[];
}

/**
 * The message cut at every finding's start and end, so each stretch is marked by exactly the findings that
 * cover it (spans may overlap: "去你单位找你领导" is a visit and a third party). Findings without a span
 * mark nothing. Numbers follow the order of `findings`.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) if (f.start !== null && f.end !== null) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const covering = findings.flatMap((f, n) => (f.start !== null && f.end !== null && f.start <= from && to <= f.end ? [n + 1] : []));
    segments.push({ text: text.slice(from, to), findings: covering });
  }
  return segments;
}

/** Where to turn for one finding and kind of lender: "regulator" becomes the kind's regulator(s). */
export function channelsForFinding(finding: Finding, kind: CheckKind): ChannelId[] {
  const regulators = channelsForKind(kind).ids.filter((id) => id !== "lender");
  return orderChannels(ruleFor(finding.id).channels.flatMap((id) => (id === "regulator" ? regulators : [id])));
}

const BAD_VERDICTS = new Set(["false", "illegal", "scam"]);

export interface Handoffs {
  /** The legality checker's query (items ticked, kind), when a finding matches one of its items. */
  readonly legalCheckQuery?: string;
  readonly items: readonly CheckItem[];
  /** A visit is announced: the door screen. */
  readonly door: boolean;
  /** A lawful reminder (nothing false, illegal or a scam): the negotiation letter. */
  readonly letter: boolean;
}

export function handoffsFor(findings: readonly Finding[], kind: CheckKind): Handoffs {
  const ticked = new Set(findings.flatMap((f) => (BAD_VERDICTS.has(f.verdict) ? [ruleFor(f.id).checkItem] : [])));
  const items = CHECK_ITEMS.filter((item) => ticked.has(item));
  return {
    ...(items.length > 0 ? { legalCheckQuery: checkQueryString(items, kind) } : {}),
    items,
    door: findings.some((f) => f.id === "visit_notice"),
    letter: !findings.some((f) => BAD_VERDICTS.has(f.verdict)),
  };
}
