/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so
 * that no string from a raw file can close the script element.
 *
 * @example
 *   jsonLd({headline: '</script><script>alert(1)</script>'}) // → '{"headline":"\u003c/script>…"}'
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
