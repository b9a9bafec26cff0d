import { HANT_TO_HANS } from "./hant-map";

/**
 * The text the patterns read, with a map back to the original: Traditional characters as Simplified (only
 * those the patterns use, see hant-map.ts), full-width letters, digits and punctuation as ASCII, Latin
 * letters in lower case, and no whitespace or zero-width characters (people space out words to dodge
 * filters: "上 门", "老　赖"). One normalised UTF-16 unit comes from one original unit, so a match maps back
 * to JavaScript string indices into the text as received.
 */
export interface Normalized {
  readonly text: string;
  /** For each unit of `text`, the index of the unit it came from in the original string. */
  readonly origin: readonly number[];
}

const DROPPED = /[\s\u200b-\u200d\u2060\ufeff]/;
/** Full-width ASCII (U+FF01–FF5E) sits at a fixed offset from ASCII; the ideographic full stop reads as "。". */
const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Full-width punctuation the patterns treat as clause ends keeps its Chinese form (，。！？；：). */
const KEEP_FULL_WIDTH = new Set(["，", "！", "？", "；", "：", "（", "）"]);

function normalizeUnit(unit: string): string {
  const mapped = HANT_TO_HANS[unit];
  if (mapped !== undefined) return mapped;
  const code = unit.charCodeAt(0);
  if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END && !KEEP_FULL_WIDTH.has(unit)) {
    return String.fromCharCode(code - FULL_WIDTH_OFFSET).toLowerCase();
  }
  return unit.toLowerCase();
}

export function normalize(original: string): Normalized {
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < original.length; i += 1) {
    const unit = original[i] ?? "";
    if (DROPPED.test(unit)) continue;
    const mapped = normalizeUnit(unit);
    // toLowerCase never changes a unit's length for the ASCII and CJK the patterns read; keep 1:1 otherwise.
    text += mapped.length === 1 ? mapped : unit;
    origin.push(i);
  }
  return { text, origin };
}

/** The original indices [start, end) of a match at [from, to) in the normalised text. */
export function originalSpan(normalized: Normalized, from: number, to: number): { start: number; end: number } {
  const start = normalized.origin[from] ?? 0;
  const end = (normalized.origin[to - 1] ?? start) + 1;
  return { start, end };
}
