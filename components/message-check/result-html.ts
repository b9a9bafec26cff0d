import type { ChannelId } from "@/lib/guide/channels";
import type { CheckKind } from "@/lib/guide/legal-check";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import type { Finding, FindingId, Verdict } from "@/lib/message-check";
import { channelsForFinding, handoffsFor, segmentsOf } from "@/lib/message-check";
import type { SourceId } from "@/lib/sources";

/**
 * The message check's answer as an HTML string, from the findings and words already localized. One
 * renderer for both paths, so they cannot drift: the server puts this string in the page (no-JavaScript
 * POST), the "message-check" island puts the same string in the same place in the browser.
 * Plain string building (no React): it must run in the island. Every text is escaped here.
 */
export interface FindingWords {
  readonly title: string;
  readonly why: Partial<Record<Verdict, string>>;
  readonly do: string;
}

export interface CitationWords {
  readonly label: string;
  readonly date: string;
  /** The date as people write it (2026年11月25日). */
  readonly dateText: string;
  readonly force: string;
  readonly href: string;
}

export interface MessageCheckWords {
  readonly locale: string;
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly findings: Readonly<Record<FindingId, FindingWords>>;
  readonly result: Readonly<Record<"title" | "markedLabel" | "count" | "none" | "fromTime" | "fromKind" | "markLabel" | "whyLabel" | "doLabel" | "channelsLabel", string>>;
  readonly handoff: Readonly<Record<"title" | "legalCheck" | "door" | "letter", string>>;
  readonly privacy: Readonly<Record<"server" | "browser", string>>;
  readonly channels: Readonly<Record<ChannelId, string>>;
  readonly citeLabel: string;
  readonly sources: Readonly<Partial<Record<SourceId, CitationWords>>>;
  readonly errors: Readonly<Record<"empty" | "tooLong" | "receivedAt", string>>;
}

export interface ResultInput {
  readonly text: string;
  readonly kind: CheckKind;
  readonly findings: readonly Finding[];
  /** Where the check ran: the page says so. */
  readonly checkedIn: "server" | "browser";
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));

/** Colour by what the finding says; the border keeps the mark visible without colour. */
const MARK_CLASS: Readonly<Record<Verdict, string>> = {
  false: "bg-red-100 border-b-2 border-red-700",
  illegal: "bg-red-100 border-b-2 border-red-700",
  scam: "bg-amber-100 border-b-2 border-amber-700",
  conditional: "bg-amber-100 border-b-2 border-amber-700",
  true: "bg-green-100 border-b-2 border-green-700",
  notice: "bg-sky-100 border-b-2 border-sky-700",
};
const BADGE_CLASS: Readonly<Record<Verdict, string>> = {
  false: "bg-red-800 text-white",
  illegal: "bg-red-800 text-white",
  scam: "bg-amber-800 text-white",
  conditional: "bg-amber-800 text-white",
  true: "bg-green-800 text-white",
  notice: "bg-sky-800 text-white",
};

const findingId = (n: number) => `mc-f-${n}`;

/**
 * The message with each finding's stretch in a <mark> described by the finding's heading, and after the
 * last stretch of each finding its number, linked to its explanation (with a label for screen readers).
 */
function markedMessage(input: ResultInput, words: MessageCheckWords): string {
  const { findings, text } = input;
  const segments = segmentsOf(text, findings);
  let at = 0;
  return segments
    .map((segment) => {
      at += segment.text.length;
      const body = escapeHtml(segment.text);
      const marked =
        segment.findings.length === 0
          ? body
          : `<mark class="${MARK_CLASS[findings[(segment.findings[0] ?? 1) - 1]?.verdict ?? "notice"]} text-inherit" aria-describedby="${segment.findings
              .map((n) => `${findingId(n)}-title`)
              .join(" ")}">${body}</mark>`;
      const ending = segment.findings.filter((n) => findings[n - 1]?.end === at);
      const refs = ending
        .map((n) => {
          const verdict = words.verdicts[findings[n - 1]?.verdict ?? "notice"];
          return `<a href="#${findingId(n)}" class="ml-0.5 align-super text-xs font-bold text-brand-700 underline">${n}<span class="sr-only">${escapeHtml(fill(words.result.markLabel, { n, verdict }))}</span></a>`;
        })
        .join("");
      return marked + refs;
    })
    .join("");
}

function citations(ids: readonly SourceId[], words: MessageCheckWords): string {
  const items = ids.flatMap((id) => {
    const c = words.sources[id];
    if (!c) return [];
    return [
      `<li><a href="${escapeHtml(c.href)}" class="text-brand-700 underline underline-offset-2">${escapeHtml(c.label)}</a><span class="whitespace-nowrap"> · <time dateTime="${escapeHtml(c.date)}">${escapeHtml(c.dateText)}</time> · ${escapeHtml(c.force)}</span></li>`,
    ];
  });
  if (items.length === 0) return "";
  return `<div class="mt-2 text-sm leading-6 text-gray-700"><p class="font-medium">${escapeHtml(words.citeLabel)}：</p><ul class="space-y-1">${items.join("")}</ul></div>`;
}

function findingItem(finding: Finding, n: number, input: ResultInput, words: MessageCheckWords): string {
  const w = words.findings[finding.id];
  const why = w.why[finding.verdict] ?? Object.values(w.why)[0] ?? "";
  const origin =
    finding.start === null ? `<p class="text-sm text-gray-700">${escapeHtml(finding.id === "night_contact" ? words.result.fromTime : words.result.fromKind)}</p>` : "";
  const channels = channelsForFinding(finding, input.kind).map((id) => words.channels[id]);
  return [
    `<li id="${findingId(n)}" class="scroll-mt-4 rounded-lg border border-brand-100 p-4">`,
    `<h3 id="${findingId(n)}-title" class="font-bold"><span class="mr-2 inline-block rounded px-2 py-0.5 text-sm ${BADGE_CLASS[finding.verdict]}">${n} · ${escapeHtml(words.verdicts[finding.verdict])}</span> ${escapeHtml(w.title)}</h3>`,
    origin,
    `<p class="mt-2"><span class="font-medium">${escapeHtml(words.result.whyLabel)}：</span>${escapeHtml(why)}</p>`,
    `<p class="mt-2"><span class="font-medium">${escapeHtml(words.result.doLabel)}：</span>${escapeHtml(w.do)}</p>`,
    channels.length > 0 ? `<p class="mt-2 text-sm"><span class="font-medium">${escapeHtml(words.result.channelsLabel)}：</span>${escapeHtml(channels.join("、"))}</p>` : "",
    citations(finding.sources, words),
    `</li>`,
  ].join("");
}

function handoffList(input: ResultInput, words: MessageCheckWords): string {
  const h = handoffsFor(input.findings, input.kind);
  const link = (href: string, text: string) =>
    `<li><a href="${escapeHtml(href)}" class="block rounded-md border border-brand-600 px-4 py-3 font-medium text-brand-800 underline underline-offset-2">${escapeHtml(text)}</a></li>`;
  const base = `/${words.locale}`;
  const links = [
    h.legalCheckQuery ? link(`${base}${GUIDE_PATHS.legalCheck}?${h.legalCheckQuery}#complaint`, words.handoff.legalCheck) : "",
    h.door ? link(`${base}${GUIDE_PATHS.door}`, words.handoff.door) : "",
    h.letter ? link(`${base}${GUIDE_PATHS.negotiate}`, words.handoff.letter) : "",
  ].join("");
  if (links === "") return "";
  return `<section aria-labelledby="mc-next" class="space-y-2"><h3 id="mc-next" class="text-lg font-bold text-brand-800">${escapeHtml(words.handoff.title)}</h3><ul class="space-y-2">${links}</ul></section>`;
}

/** The whole answer: where it was checked, the marked message, each finding, the hand-offs. */
export function resultHtml(input: ResultInput, words: MessageCheckWords): string {
  const count = input.findings.length;
  return [
    `<h2 id="mc-result-title" tabindex="-1" class="scroll-mt-4 text-xl font-bold text-brand-800">${escapeHtml(words.result.title)}</h2>`,
    `<p id="mc-checked-in" class="rounded-md bg-gray-100 px-3 py-2 text-sm text-gray-800">${escapeHtml(words.privacy[input.checkedIn])}</p>`,
    `<p>${escapeHtml(count > 0 ? fill(words.result.count, { count }) : words.result.none)}</p>`,
    `<figure class="space-y-1"><figcaption class="text-sm font-medium">${escapeHtml(words.result.markedLabel)}</figcaption>`,
    `<blockquote class="whitespace-pre-wrap break-words rounded-md border border-gray-400 bg-white p-3 leading-8">${markedMessage(input, words)}</blockquote></figure>`,
    count > 0 ? `<ol class="space-y-4">${input.findings.map((f, i) => findingItem(f, i + 1, input, words)).join("")}</ol>` : "",
    handoffList(input, words),
  ].join("");
}
