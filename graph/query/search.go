package query

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// SearchHit is one entity found by name search: how well it matched, why, and
// the name or alias that matched.
type SearchHit struct {
	Entity  schema.Entity
	Score   int
	Reason  string // "exact", "alias", "acronym", "prefix", "typo", "words", "word prefix", "fuzzy"
	Matched string
	Edits   int // for typo and fuzzy: how many edits the match needed
}

// Match scores, best first. Within a class a canonical name outranks an
// alias by aliasPenalty (an exact alias scores 950: above every acronym or
// prefix); fuzzy matches lose editPenalty per edit.
const (
	scoreExact      = 1000
	scoreAcronym    = 800
	scorePrefix     = 700
	scoreTypo       = 680 // the whole name within the typo tolerance
	scoreWords      = 600
	scoreWordPrefix = 500
	scoreFuzzy      = 300
	aliasPenalty    = 50
	typoPenalty     = 40
	editPenalty     = 60
	extraWordCost   = 10  // per word of the name beyond the text's
	maxExtraCost    = 200 // so a long name stays above the next class down
	prefixScanCap   = 512 // names looked at per prefix, so "a" stays cheap
)

// MaxSearchHits caps how many hits one search ranks.
const MaxSearchHits = 1000

// fuzzyBelow: word-by-word typo matching runs when other matches found fewer
// names than this.
const fuzzyBelow = 50

// maxEdits is the typo tolerance for a word of n letters: none up to 3, one
// up to 7, two from 8.
func maxEdits(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	}
	return 2
}

// Search pages the entities found by name or alias: case- and
// accent-insensitive, exact before alias before acronym before prefix before
// words before fuzzy (typos within maxEdits per word), and among equals the
// better connected first (counts is CountAll's answer). types restricts the
// entity types (all when empty). Hits are ranked up to the end of the page
// only, so a page reads only its own entities; Total counts every match (at
// most MaxSearchHits). Empty text is an error wrapping schema.ErrInvalid.
func Search(ctx context.Context, x *index.Index, counts map[string]Counts, text string, types []schema.EntityType, q PageQuery) (Page[SearchHit], error) {
	need := MaxPage
	if q.First >= 0 {
		need = q.First
	}
	from := 0
	if q.After != "" {
		// A hit's key starts with its rank.
		if n, err := strconv.Atoi(strings.SplitN(q.After, "\x00", 2)[0]); err == nil {
			from = n + 1
		}
	}
	hits, total, err := search(ctx, x, counts, text, types, min(from+need+1, MaxSearchHits))
	if err != nil {
		return Page[SearchHit]{}, err
	}
	p, err := rankedPage(hits, func(i int) string { return hits[i].Entity.Slug }, q)
	if err != nil {
		return Page[SearchHit]{}, err
	}
	p.Total, p.HasNext = total, p.To < total
	return p, nil
}

// search ranks the hits of text, returning the best limit of them (at most
// MaxSearchHits) and how many entities matched in all (at most
// MaxSearchHits).
func search(ctx context.Context, x *index.Index, counts map[string]Counts, text string, types []schema.EntityType, limit int) ([]SearchHit, int, error) {
	q := schema.Fold(text)
	if q == "" {
		return nil, 0, fmt.Errorf("graph: search: empty text: %w", schema.ErrInvalid)
	}
	if limit <= 0 || limit > MaxSearchHits {
		limit = MaxSearchHits
	}
	n := x.Names()
	keys, words, byLen := n.Sorted()

	// Candidates are ranked on cached names and types; entities are read
	// only for the hits returned.
	type rank struct {
		score, edits int
		reason, key  string
	}
	best := make(map[index.ID]rank)
	qw := index.Words(q)
	qr := []rune(q)
	typoMax := maxEdits(len(qr))
	// consider scores the entities named key. Word matches lose points for
	// every word the name has beyond the text's, so "SK Telekom" finds SK
	// Telecom before a twelve-word joint venture name holding both words;
	// and any name within the typo tolerance as a whole ranks as a typo.
	consider := func(key string, score int, reason string, edits int) {
		if score < scorePrefix {
			if d := schema.EditDistance(qr, []rune(key), typoMax); d <= typoMax && score < scoreTypo-typoPenalty*d {
				score, reason, edits = scoreTypo-typoPenalty*d, "typo", d
			} else if extra := index.WordCount(key) - len(qw); extra > 0 {
				score -= min(extra*extraWordCost, maxExtraCost)
			}
		}
		for id, alias := range n.Entities(key) {
			sc, why := score, reason
			if alias {
				sc -= aliasPenalty
				if why == "exact" {
					why = "alias"
				}
			}
			if h, ok := best[id]; ok && h.score >= sc {
				continue
			}
			t, ok := x.Type(id)
			if !ok || (len(types) > 0 && !slices.Contains(types, t)) {
				continue
			}
			best[id] = rank{score: sc, edits: edits, reason: why, key: key}
		}
	}

	// Exact names and aliases.
	consider(q, scoreExact, "exact", 0)
	// Acronyms of multi-word names.
	for key := range n.WithAcronym(strings.ReplaceAll(q, " ", "")) {
		consider(key, scoreAcronym, "acronym", 0)
	}
	// Names that start with the text.
	i := sort.SearchStrings(keys, q)
	for j := i; j < len(keys) && j-i < prefixScanCap && strings.HasPrefix(keys[j], q); j++ {
		if keys[j] != q {
			consider(keys[j], scorePrefix, "prefix", 0)
		}
	}
	if len(qw) > 0 {
		// Every word of the text is a word of the name.
		for key := range intersect(n, qw, func(w string) []string { return []string{w} }) {
			consider(key, scoreWords, "words", 0)
		}
		// The last word is a prefix of a word of the name.
		last := qw[len(qw)-1]
		prefixWords := func(w string) []string {
			if w != last {
				return []string{w}
			}
			var out []string
			k := sort.SearchStrings(words, w)
			for j := k; j < len(words) && j-k < prefixScanCap && strings.HasPrefix(words[j], w); j++ {
				out = append(out, words[j])
			}
			return out
		}
		for key := range intersect(n, qw, prefixWords) {
			consider(key, scoreWordPrefix, "word prefix", 0)
		}
	}
	// Typos are looked for when the exact kinds of match found few names;
	// the rule does not depend on the page asked for, so every page of a
	// search ranks the same hits.
	if len(best) < fuzzyBelow && len(qw) > 0 {
		fuzzy(ctx, n, qw, byLen, consider)
	}

	type ranked struct {
		id         index.ID
		r          rank
		name, slug string
		degree     int
	}
	all := make([]ranked, 0, len(best))
	for id, r := range best {
		slug := x.Slug(id)
		all = append(all, ranked{id: id, r: r, name: x.Name(id), slug: slug, degree: counts[slug].Degree})
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.r.score != b.r.score {
			return a.r.score > b.r.score
		}
		// Among equals, the better-connected entity is likelier meant.
		if a.degree != b.degree {
			return a.degree > b.degree
		}
		if len(a.name) != len(b.name) {
			return len(a.name) < len(b.name)
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.slug < b.slug
	})
	hits := make([]SearchHit, 0, min(limit, len(all)))
	for _, c := range all[:min(limit, len(all))] {
		e, _ := x.Entity(c.id)
		hits = append(hits, SearchHit{Entity: e, Score: c.r.score, Reason: c.r.reason, Matched: n.Text(c.r.key), Edits: c.r.edits})
	}
	return hits, min(len(all), MaxSearchHits), ctx.Err()
}

// fuzzy finds names every word of which is within the typo tolerance of a
// word of the text (all the text's words must be matched), scored down by
// the total number of edits.
func fuzzy(ctx context.Context, n *index.Names, qw []string, byLen map[int][]string, consider func(string, int, string, int)) {
	// near[i] holds the index's words within the tolerance of the i-th
	// word of the text, with their edits.
	near := make([]map[string]int, len(qw))
	for i, w := range qw {
		if ctx.Err() != nil {
			return
		}
		max := maxEdits(len([]rune(w)))
		near[i] = make(map[string]int)
		rw := []rune(w)
		var rc []rune // each candidate's runes, in one reused buffer
		for l := len(rw) - max; l <= len(rw)+max; l++ {
			for _, cand := range byLen[l] {
				rc = rc[:0]
				for _, r := range cand {
					rc = append(rc, r)
				}
				if d := schema.EditDistance(rw, rc, max); d <= max {
					near[i][cand] = d
				}
			}
		}
	}
	// Walk the names of the rarest word's neighbours and check the others
	// against the word index: common words ("telecom") are never walked.
	for key, edits := range n.Covering(near) {
		if ctx.Err() != nil {
			return
		}
		if edits > 0 {
			consider(key, scoreFuzzy-editPenalty*edits, "fuzzy", edits)
		}
	}
}

// intersect returns the names that contain, for every word w of qw, one of
// the index words expand(w) gives.
func intersect(n *index.Names, qw []string, expand func(string) []string) map[string]struct{} {
	groups := make([]map[string]int, len(qw))
	for i, w := range qw {
		groups[i] = make(map[string]int)
		for _, e := range expand(w) {
			groups[i][e] = 0
		}
	}
	out := make(map[string]struct{})
	for key := range n.Covering(groups) {
		out[key] = struct{}{}
	}
	return out
}
