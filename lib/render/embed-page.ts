import { renderPage, type PageOptions } from "./render-page";

/**
 * An embed widget page: framable by any site (frame-ancestors *), drawn without the site's header and
 * footer, not indexed (the site's own pages are), with the one island that talks to the parent page.
 */
export function renderEmbedPage(options: Omit<PageOptions, "frameable" | "islands" | "robots" | "stylesheet">): Promise<Response> {
  return renderPage({ ...options, frameable: true, robots: "noindex, nofollow", islands: ["embed-frame"] });
}
