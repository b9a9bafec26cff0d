/** The guide's sections, in the order the index and the "other guides" list show them. */
export const GUIDE_SECTIONS = ["door", "rights", "messageCheck", "negotiate", "legalCheck", "scams", "sources"] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** Locale-less paths; result pages link to these, so they must not change. */
export const GUIDE_PATHS: Record<GuideSection, string> = {
  door: "/guide/door",
  rights: "/guide/rights",
  messageCheck: "/guide/message-check",
  negotiate: "/guide/negotiate",
  legalCheck: "/guide/legal-check",
  scams: "/guide/scams",
  sources: "/guide/sources",
};

/** Anchor of a source on the sources page, so a citation can link straight to it. */
export function sourceAnchor(id: string): string {
  return `src-${id}`;
}

export function sourceHref(locale: string, id: string): string {
  return `/${locale}${GUIDE_PATHS.sources}#${sourceAnchor(id)}`;
}
