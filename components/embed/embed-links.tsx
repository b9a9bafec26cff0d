import type { ReactNode } from "react";

const LINK = "font-medium text-brand-700 underline";

/**
 * A link to the full site from inside the embed. Without JavaScript it opens in the top window
 * (target="_top"); inside WordPress's sandbox, where that is not allowed, the embed-frame island asks
 * the parent page to open it ({message: "link"}).
 */
export function FullSiteLink({ href, children, className = LINK }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} target="_top" data-full-site="" className={className}>
      {children}
    </a>
  );
}

/** A link to another embed page: it stays in the frame (the island keeps the frame's #?secret=). */
export function FrameLink({ href, children, className = LINK }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
