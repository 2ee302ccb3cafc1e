package server

import (
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// when is the time filter of a relation list: asOf, and the interval from
// .. to.
type when struct{ asOf, from, to *schema.Date }

// filter reads a list's time arguments for the store.
func (w when) filter() (schema.Date, query.Interval, error) {
	iv, err := interval(w.from, w.to)
	return optional(w.asOf), iv, err
}

// interval reads the arguments from and to; from after to is refused, as
// no date is in such an interval.
func interval(from, to *schema.Date) (query.Interval, error) {
	iv := query.Interval{From: optional(from), To: optional(to)}
	if !iv.From.IsZero() && !iv.To.IsZero() && !iv.From.Start().Before(iv.To.End()) {
		return iv, schema.Userf(schema.ErrInvalid, nil, "from %s is after to %s; give from on or before to", iv.From, iv.To)
	}
	return iv, nil
}

var dateFromEnums = map[query.DateFrom]*generated.DateFrom{
	query.FromSince: ptr(generated.DateFromSince), query.FromDate: ptr(generated.DateFromDate), query.FromSource: ptr(generated.DateFromSource),
}

// startOf is when a link began as far as the graph knows, and which date
// says so; both nil when nothing gives a date. The date points into l (its
// since, its date, or the earliest dated source), which the caller keeps
// for the response: no copy per edge of a page.
func startOf(l *schema.Link) (*schema.Date, *generated.DateFrom) {
	d, from := query.Start(*l)
	e, ok := dateFromEnums[from]
	if !ok {
		return nil, nil
	}
	return datePointer(l, d, from), e
}

// datePointer is the date of l that query.Start chose (d, from from).
func datePointer(l *schema.Link, d schema.Date, from query.DateFrom) *schema.Date {
	switch from {
	case query.FromSince:
		return &l.Since
	case query.FromDate:
		return &l.Date
	}
	for i := range l.Sources {
		if l.Sources[i].Date == d {
			return &l.Sources[i].Date
		}
	}
	return &d
}
