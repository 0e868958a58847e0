/**
 * Text that XML 1.0 can carry: C0 control characters other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and lone surrogates are not
 * allowed in an XML document at all, escaped or not. They are dropped from
 * feeds and sitemaps (ingest reports them in the source, see
 * scripts/ingest/checks/).
 *
 * @example
 *   xmlSafe('北环线\u0007工程') // → '北环线工程'
 */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern removes
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}
