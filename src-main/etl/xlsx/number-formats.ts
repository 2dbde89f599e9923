/**
 * Excel stores dates as numbers; only the cell's number format says a number is a date. Built-in format
 * ids are not written in styles.xml, so the date ones are listed here: 14–22 (dates and times),
 * 27–36 and 50–58 (East Asian date formats), 45–47 (minutes/seconds).
 */
const BUILT_IN_DATE_FORMAT_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

export function isBuiltInDateFormat(numFmtId: number): boolean {
  return BUILT_IN_DATE_FORMAT_IDS.has(numFmtId);
}

/**
 * True when a custom format code shows a date or time: it has a d, m, y or h token outside quoted
 * literals ("…"), bracketed sections ([Red], [$-409]), escaped characters (\x) and padding/fill (_x, *x).
 * `#,##0.00_-;"-"` is a number; `dd/mm/yyyy`, `mmm-yy` and `[$-es-CO]d "de" mmmm` are dates.
 */
export function isDateFormatCode(formatCode: string): boolean {
  let i = 0;
  while (i < formatCode.length) {
    const ch = formatCode[i] as string;
    switch (ch) {
      case '"': {
        const close = formatCode.indexOf('"', i + 1);
        i = close < 0 ? formatCode.length : close + 1;
        continue;
      }
      case '[': {
        const close = formatCode.indexOf(']', i + 1);
        i = close < 0 ? formatCode.length : close + 1;
        continue;
      }
      case '\\':
      case '_':
      case '*':
        i += 2;
        continue;
      default:
        if (/[dmyh]/i.test(ch)) return true;
        i += 1;
    }
  }
  return false;
}
