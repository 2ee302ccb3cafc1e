// Dates as the API writes them: "2023", "2023-02" or "2023-02-14", each to
// its precision.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** fmtDate writes a Date scalar to its precision: "2023", "Feb 2023", "14 Feb 2023". */
export function fmtDate(d) {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y}`;
}

/** dateValue maps a Date scalar to a number of months, for time axes. */
export function dateValue(d) {
  const [y, m, day] = d.split('-').map(Number);
  return y * 12 + ((m || 1) - 1) + ((day || 1) - 1) / 31;
}
