import type { Page } from "@playwright/test";

/**
 * Opens a page as a browser without JavaScript would see it, but in a JS-enabled tab so axe can run:
 * the server's HTML is served at the same URL (so its CSS loads) with every <script> removed.
 */
export async function gotoServerHtmlOnly(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === path.split("?")[0],
    async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
      await route.fulfill({ response, body });
    },
  );
  return page.goto(path);
}
