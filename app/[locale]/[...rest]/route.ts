import { renderNotFound } from "@/lib/render/status-pages";

export const dynamic = "force-dynamic";

/**
 * Any path no other route answers: the localized 404 (HTML with status 404), or JSON under /api/.
 * With app/[locale]/route.ts it also catches paths the proxy never sees (/x.png, /api/nope).
 */
async function notFound(request: Request): Promise<Response> {
  return renderNotFound(request);
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
