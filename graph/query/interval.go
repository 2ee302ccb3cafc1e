package query

import (
	"github.com/telcograph/telcograph/schema"
)

// DateFrom says which date a link's start was read from.
type DateFrom int

// Where a link's start comes from, most to least direct.
const (
	FromNone   DateFrom = iota // no date at all: neither the link nor its sources give one
	FromSince                  // the link's since qualifier
	FromDate                   // the link's own date: an investment's, a founding's
	FromSource                 // the earliest publication date of the articles that state it
)

// Start is when a link began as far as the graph knows, and what says so:
// its since; else its own date (an investment, a founding); else the
// earliest date of the articles that state it, since a fact was true when
// it was reported. The zero Date and FromNone when nothing gives a date.
func Start(l schema.Link) (schema.Date, DateFrom) {
	if !l.Since.IsZero() {
		return l.Since, FromSince
	}
	if !l.Date.IsZero() {
		return l.Date, FromDate
	}
	var d schema.Date
	for _, s := range l.Sources {
		if !s.Date.IsZero() && (d.IsZero() || s.Date.Start().Before(d.Start())) {
			d = s.Date
		}
	}
	if d.IsZero() {
		return d, FromNone
	}
	return d, FromSource
}

// Interval is a span of time between two dates, each kept at its
// precision; a zero end leaves that side open.
type Interval struct {
	From, To schema.Date
}

// IsZero reports whether the interval is open on both sides: no filter.
func (iv Interval) IsZero() bool { return iv.From.IsZero() && iv.To.IsZero() }

// Holds reports whether a link held at some time within iv, at the
// precision of each date: it had begun by the end of To (by Start, so a
// link with no since counts from when an article reported it) and had not
// ended before From began (a link's until ends after its period: "until
// 2024" holds through 2024). A planned link never holds; a link with no
// date at all holds throughout, as it does for asOf.
func (iv Interval) Holds(l schema.Link) bool {
	if l.Modality == schema.Planned {
		return false
	}
	start, _ := Start(l)
	if !iv.To.IsZero() && !start.IsZero() && !start.Start().Before(iv.To.End()) {
		return false
	}
	if !iv.From.IsZero() && !l.Until.IsZero() && !l.Until.End().After(iv.From.Start()) {
		return false
	}
	return true
}

// Contains reports whether the date d falls within iv, at the precision of
// each: its period overlaps the interval's. A zero d is in no bounded
// interval.
func (iv Interval) Contains(d schema.Date) bool {
	if iv.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	if !iv.To.IsZero() && !d.Start().Before(iv.To.End()) {
		return false
	}
	if !iv.From.IsZero() && !d.End().After(iv.From.Start()) {
		return false
	}
	return true
}
