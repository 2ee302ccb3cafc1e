package text

import (
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

// ArticleFilter selects articles; zero fields do not filter.
type ArticleFilter struct {
	// Text is a search (Parse) over headlines, texts and evidence.
	Text string
	// Mentions keeps the articles that name any of these entities (slugs):
	// in a fact, or by one of the entity's names in the headline, the text
	// or the evidence.
	Mentions []string
	// Published keeps the articles published within it (undated ones are
	// left out when it is bounded).
	Published query.Interval
	// Publisher keeps the articles of this publisher, compared folded.
	Publisher string
}

// Mention kinds: where an article names an entity.
const (
	ViaFact = "fact"
)

// ArticleHit is an article found, with its score (0 without Text), the
// fragments that show the text's hits, and where it names the entities of
// Mentions: ViaFact, or the Field names of the texts that name them.
type ArticleHit struct {
	Article    schema.Article
	Score      float64
	Highlights []Highlight
	Via        []string
}

// Facet is one value of a facet and how many articles have it.
type Facet struct {
	Value string
	Count int
}

// Facets count the articles found, over every page: by publisher and by
// relation of their facts (most first), by year published (oldest first).
type Facets struct {
	Publishers, Years, Relations []Facet
}

// maxHighlights is how many fragments a hit shows.
const maxHighlights = 3

// Articles pages the articles f selects: best first with Text, else newest
// first (undated last), then by URL; with facets over all of them. A bad
// Text wraps schema.ErrInvalid; an unknown slug in Mentions,
// schema.ErrNotFound.
func Articles(x *index.Index, t *Index, f ArticleFilter, q query.PageQuery) (query.Page[ArticleHit], Facets, error) {
	var tq Query
	var hits []Hit
	if f.Text != "" {
		var err error
		if tq, err = Parse(f.Text); err != nil {
			return query.Page[ArticleHit]{}, Facets{}, err
		}
		hits = t.Search(tq)
	} else {
		hits = make([]Hit, 0, len(t.docs))
		for _, d := range t.docs {
			hits = append(hits, Hit{Doc: d})
		}
	}
	var names []Query
	if len(f.Mentions) > 0 {
		keep := map[string]bool{}
		for _, slug := range f.Mentions {
			qs, err := nameQueries(x, slug)
			if err != nil {
				return query.Page[ArticleHit]{}, Facets{}, err
			}
			names = append(names, qs...)
			for _, k := range t.MentionedBy(slug) {
				keep[k] = true
			}
			for _, nq := range qs {
				for _, h := range t.Search(nq) {
					keep[h.Doc.Key] = true
				}
			}
		}
		hits = slices.DeleteFunc(hits, func(h Hit) bool { return !keep[h.Doc.Key] })
	}
	publisher := schema.Fold(f.Publisher)
	hits = slices.DeleteFunc(hits, func(h Hit) bool {
		if !f.Published.IsZero() && !f.Published.Contains(h.Doc.Date) {
			return true
		}
		return publisher != "" && schema.Fold(h.Doc.Publisher) != publisher
	})
	facets := facetsOf(hits)
	var p query.Page[Hit]
	var err error
	if f.Text != "" {
		p, err = query.RankedPage(hits, func(i int) string { return hits[i].Doc.Key }, q)
	} else {
		// Newest first, undated last, then by URL: the order of
		// query.ArticleKey, sorted on a number, keys made for the page only.
		sort.Slice(hits, func(i, j int) bool {
			a, b := hits[i].Doc, hits[j].Doc
			if (a.day == 0) != (b.day == 0) {
				return b.day == 0
			}
			if a.day != b.day {
				return a.day > b.day
			}
			return a.Key < b.Key
		})
		p, err = query.PageOf(hits, func(i int) string { return query.ArticleKey(article(hits[i].Doc)) }, q)
	}
	if err != nil {
		return query.Page[ArticleHit]{}, Facets{}, err
	}
	out := query.Page[ArticleHit]{Keys: p.Keys, Window: p.Window, Items: make([]ArticleHit, len(p.Items))}
	for i, h := range p.Items {
		ah := ArticleHit{Article: article(h.Doc), Score: h.Score}
		if f.Text != "" {
			ah.Highlights = tq.Highlights(h.Doc, maxHighlights)
		}
		if len(f.Mentions) > 0 {
			ah.Via = via(h.Doc, f.Mentions, names)
		}
		out.Items[i] = ah
	}
	return out, facets, nil
}

// nameQueries are the phrases of an entity's name and aliases.
func nameQueries(x *index.Index, slug string) ([]Query, error) {
	id, ok := x.Lookup(schema.EntityIRI(slug))
	var e schema.Entity
	if ok {
		e, ok = x.Entity(id)
	}
	if !ok {
		return nil, fmt.Errorf("text: mentions of %q: %w", slug, schema.ErrNotFound)
	}
	var out []Query
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if terms := Terms(n); len(terms) > 0 {
			out = append(out, Query{clauses: []clause{{terms: terms}}})
		}
	}
	return out, nil
}

// via says where d names the entities: ViaFact when a fact does, and the
// fields whose text holds one of their names.
func via(d *Doc, slugs []string, names []Query) []string {
	var out []string
	for _, s := range slugs {
		if _, ok := slices.BinarySearch(d.Mentions, s); ok {
			out = append(out, ViaFact)
			break
		}
	}
	for _, f := range []Field{Headline, Body, Evidence} {
		found := false
		for _, s := range d.Texts(f) {
			for _, nq := range names {
				if len(nq.spans(s)) > 0 {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if found {
			out = append(out, f.String())
		}
	}
	return out
}

func article(d *Doc) schema.Article {
	return schema.Article{URL: d.Key, Title: d.Headline, Publisher: d.Publisher, Date: d.Date}
}

// facetsOf counts the hits by publisher, year and relation.
func facetsOf(hits []Hit) Facets {
	pubs, byYear, rels := map[string]int{}, map[int]int{}, map[string]int{}
	for _, h := range hits {
		if h.Doc.Publisher != "" {
			pubs[h.Doc.Publisher]++
		}
		if !h.Doc.Date.IsZero() {
			byYear[h.Doc.Date.Year]++
		}
		for _, r := range h.Doc.Relations {
			rels[string(r)]++
		}
	}
	years := make(map[string]int, len(byYear))
	for y, n := range byYear {
		years[strconv.Itoa(y)] = n
	}
	byCount := func(m map[string]int) []Facet {
		out := make([]Facet, 0, len(m))
		for v, n := range m {
			out = append(out, Facet{Value: v, Count: n})
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].Count != out[j].Count {
				return out[i].Count > out[j].Count
			}
			return out[i].Value < out[j].Value
		})
		return out
	}
	ys := byCount(years)
	sort.Slice(ys, func(i, j int) bool { return ys[i].Value < ys[j].Value })
	return Facets{Publishers: byCount(pubs), Years: ys, Relations: byCount(rels)}
}
