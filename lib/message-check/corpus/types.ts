import type { LenderId } from "@/lib/rules";
import type { FindingId } from "../ids";

/** One test message: what was received and every finding it should give (the full set, nothing more). */
export interface CorpusMessage {
  readonly text: string;
  readonly expect: readonly FindingId[];
  readonly lender?: LenderId;
  /** Local time in China, e.g. "2026-11-30T23:10". */
  readonly receivedAt?: string;
  /** Written to come close to these ids without being them. */
  readonly nearMiss?: readonly FindingId[];
  /** A lawful reminder: it must give no false, illegal or scam finding. */
  readonly lawful?: true;
}
