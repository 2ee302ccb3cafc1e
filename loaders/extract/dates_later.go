package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// spanLaterRE is a span counted from the date before it: "a year later",
// "two years later", "six months later".
var spanLaterRE = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month)s? later\b`)

// laterDates adds the dates that "N years later" gives, counted from the
// last date before it in the same sentence ("co-founded in 2023; C joined
// a year later" -> 2024). With no date before it, it gives nothing; the
// result keeps the anchor's precision (a year stays a year).
func laterDates(s string, out []dateExpr) []dateExpr {
	for _, m := range spanLaterRE.FindAllStringSubmatchIndex(s, -1) {
		w := strings.ToLower(s[m[2]:m[3]])
		n, ok := numberWords[w]
		if w == "a" || w == "an" || w == "one" {
			n, ok = 1, true
		}
		if !ok {
			v, err := strconv.Atoi(w)
			if err != nil {
				continue
			}
			n = v
		}
		var anchor *dateExpr
		for i := range out {
			if out[i].End <= m[0] && out[i].Until.IsZero() && (anchor == nil || out[i].End > anchor.End) {
				anchor = &out[i]
			}
		}
		if anchor == nil {
			continue
		}
		d := anchor.Date
		if strings.EqualFold(s[m[4]:m[5]], "year") {
			d = schema.Date{Year: d.Year + n, Month: d.Month, Day: d.Day, Precision: d.Precision}
		} else {
			if d.Precision == schema.PrecisionYear {
				continue // "six months later" than a year is no month
			}
			mon := d.Month - 1 + n
			d = schema.Date{Year: d.Year + mon/12, Month: mon%12 + 1, Precision: schema.PrecisionMonth}
		}
		out = append(out, dateExpr{Start: m[0], End: m[1], Date: d, Text: s[m[0]:m[1]], Relative: true})
	}
	sortDates(out)
	return out
}
