import { itemRulesFor, type CheckKind } from "@/lib/guide/legal-check";
import type { SourceId } from "@/lib/sources";
import type { FindingId, Verdict } from "./ids";
import { FINDING_IDS } from "./ids";
import { isNight } from "./night";
import { normalize, originalSpan, type Normalized } from "./normalize";
import { CLAUSE_END, MESSAGE_RULES, NEGATORS, type MessageRule } from "./rules";

export interface Finding {
  readonly id: FindingId;
  readonly verdict: Verdict;
  /** JavaScript string indices into the text as received; both null for a finding from the time or the lender. */
  readonly start: number | null;
  readonly end: number | null;
  readonly sources: readonly SourceId[];
}

export interface CheckInput {
  readonly text: string;
  /** The kind of lender, when known (the API reads it from the lender id). */
  readonly kind?: CheckKind;
  /** Local time in China the message was received, e.g. "2026-11-30T23:10". */
  readonly receivedAt?: string;
}

const SENTENCE_END = /[。！？!?\n]/;

/** The clause before index `at` (back to the last clause end). */
function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? "")) from -= 1;
  return text.slice(from, at);
}

/** The sentence around [from, to). */
function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? "")) start -= 1;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? "")) end += 1;
  return text.slice(start, end);
}

interface Hit {
  readonly from: number;
  readonly to: number;
}

/** The earliest match of any of the rule's patterns that no negation in its clause cancels. */
function firstHit(rule: MessageRule, normalized: Normalized): Hit | undefined {
  let best: Hit | undefined;
  for (const pattern of rule.patterns) {
    const global = new RegExp(pattern.source, "g");
    for (let match = global.exec(normalized.text); match; match = global.exec(normalized.text)) {
      if (match[0].length === 0) {
        global.lastIndex += 1;
        continue;
      }
      const hit = { from: match.index, to: match.index + match[0].length };
      // A negator may end inside the match ("不会也无权冻结" matches from 会): read one unit into it.
      if (rule.negatable && NEGATORS.test(clauseBefore(normalized.text, hit.from) + normalized.text.slice(hit.from, hit.from + 1))) continue;
      if (!best || hit.from < best.from || (hit.from === best.from && hit.to > best.to)) best = hit;
      break;
    }
  }
  return best;
}

function verdictFor(rule: MessageRule, kind: CheckKind, context: string | undefined): Verdict {
  if (rule.inContext && context !== undefined && rule.inContext.pattern.test(context)) return rule.inContext.verdict;
  return rule.byKind?.[kind] ?? rule.verdict;
}

function sourcesFor(rule: MessageRule, kind: CheckKind): SourceId[] {
  return [...new Set([...rule.sources, ...(rule.checkItem ? itemRulesFor(rule.checkItem, kind) : [])])];
}

const RULE_BY_ID = new Map(MESSAGE_RULES.map((rule) => [rule.id, rule]));

export function ruleFor(id: FindingId): MessageRule {
  const rule = RULE_BY_ID.get(id);
  if (!rule) throw new Error(`no message rule for ${id}`);
  return rule;
}

/** A finding that comes from the time received or the kind of lender, not from the words. */
function unanchored(id: FindingId, kind: CheckKind): Finding {
  const rule = ruleFor(id);
  return { id, verdict: verdictFor(rule, kind, undefined), start: null, end: null, sources: sourcesFor(rule, kind) };
}

/**
 * Checks one message: every rule whose patterns match (its earliest match is the finding's span), the
 * night finding when the time received is 22:00–08:00, and the sold-debt notice when the kind of lender is
 * an asset manager. Deterministic, no I/O; findings in the order of their place in the text, then the rest.
 */
export function checkMessage({ text, kind = "unknown", receivedAt }: CheckInput): Finding[] {
  const normalized = normalize(text);
  const anchored: Finding[] = [];
  for (const rule of MESSAGE_RULES) {
    const hit = firstHit(rule, normalized);
    if (!hit) continue;
    const context = sentenceAround(normalized.text, hit.from, hit.to);
    const { start, end } = originalSpan(normalized, hit.from, hit.to);
    anchored.push({ id: rule.id, verdict: verdictFor(rule, kind, context), start, end, sources: sourcesFor(rule, kind) });
  }
  anchored.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || FINDING_IDS.indexOf(a.id) - FINDING_IDS.indexOf(b.id));
  const found = new Set(anchored.map((finding) => finding.id));
  const rest: Finding[] = [];
  if (receivedAt !== undefined && isNight(receivedAt)) rest.push(unanchored("night_contact", kind));
  if (kind === "asset_manager" && !found.has("debt_transfer")) rest.push(unanchored("debt_transfer", kind));
  return [...anchored, ...rest];
}

/** Every source any finding can cite, for any kind of lender (the page sends their citations to the island). */
export function allMessageCheckSources(kinds: readonly CheckKind[]): SourceId[] {
  return [...new Set(MESSAGE_RULES.flatMap((rule) => kinds.flatMap((kind) => sourcesFor(rule, kind))))];
}
