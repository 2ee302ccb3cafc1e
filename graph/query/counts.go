package query

import (
	"fmt"
	"sort"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// StatedCount is a number sources state for an entity on one date: the
// members an article says an alliance has, which may be more than the graph
// knows by name. Sources lists every source that states this value for this
// date.
type StatedCount struct {
	Value   int
	Date    schema.Date // the zero Date when the sources give none
	Sources []schema.Citation
}

// StatedCounts returns the counts of relation rel (schema.RelMemberCount)
// that sources state for slug, one per distinct value and date, latest
// first. A count is dated by the date its source gives for it or, when it
// gives none, by its article's publication date; later means a later end of
// that date's period ("2024" after "2024-07"), then a later start; counts of
// the same date go by how many sources state them, then the larger value,
// then the one that gives its date.
// An unknown slug is an error wrapping schema.ErrNotFound.
func StatedCounts(x *index.Index, slug string, rel schema.Relation) ([]StatedCount, error) {
	id, err := entityID(x, slug)
	if err != nil {
		return nil, fmt.Errorf("graph: stated counts of %s: %w", slug, err)
	}
	type key struct {
		value int
		date  string
	}
	groups := map[key]*StatedCount{}
	asOf := map[key]schema.Date{}
	for _, c := range x.StatedCounts(id) {
		if c.Relation != rel {
			continue
		}
		k := key{c.Value, c.Date.String()}
		g := groups[k]
		if g == nil {
			g = &StatedCount{Value: c.Value, Date: c.Date}
			groups[k] = g
		}
		g.Sources = append(g.Sources, c.Source)
		d := c.Date
		if d.IsZero() {
			d = c.Source.Date // the latest article that gives the count undated
		}
		if prev, ok := asOf[k]; !ok || later(d, prev) {
			asOf[k] = d
		}
	}
	out := make([]StatedCount, 0, len(groups))
	for _, g := range groups {
		index.SortCitations(g.Sources)
		out = append(out, *g)
	}
	when := func(c StatedCount) schema.Date { return asOf[key{c.Value, c.Date.String()}] }
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if da, db := when(a), when(b); later(da, db) || later(db, da) {
			return later(da, db)
		}
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		if a.Value != b.Value {
			return a.Value > b.Value
		}
		return !a.Date.IsZero() && b.Date.IsZero()
	})
	return out, nil
}

// StatedMemberCount is the latest of the member counts sources state for
// the alliance slug (see StatedCounts); ok is false when none states one.
func StatedMemberCount(x *index.Index, slug string) (c StatedCount, ok bool, err error) {
	cs, err := StatedCounts(x, slug, schema.RelMemberCount)
	if err != nil || len(cs) == 0 {
		return StatedCount{}, false, err
	}
	return cs[0], true, nil
}

// later reports whether a is later than b: the later end of its period, then
// the later start; a zero Date is earlier than any other.
func later(a, b schema.Date) bool {
	switch {
	case a.IsZero() || b.IsZero():
		return !a.IsZero() && b.IsZero()
	case !a.End().Equal(b.End()):
		return a.End().After(b.End())
	}
	return a.Start().After(b.Start())
}
