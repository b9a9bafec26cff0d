import type { LenderKind } from "@/lib/rules";
import type { Cites } from "./citations";

/**
 * Where to complain or get help, in the order a borrower should try them: the police first in an
 * emergency, then the lender itself, then the regulator for the kind of lender (12378 for banks and consumer
 * finance companies, the provincial local financial regulator for small-loan companies), the online-lending
 * tip-off platform, the harassing-calls centre, the credit-report hotline, the court hotline, free legal
 * advice and a public complaint platform.
 * Only channels whose role we have checked are listed; the online-lending tip-off platform passes reports
 * on to the authorities and does not settle individual disputes, and the complaint platform is public
 * pressure, not a regulator. Names and descriptions are in
 * messages under channels.<id>; numbers and addresses are data, checked on the date below.
 */
export const CHANNEL_IDS = [
  "police",
  "lender",
  "nfra",
  "localRegulator",
  "nifa",
  "harassment",
  "pboc",
  "court",
  "legalAid",
  "heimao",
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface Channel {
  readonly id: ChannelId;
  /** Phone number to dial, if the channel is a hotline. */
  readonly tel?: string;
  /** Official web address, if the channel is a website. */
  readonly url?: string;
  /** Sources for what the description says about the channel. */
  readonly cites: Cites;
}

export const CHANNELS_CHECKED = "2026-12-01";

export const CHANNELS: Readonly<Record<ChannelId, Channel>> = {
  police: { id: "police", tel: "110", cites: [] },
  // The lender's own number is in the borrower's contract or official app: never one a collector gives.
  lender: { id: "lender", cites: [] },
  nfra: { id: "nfra", tel: "12378", cites: [] },
  // Each province has its own office and number: no single national line.
  localRegulator: { id: "localRegulator", cites: ["local-financial-regulator"] },
  nifa: { id: "nifa", url: "https://jubao.nifa.org.cn", cites: [] },
  harassment: { id: "harassment", tel: "12321", cites: [] },
  pboc: { id: "pboc", tel: "12363", cites: [] },
  court: { id: "court", tel: "12368", cites: [] },
  legalAid: { id: "legalAid", tel: "12348", cites: [] },
  heimao: { id: "heimao", url: "https://tousu.sina.com.cn", cites: ["heimao-complaints-2025"] },
};

/** Channels in their fixed order of priority, without duplicates. */
export function orderChannels(ids: Iterable<ChannelId>): ChannelId[] {
  const wanted = new Set(ids);
  return CHANNEL_IDS.filter((id) => wanted.has(id));
}

/**
 * What the page must add to the channels for a kind of lender: the real lender is named in the contract
 * (an online platform or a loan-matching brand lends through partners), the asset manager may be a
 * national one (NFRA) or a local one (local regulator), or the kind is unknown.
 */
export const KIND_NOTES = ["realLender", "assetManager", "unknown"] as const;
export type KindNote = (typeof KIND_NOTES)[number];

export interface KindChannels {
  /** The lender's own complaint line first, then the regulator(s) and platforms for this kind, in priority order. */
  readonly ids: readonly ChannelId[];
  /** Set when which regulator applies depends on something only the borrower's papers show. */
  readonly note?: KindNote;
}

const KIND_CHANNELS: Readonly<Record<LenderKind | "unknown", KindChannels>> = {
  credit_card: { ids: ["lender", "nfra"] },
  bank_loan: { ids: ["lender", "nfra"] },
  consumer_finance: { ids: ["lender", "nfra"] },
  // A small-loan company answers to its provincial local financial regulator; 12378 may only redirect.
  small_loan: { ids: ["lender", "localRegulator"] },
  // The regulator is the one of the lender named in the contract (a bank or consumer finance company:
  // 12378; a small-loan company: the local regulator); the online-lending tip-off platform in any case.
  online_platform: { ids: ["lender", "nfra", "localRegulator", "nifa"], note: "realLender" },
  matching_brand: { ids: ["lender", "nfra", "localRegulator", "nifa"], note: "realLender" },
  // The national asset management companies are supervised by NFRA, local ones by the local regulator.
  asset_manager: { ids: ["lender", "nfra", "localRegulator"], note: "assetManager" },
  unknown: { ids: ["lender", "nfra", "localRegulator", "nifa"], note: "unknown" },
};

/** The lender's own line and the regulators for a kind of lender (or "unknown"), in priority order. */
export function channelsForKind(kind: LenderKind | "unknown"): KindChannels {
  return KIND_CHANNELS[kind];
}
