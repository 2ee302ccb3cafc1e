package query

import (
	"context"
	"sort"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Tally is what the statistics count: links by relation and by the year
// they began (Start), and entities by the country they are attributed to.
// A link is counted the way the API lists it: a partnership stated both
// ways once, a founding membership as memberOf, a planned fact not at all
// (it makes no edge); a founding date is a link of relation founded.
type Tally struct {
	years     map[schema.Relation]map[int]int
	relations map[schema.Relation]int
	countries map[string]int
}

// YearCount is how many links began in one year.
type YearCount struct{ Year, Count int }

// RelationCount is how many links one relation has.
type RelationCount struct {
	Relation schema.Relation
	Count    int
}

// CountryCount is how many entities are attributed to one country (slug).
type CountryCount struct {
	Country string
	Count   int
}

// ByYear counts the links of rel (every relation when rel is "") by the
// year of their Start, oldest first. Links with no date at all are not
// counted.
func (t Tally) ByYear(rel schema.Relation) []YearCount {
	sum := map[int]int{}
	for r, ys := range t.years {
		if rel != "" && r != rel {
			continue
		}
		for y, n := range ys {
			sum[y] += n
		}
	}
	out := make([]YearCount, 0, len(sum))
	for y, n := range sum {
		out = append(out, YearCount{Year: y, Count: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out
}

// ByRelation counts links by relation, most first, then by relation name.
func (t Tally) ByRelation() []RelationCount {
	out := make([]RelationCount, 0, len(t.relations))
	for r, n := range t.relations {
		out = append(out, RelationCount{Relation: r, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Relation < out[j].Relation
	})
	return out
}

// ByCountry counts entities by country, most first, then by country slug.
func (t Tally) ByCountry() []CountryCount {
	out := make([]CountryCount, 0, len(t.countries))
	for c, n := range t.countries {
		out = append(out, CountryCount{Country: c, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Country < out[j].Country
	})
	return out
}

func (t *Tally) add(l schema.Link) {
	if l.Modality == schema.Planned {
		return
	}
	if t.years == nil {
		t.years, t.relations, t.countries = map[schema.Relation]map[int]int{}, map[schema.Relation]int{}, map[string]int{}
	}
	t.relations[l.Relation]++
	if d, _ := Start(l); !d.IsZero() {
		if t.years[l.Relation] == nil {
			t.years[l.Relation] = map[int]int{}
		}
		t.years[l.Relation][d.Year]++
	}
}

// Stats tallies the whole graph when slug is "", else one entity's
// neighbourhood: its own links, and the entities at their other ends by
// country. An unknown slug gives schema.ErrNotFound. The whole graph's
// tally reads every statement, so graph.Store keeps it for as long as the
// graph does not change.
func Stats(ctx context.Context, x *index.Index, slug string) (Tally, error) {
	t := Tally{years: map[schema.Relation]map[int]int{}, relations: map[schema.Relation]int{}, countries: map[string]int{}}
	if slug != "" {
		id, err := entityID(x, slug)
		if err != nil {
			return Tally{}, err
		}
		return t, entityStats(ctx, x, id, &t)
	}
	hq, hasHQ := x.Lookup(schema.HQCountry)
	for i, id := range entityIDs(x, nil) {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return Tally{}, err
			}
		}
		for _, l := range x.Foundings(id) {
			if !l.Date.IsZero() {
				t.add(l)
			}
		}
		for _, spec := range linkSpecs() {
			p, ok := x.Lookup(spec.Predicate)
			if !ok {
				continue
			}
			for _, e := range x.Out(id) {
				if e.P != p || x.Slug(e.O) == "" || !x.Stated(e) {
					continue
				}
				es := []index.Edge{e}
				if spec.Symmetric {
					// A pair stated both ways is one link, counted at its
					// lesser end.
					back := index.Edge{S: e.O, P: e.P, O: e.S}
					if x.Stated(back) {
						if e.O < e.S {
							continue
						}
						if e.O != e.S {
							es = append(es, back)
						}
					}
				}
				if l, ok := x.Link(spec.Name, es...); ok {
					t.add(l)
				}
			}
		}
		if hasHQ {
			for c := range countriesOf(x, id, hq) {
				t.countries[c]++
			}
		}
	}
	return t, nil
}

// entityStats tallies the links at id and the countries of their other
// ends (each entity once).
func entityStats(ctx context.Context, x *index.Index, id index.ID, t *Tally) error {
	for _, l := range x.Foundings(id) {
		if !l.Date.IsZero() {
			t.add(l)
		}
	}
	others := map[index.ID]bool{}
	for _, spec := range linkSpecs() {
		v, _ := newLinkView(x, id, []schema.Relation{spec.Name}, Both)
		for i := range v.len() {
			l := v.link(i)
			t.add(l)
			if l.Modality != schema.Planned {
				others[v.otherAt(i)] = true
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if hq, ok := x.Lookup(schema.HQCountry); ok {
		for o := range others {
			for c := range countriesOf(x, o, hq) {
				t.countries[c]++
			}
		}
	}
	return nil
}

// linkSpecs are the relations whose links join two entities, each
// predicate once (foundingMember is a memberOf with a role).
func linkSpecs() []schema.RelationSpec {
	var out []schema.RelationSpec
	for _, s := range schema.Relations() {
		if s.Name != schema.RelFoundingMember && s.Name != schema.RelFounded {
			out = append(out, s)
		}
	}
	return out
}

// countriesOf is the set of countries a stated hqCountry edge attributes
// id to.
func countriesOf(x *index.Index, id, hq index.ID) map[string]bool {
	var out map[string]bool
	for _, e := range x.Out(id) {
		if e.P == hq && x.Stated(e) {
			if c := x.Slug(e.O); c != "" {
				if out == nil {
					out = map[string]bool{}
				}
				out[c] = true
			}
		}
	}
	return out
}
