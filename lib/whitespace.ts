/**
 * Whether a UTF-16 unit is white space as regex `\s` and `String.prototype.trim` see it. A code
 * comparison: the callers scan text character by character, where a regex test per character
 * would cost more than the scan. Shared by the advice engine and the page-side highlighter, so
 * both collapse the same spaces; free of imports, so the content script stays small.
 */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 160) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
