/**
 * Markup and header injections for fuzzing, all carrying the marker "x-fuzz", and the check that none of
 * them reached a page unescaped or a header at all. Escaped output (&lt;x-fuzz, %3Cx-fuzz, &quot;) passes.
 */
export const INJECTIONS: readonly string[] = [
  "<x-fuzz>",
  '"><x-fuzz a=1>',
  "'><x-fuzz>",
  "</title><x-fuzz>",
  "</textarea><x-fuzz>",
  "</style><x-fuzz>",
  "<script>xfuzz()</script>",
  '" onmouseover="xfuzz()',
  "' onfocus='xfuzz()",
  "javascript:xfuzz()",
  "<!--x-fuzz-->",
  "]]><x-fuzz>",
  "<svg/onload=xfuzz()>",
  "\r\nX-Fuzz: 1",
  "%0d%0aX-Fuzz:%201",
  "%3Cx-fuzz%3E",
  "&lt;x-fuzz&gt;",
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "\u202e<x-fuzz>",
];

const UNESCAPED: readonly RegExp[] = [
  /<x-fuzz/i,
  /<script>xfuzz/i,
  /<svg\/onload/i,
  /\sonmouseover="xfuzz/i,
  /\sonfocus='xfuzz/i,
  /(?:href|src|action)="\s*javascript:/i,
  /<!--x-fuzz/i,
];

/** The injection patterns found unescaped in an HTML document. */
export function htmlLeaks(html: string): string[] {
  return UNESCAPED.filter((pattern) => pattern.test(html)).map(String);
}

/** A header value that carries a line break, markup or an injected header (a Location may echo input, encoded). */
export function headerLeaks(value: string): string[] {
  return [/[\r\n]/, /[<>]/, /x-fuzz:/i].filter((pattern) => pattern.test(value)).map(String);
}
