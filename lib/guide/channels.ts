import type { Cites } from "./citations";

/**
 * Where to complain or get help, in the order a borrower should try them: the police first in an
 * emergency, then the lender itself, then regulators, free legal advice and a public complaint platform.
 * Only channels whose role we have checked are listed; the online-lending tip-off platform passes reports
 * on to the authorities and does not settle individual disputes, and the complaint platform is public
 * pressure, not a regulator. Names and descriptions are in
 * messages under channels.<id>; numbers and addresses are data, checked on the date below.
 */
export const CHANNEL_IDS = ["police", "lender", "nfra", "nifa", "pboc", "legalAid", "heimao"] as const;
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

export const CHANNELS_CHECKED = "2026-11-25";

export const CHANNELS: Readonly<Record<ChannelId, Channel>> = {
  police: { id: "police", tel: "110", cites: [] },
  // The lender's own number is in the borrower's contract or official app: never one a collector gives.
  lender: { id: "lender", cites: [] },
  nfra: { id: "nfra", tel: "12378", cites: [] },
  nifa: { id: "nifa", url: "https://jubao.nifa.org.cn", cites: [] },
  pboc: { id: "pboc", tel: "12363", cites: [] },
  legalAid: { id: "legalAid", tel: "12348", cites: [] },
  heimao: { id: "heimao", url: "https://tousu.sina.com.cn", cites: ["heimao-complaints-2025"] },
};

/** Channels in their fixed order of priority, without duplicates. */
export function orderChannels(ids: Iterable<ChannelId>): ChannelId[] {
  const wanted = new Set(ids);
  return CHANNEL_IDS.filter((id) => wanted.has(id));
}
