const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 system for serials ≥ 60 (the day count includes Lotus's fictitious 1900-02-29). */
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
/** Serial 0 of the 1900 system for serials < 60, before the fictitious leap day. */
const EPOCH_1900_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel can show, is serial 2958465 in the 1900 system. */
const LAST_SERIAL_1900 = 2_958_466;
const LAST_SERIAL_1904 = LAST_SERIAL_1900 - 1462;

/**
 * Turns an Excel date serial into a UTC `Date`, or null when Excel itself would not show it as a date
 * (negative or past 9999). The 1900 system inherits Lotus 1-2-3's bug: it counts a 29 February 1900
 * that never existed, so serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01, and the
 * fictitious 60 is shown here as 1900-02-28 (JavaScript cannot hold the day Excel prints).
 * Times are rounded to the millisecond so that 0.5 is exactly noon despite binary fractions.
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (date1904) {
    if (serial >= LAST_SERIAL_1904) return null;
    return new Date(EPOCH_1904 + Math.round(serial * MS_PER_DAY));
  }
  if (serial >= LAST_SERIAL_1900) return null;
  const epoch = serial < 60 ? EPOCH_1900_BEFORE_LEAP_BUG : EPOCH_1900_AFTER_LEAP_BUG;
  return new Date(epoch + Math.round(serial * MS_PER_DAY));
}

/** The inverse, used by fixtures and by code that writes serials: a UTC date → 1900-system serial. */
export function dateToExcelSerial(date: Date, date1904 = false): number {
  const ms = date.getTime();
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  const afterLeapBug = (ms - EPOCH_1900_AFTER_LEAP_BUG) / MS_PER_DAY;
  return afterLeapBug >= 61 ? afterLeapBug : (ms - EPOCH_1900_BEFORE_LEAP_BUG) / MS_PER_DAY;
}
