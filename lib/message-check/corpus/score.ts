import * as OpenCC from "opencc-js";
import { getLender } from "@/lib/rules";
import { checkMessage } from "../check";
import { FINDING_IDS, type FindingId } from "../ids";
import type { CorpusMessage } from "./types";

/** Test helper: the same messages in Traditional (OpenCC cn→tw), as a borrower in Hong Kong or Taiwan would paste them. */
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

export function withTraditional(messages: readonly CorpusMessage[]): CorpusMessage[] {
  return messages.flatMap((message) => {
    const hant = toTraditional(message.text);
    return hant === message.text ? [message] : [message, { ...message, text: hant }];
  });
}

export function findingIdsOf(message: CorpusMessage): FindingId[] {
  const kind = message.lender ? getLender(message.lender).kind : undefined;
  return checkMessage({ text: message.text, kind, receivedAt: message.receivedAt }).map((f) => f.id);
}

export interface IdScore {
  readonly id: FindingId;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

export interface Miss {
  readonly text: string;
  readonly missing: readonly FindingId[];
  readonly extra: readonly FindingId[];
}

/** Precision and recall per finding id over a set of messages, and every message whose findings differ. */
export function score(messages: readonly CorpusMessage[]): { scores: IdScore[]; misses: Miss[] } {
  const counts = new Map(FINDING_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const message of messages) {
    const got = new Set(findingIdsOf(message));
    const want = new Set(message.expect);
    for (const id of FINDING_IDS) {
      const count = counts.get(id);
      if (!count) continue;
      if (got.has(id) && want.has(id)) count.tp += 1;
      else if (got.has(id)) count.fp += 1;
      else if (want.has(id)) count.fn += 1;
    }
    const missing = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    if (missing.length + extra.length > 0) misses.push({ text: message.text, missing, extra });
  }
  const scores = FINDING_IDS.map((id) => {
    const { tp, fp, fn } = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    return {
      id,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
  return { scores, misses };
}
