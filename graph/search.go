package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

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

// Search finds entities by name or alias: case- and accent-insensitive,
// exact before alias before acronym before prefix before words before fuzzy
// (typos within maxEdits per word). types restricts the entity types (all
// when empty). It returns at most limit hits (MaxSearchHits at most), best
// first, then by name.
func (s *Store) Search(ctx context.Context, text string, types []schema.EntityType, limit int) ([]SearchHit, error) {
	hits, _, err := s.SearchCount(ctx, text, types, limit)
	return hits, err
}

// SearchCount is Search that also says how many entities matched in all
// (at most MaxSearchHits): a page of hits reads only its own entities.
func (s *Store) SearchCount(ctx context.Context, text string, types []schema.EntityType, limit int) ([]SearchHit, int, error) {
	q := schema.Fold(text)
	if q == "" {
		return nil, 0, fmt.Errorf("graph: search: empty text: %w", schema.ErrInvalid)
	}
	if limit <= 0 || limit > MaxSearchHits {
		limit = MaxSearchHits
	}
	counts := s.counts(ctx) // before the read lock: counts takes it too
	s.rlock()
	defer s.mu.RUnlock()
	x := s.idx
	n := x.names
	keys, words, byLen := n.views()

	// Candidates are ranked on cached names and types; entities are read
	// only for the hits returned.
	type rank struct {
		score, edits int
		reason, key  string
	}
	best := make(map[nodeID]rank)
	qw := wordsOf(q)
	qr := []rune(q)
	typoMax := maxEdits(len(qr))
	// consider scores the entities named key. Word matches lose points for
	// every word the name has beyond the text's, so "SK Telekom" finds SK
	// Telecom before a twelve-word joint venture name holding both words;
	// and any name within the typo tolerance as a whole ranks as a typo.
	consider := func(key string, score int, reason string, edits int) {
		if score < scorePrefix {
			if d := editDistance(qr, []rune(key), typoMax); d <= typoMax && score < scoreTypo-typoPenalty*d {
				score, reason, edits = scoreTypo-typoPenalty*d, "typo", d
			} else if extra := len(wordsOf(key)) - len(qw); extra > 0 {
				score -= min(extra*extraWordCost, maxExtraCost)
			}
		}
		for id, kind := range n.byKey[key] {
			sc, why := score, reason
			if kind == kindAlias {
				sc -= aliasPenalty
				if why == "exact" {
					why = "alias"
				}
			}
			if h, ok := best[id]; ok && h.score >= sc {
				continue
			}
			t, ok := x.types[id]
			if !ok || (len(types) > 0 && !slices.Contains(types, t)) {
				continue
			}
			best[id] = rank{score: sc, edits: edits, reason: why, key: key}
		}
	}

	// Exact names and aliases.
	consider(q, scoreExact, "exact", 0)
	// Acronyms of multi-word names.
	for key := range n.acronyms[strings.ReplaceAll(q, " ", "")] {
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
		s.fuzzy(ctx, qw, byLen, consider)
	}

	type ranked struct {
		id         nodeID
		r          rank
		name, slug string
		degree     int
	}
	all := make([]ranked, 0, len(best))
	for id, r := range best {
		slug := x.slug(id)
		all = append(all, ranked{id: id, r: r, name: x.name(id), slug: slug, degree: counts[slug].Degree})
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
		e, _ := x.entity(c.id)
		hits = append(hits, SearchHit{Entity: e, Score: c.r.score, Reason: c.r.reason, Matched: n.text[c.r.key], Edits: c.r.edits})
	}
	return hits, min(len(all), MaxSearchHits), ctx.Err()
}

// fuzzy finds names every word of which is within the typo tolerance of a
// word of the text (all the text's words must be matched), scored down by
// the total number of edits.
func (s *Store) fuzzy(ctx context.Context, qw []string, byLen map[int][]string, consider func(string, int, string, int)) {
	n := s.idx.names
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
		for l := len(rw) - max; l <= len(rw)+max; l++ {
			for _, cand := range byLen[l] {
				if d := editDistance(rw, []rune(cand), max); d <= max {
					near[i][cand] = d
				}
			}
		}
	}
	// Walk the names of the rarest word's neighbours and check the others
	// against each name's own words: common words ("telecom") are never
	// walked.
	rarest, size := 0, -1
	for i := range qw {
		total := 0
		for cand := range near[i] {
			total += len(n.words[cand])
		}
		if size < 0 || total < size {
			rarest, size = i, total
		}
	}
	seen := make(map[string]bool)
	for cand := range near[rarest] {
		for key := range n.words[cand] {
			if seen[key] {
				continue
			}
			seen[key] = true
			words := wordsOf(key)
			edits := 0
			for i := range qw {
				best := -1
				for _, kw := range words {
					if d, ok := near[i][kw]; ok && (best < 0 || d < best) {
						best = d
					}
				}
				if best < 0 {
					edits = -1
					break
				}
				edits += best
			}
			if edits > 0 {
				consider(key, scoreFuzzy-editPenalty*edits, "fuzzy", edits)
			}
		}
	}
}

// intersect returns the names that contain, for every word w of qw, one of
// the index words expand(w) gives.
func intersect(n *nameIndex, qw []string, expand func(string) []string) map[string]struct{} {
	// Start from the word whose expansion names the fewest names, and keep
	// those of its names whose own words cover every other word.
	sets := make([]map[string]bool, len(qw))
	rarest, size := 0, -1
	for i, w := range qw {
		sets[i] = make(map[string]bool)
		total := 0
		for _, e := range expand(w) {
			sets[i][e] = true
			total += len(n.words[e])
		}
		if size < 0 || total < size {
			rarest, size = i, total
		}
	}
	out := make(map[string]struct{})
	for e := range sets[rarest] {
		for key := range n.words[e] {
			words := wordsOf(key)
			all := true
			for i := range qw {
				if i == rarest {
					continue
				}
				found := false
				for _, kw := range words {
					if sets[i][kw] {
						found = true
						break
					}
				}
				if !found {
					all = false
					break
				}
			}
			if all {
				out[key] = struct{}{}
			}
		}
	}
	return out
}

// editDistance is the optimal string alignment distance between a and b
// (Levenshtein plus transposition of neighbours: "Duetsche" is one edit from
// "Deutsche"), or max+1 as soon as it must exceed max.
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	pprev := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], pprev[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		pprev, prev, cur = prev, cur, pprev
	}
	return prev[len(b)]
}
