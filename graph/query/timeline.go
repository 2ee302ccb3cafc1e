package query

import (
	"sort"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Event is a dated happening in an entity's history: a founding, the start
// or end of a link, or a dated link such as an investment.
type Event struct {
	Date schema.Date
	Kind string // "founded", "start", "end", "dated"
	Link schema.Link
}

// eventRank orders events of the same date: a founding before the joins it
// brings, before dated links, before departures.
var eventRank = map[string]int{"founded": 0, "start": 1, "dated": 2, "end": 3}

// TimelineOptions filter a timeline. Zero fields do not filter.
type TimelineOptions struct {
	// Relations keeps the events of these relations: founded for the
	// founding, foundingMember for founding memberships only, memberOf for
	// every membership.
	Relations []schema.Relation
	// Within keeps the events whose date falls in it (Interval.Contains).
	Within Interval
}

// keeps reports whether the options keep event e.
func (o TimelineOptions) keeps(e Event) bool {
	if !o.Within.Contains(e.Date) {
		return false
	}
	if len(o.Relations) == 0 {
		return true
	}
	for _, r := range o.Relations {
		if r == e.Link.Relation || (r == schema.RelFoundingMember && e.Link.Founding()) {
			return true
		}
	}
	return false
}

// Timeline pages the dated events of an entity in date order, each with its
// sources: its founding, joins and departures, leadership and roles,
// partnerships and investments. An unknown slug gives schema.ErrNotFound.
func Timeline(x *index.Index, slug string, q PageQuery) (Page[Event], error) {
	return TimelineOf(x, slug, TimelineOptions{}, q)
}

// TimelineOf is Timeline with the events opt keeps.
func TimelineOf(x *index.Index, slug string, opt TimelineOptions, q PageQuery) (Page[Event], error) {
	fs, err := Founded(x, slug)
	if err != nil {
		return Page[Event]{}, err
	}
	id, _ := x.Lookup(schema.EntityIRI(slug))
	var out []Event
	for _, f := range fs {
		if !f.Date.IsZero() {
			out = append(out, Event{Date: f.Date, Kind: "founded", Link: f})
		}
	}
	ls := append(links(x, id, schema.RelMemberOf, In), links(x, id, schema.RelMemberOf, Out)...)
	for _, spec := range schema.Relations() {
		switch spec.Name {
		case schema.RelMemberOf, schema.RelFoundingMember, schema.RelFounded:
			continue
		}
		ls = append(ls, links(x, id, spec.Name, Both)...)
	}
	for _, l := range ls {
		if !l.Since.IsZero() {
			out = append(out, Event{Date: l.Since, Kind: "start", Link: l})
		}
		if !l.Until.IsZero() {
			out = append(out, Event{Date: l.Until, Kind: "end", Link: l})
		}
		if !l.Date.IsZero() {
			out = append(out, Event{Date: l.Date, Kind: "dated", Link: l})
		}
	}
	kept := out[:0]
	for _, e := range out {
		if opt.keeps(e) {
			kept = append(kept, e)
		}
	}
	out = kept
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.Date.Start().Equal(b.Date.Start()) {
			return a.Date.Start().Before(b.Date.Start())
		}
		if a.Kind != b.Kind {
			return eventRank[a.Kind] < eventRank[b.Kind]
		}
		return a.Link.From+a.Link.To < b.Link.From+b.Link.To
	})
	return rankedPage(out, func(int) string { return "" }, q)
}
