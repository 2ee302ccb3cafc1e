package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/telcograph/telcograph/schema"
)

// dateExpr is a date expression found in a sentence, resolved against the
// article's date. Until is set for ranges ("between June 2022 and June
// 2024").
type dateExpr struct {
	Start, End  int
	Date, Until schema.Date
	Text        string
	Relative    bool
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	rangeRE    = mustFiltered(`\b(?:between|from) (?:` + monthRE + ` )?((?:19|20)\d\d) (?:and|to|until|through) (?:` + monthRE + ` )?((?:19|20)\d\d)\b`)
	mdyRE      = mustFiltered(`\b` + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b`)
	dmyRE      = mustFiltered(`\b(\d{1,2}) ` + monthRE + `,? ((?:19|20)\d\d)\b`)
	myRE       = mustFiltered(`\b` + monthRE + `,? ((?:19|20)\d\d)\b`)
	isoRE      = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)
	yearRE     = regexp.MustCompile(`\b((?:19|20)\d\d)\b`)
	eventRE    = regexp.MustCompile(`\b[A-Z][A-Za-z]{1,12}((?:19|20)\d\d)\b`) // "MWC2024"
	relMonthRE = mustFiltered(`(?i)\b(this|last|next|earlier this|in) (January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	relUnitRE  = mustFiltered(`(?i)\b(this|last|next|earlier this|later this|past) (week|month|year)(?:'s|’s)?\b`)
	weekdayRE  = mustFiltered(`(?i)\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	dayWordRE  = mustFiltered(`(?i)\b(today|yesterday|tomorrow)\b`)
	agoRE      = mustFiltered(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? ago\b`)
)

// findDates lists the date expressions of s, earliest first, resolving
// relative ones against art and keeping the precision the text gives
// (never finer than the article date allows).
func findDates(s string, art schema.Date) []dateExpr {
	var out []dateExpr
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.End && b > d.Start {
				return true
			}
		}
		return false
	}
	add := func(loc []int, d, until schema.Date, rel bool) {
		if taken(loc[0], loc[1]) || d.IsZero() {
			return
		}
		out = append(out, dateExpr{Start: loc[0], End: loc[1], Date: d, Until: until, Text: s[loc[0]:loc[1]], Relative: rel})
	}
	sub := func(m []int, i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	// Cheap cues first: most sentences have no date at all.
	digits := strings.ContainsAny(s, "0123456789")
	lower := strings.ToLower(s)
	relative := !art.IsZero() && (strings.Contains(lower, "day") || strings.Contains(lower, "tomorrow") ||
		strings.Contains(lower, "week") || strings.Contains(lower, "month") || strings.Contains(lower, "year") ||
		strings.Contains(lower, "this ") || strings.Contains(lower, "last ") || strings.Contains(lower, "next ") || strings.Contains(lower, " ago"))
	if !digits && !relative {
		return nil
	}
	if digits && !hasYear(s) {
		// Numbers but no year: only the relative expressions can match.
		if !relative {
			return nil
		}
		relativeDates(s, art, add, sub)
		sortDates(out)
		return out
	}
	for _, m := range rangeRE.FindAllStringSubmatchIndex(s, -1) {
		add(m, ymd(sub(m, 2), sub(m, 1), ""), ymd(sub(m, 4), sub(m, 3), ""), false)
	}
	for _, m := range isoRE.FindAllStringSubmatchIndex(s, -1) {
		if d, err := schema.ParseDate(s[m[0]:m[1]]); err == nil {
			add(m, d, schema.Date{}, false)
		}
	}
	for _, m := range mdyRE.FindAllStringSubmatchIndex(s, -1) {
		add(m, ymd(sub(m, 3), sub(m, 1), sub(m, 2)), schema.Date{}, false)
	}
	for _, m := range dmyRE.FindAllStringSubmatchIndex(s, -1) {
		add(m, ymd(sub(m, 3), sub(m, 2), sub(m, 1)), schema.Date{}, false)
	}
	for _, m := range myRE.FindAllStringSubmatchIndex(s, -1) {
		add(m, ymd(sub(m, 2), sub(m, 1), ""), schema.Date{}, false)
	}
	relativeDates(s, art, add, sub)
	for _, m := range eventRE.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(sub(m, 1))
		add(m, schema.Date{Year: y, Precision: schema.PrecisionYear}, schema.Date{}, false)
	}
	for _, m := range yearRE.FindAllStringSubmatchIndex(s, -1) {
		// A bare number is a year only where a year reads naturally.
		pre := strings.ToLower(s[max(0, m[0]-8):m[0]])
		if strings.HasSuffix(pre, "$") || (m[1] < len(s) && (s[m[1]] == '%' || s[m[1]] == ',' && m[1]+1 < len(s) && s[m[1]+1] >= '0' && s[m[1]+1] <= '9')) {
			continue
		}
		y, _ := strconv.Atoi(sub(m, 1))
		add(m, schema.Date{Year: y, Precision: schema.PrecisionYear}, schema.Date{}, false)
	}
	sortDates(out)
	return laterDates(s, out) // dates_later.go
}

// hasYear reports whether s contains four digits that may be a year
// (19xx or 20xx).
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// relativeDates adds the expressions relative to the article date ("last
// month", "on Monday", "yesterday") to out.
func relativeDates(s string, art schema.Date, add func([]int, schema.Date, schema.Date, bool), sub func([]int, int) string) {
	if !art.IsZero() {
		for _, m := range relMonthRE.FindAllStringSubmatchIndex(s, -1) {
			which := strings.ToLower(sub(m, 1))
			if which == "in" {
				continue // "in May" without a year: too vague to place
			}
			mon := monthNames[strings.ToLower(sub(m, 2))]
			y := art.Year
			switch which {
			case "last":
				if art.Precision >= schema.PrecisionMonth && mon >= art.Month {
					y--
				}
			case "next":
				if art.Precision >= schema.PrecisionMonth && mon <= art.Month {
					y++
				}
			}
			add(m, schema.Date{Year: y, Month: mon, Precision: schema.PrecisionMonth}, schema.Date{}, true)
		}
		for _, m := range relUnitRE.FindAllStringSubmatchIndex(s, -1) {
			which, unit := strings.ToLower(sub(m, 1)), strings.ToLower(sub(m, 2))
			add(m, relativeUnit(art, which, unit), schema.Date{}, true)
		}
		if art.Precision == schema.PrecisionDay {
			t := art.Start()
			for _, m := range weekdayRE.FindAllStringSubmatchIndex(s, -1) {
				wd := weekdays[strings.ToLower(sub(m, 1))]
				back := (int(t.Weekday()) - int(wd) + 7) % 7
				add(m, dayOf(t.AddDate(0, 0, -back)), schema.Date{}, true)
			}
		}
		for _, m := range agoRE.FindAllStringSubmatchIndex(s, -1) {
			add(m, ago(art, strings.ToLower(sub(m, 1)), strings.ToLower(sub(m, 2))), schema.Date{}, true)
		}
		for _, m := range dayWordRE.FindAllStringSubmatchIndex(s, -1) {
			off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[strings.ToLower(sub(m, 1))]
			if art.Precision == schema.PrecisionDay {
				add(m, dayOf(art.Start().AddDate(0, 0, off)), schema.Date{}, true)
			} else {
				add(m, art, schema.Date{}, true)
			}
		}
	}
}

func sortDates(ds []dateExpr) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func dayOf(t time.Time) schema.Date {
	return schema.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: schema.PrecisionDay}
}

// ymd builds a date from a year and an optional month name and day.
func ymd(year, month, day string) schema.Date {
	y, err := strconv.Atoi(year)
	if err != nil {
		return schema.Date{}
	}
	d := schema.Date{Year: y, Precision: schema.PrecisionYear}
	if month == "" {
		return d
	}
	m := monthNames[strings.ToLower(strings.TrimSuffix(month, "."))]
	if m == 0 {
		return d
	}
	d.Month, d.Precision = m, schema.PrecisionMonth
	if day == "" {
		return d
	}
	n, err := strconv.Atoi(day)
	if err != nil {
		return d
	}
	if _, err := schema.ParseDate(schema.Date{Year: y, Month: m, Day: n, Precision: schema.PrecisionDay}.String()); err != nil {
		return d
	}
	d.Day, d.Precision = n, schema.PrecisionDay
	return d
}

// relativeUnit resolves "last week", "this month", "next year" and the
// like. A week is kept to the month it falls in: the format has no week
// precision, and a month is what the text can honestly be said to give.
func relativeUnit(art schema.Date, which, unit string) schema.Date {
	t := art.Start()
	step := map[string]int{"this": 0, "earlier this": 0, "later this": 0, "last": -1, "past": -1, "next": 1}[which]
	switch unit {
	case "year":
		return schema.Date{Year: art.Year + step, Precision: schema.PrecisionYear}
	case "month":
		if art.Precision < schema.PrecisionMonth {
			return schema.Date{Year: art.Year, Precision: schema.PrecisionYear}
		}
		t = t.AddDate(0, step, 0)
	case "week":
		if art.Precision < schema.PrecisionMonth {
			return schema.Date{Year: art.Year, Precision: schema.PrecisionYear}
		}
		if art.Precision == schema.PrecisionDay {
			t = t.AddDate(0, 0, 7*step)
		}
	}
	return schema.Date{Year: t.Year(), Month: int(t.Month()), Precision: schema.PrecisionMonth}
}

// ago resolves "two weeks ago", "a year ago", "3 days ago" against the
// article date, at the precision the unit and the article date allow: a
// day for days (on a dated article), a month for weeks and months, a year
// for years.
func ago(art schema.Date, count, unit string) schema.Date {
	n := numberWords[count]
	switch count {
	case "a", "an", "one":
		n = 1
	default:
		if d, err := strconv.Atoi(count); err == nil {
			n = d
		}
	}
	t := art.Start()
	switch unit {
	case "year":
		return schema.Date{Year: art.Year - n, Precision: schema.PrecisionYear}
	case "month":
		if art.Precision < schema.PrecisionMonth {
			return schema.Date{Year: art.Year, Precision: schema.PrecisionYear}
		}
		t = t.AddDate(0, -n, 0)
	case "week", "day":
		if art.Precision < schema.PrecisionDay {
			return relativeUnit(art, "this", "month")
		}
		days := n
		if unit == "week" {
			days = 7 * n
		}
		t = t.AddDate(0, 0, -days)
		if unit == "day" {
			return dayOf(t)
		}
	}
	return schema.Date{Year: t.Year(), Month: int(t.Month()), Precision: schema.PrecisionMonth}
}
