export interface HeaderOptions {
  frameable?: boolean;
  dev?: boolean;
  /** The legacy policy of the remaining App Router pages (inline framework scripts). */
  appRouter?: boolean;
  /** base64 sha256 of inline <style> texts the page carries. */
  styleHashes?: readonly string[];
}
export declare function contentSecurityPolicy(options?: HeaderOptions): string;
export declare function securityHeaders(options?: HeaderOptions): { key: string; value: string }[];
export declare function staticAssetHeaders(): { key: string; value: string }[];
