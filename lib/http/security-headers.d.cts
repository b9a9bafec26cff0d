export interface HeaderOptions {
  frameable?: boolean;
  dev?: boolean;
}
export declare function contentSecurityPolicy(options?: HeaderOptions): string;
export declare function securityHeaders(options?: HeaderOptions): { key: string; value: string }[];
