package text

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// maxExpansions caps the terms one prefix ("tele*") stands for.
const maxExpansions = 256

// MaxClauses caps the words and phrases of one search.
const MaxClauses = 32

// Query is a parsed search: clauses that every hit must match.
type Query struct {
	clauses []clause
}

// clause is a phrase of terms that must follow one another (one term for a
// plain word); with prefix, its last term matches any term it begins.
type clause struct {
	terms  []string
	prefix bool
}

// Parse reads a search text: words, each of which must occur; quoted
// phrases ("AI-RAN Alliance"), whose words must occur in order; and
// prefixes (tele*). Words are folded as the index folds them, so a word
// such as "AI-RAN" is a phrase of its parts. Text with no word is an error
// wrapping schema.ErrInvalid; more than MaxClauses words and phrases, one
// wrapping schema.ErrLimit.
func Parse(s string) (Query, error) {
	var q Query
	for i, part := range strings.Split(s, `"`) {
		if i%2 == 1 { // inside quotes
			q.add(part, true)
			continue
		}
		for _, w := range strings.Fields(part) {
			q.add(w, false)
		}
	}
	if len(q.clauses) == 0 {
		return Query{}, fmt.Errorf("text: %q has no word to search for: %w", s, schema.ErrInvalid)
	}
	if len(q.clauses) > MaxClauses {
		return Query{}, fmt.Errorf("text: %d words and phrases, at most %d: %w", len(q.clauses), MaxClauses, schema.ErrLimit)
	}
	return q, nil
}

// add adds the clause of one word or one quoted phrase; a trailing "*"
// makes its last word a prefix.
func (q *Query) add(s string, phrase bool) {
	prefix := strings.HasSuffix(strings.TrimSpace(s), "*")
	terms := Terms(s)
	if len(terms) == 0 {
		return
	}
	if phrase || len(terms) > 1 || prefix {
		q.clauses = append(q.clauses, clause{terms: terms, prefix: prefix})
		return
	}
	q.clauses = append(q.clauses, clause{terms: terms})
}

// Hit is a document that matches a query, with its score: for each clause,
// its rarity (idf) times a damped count of its matches, a match in the
// headline counting three times.
type Hit struct {
	Doc   *Doc
	Score float64
}

// Search returns every document that matches q, best first (ties: newest,
// then by key).
func (x *Index) Search(q Query) []Hit {
	var scores map[uint32]float64
	n := float64(max(len(x.docs), 1))
	for _, c := range q.clauses {
		// match looks only at the documents every clause so far matched,
		// so m is the new set of documents.
		m := x.match(c, scores)
		idf := math.Log(1 + n/float64(max(len(m), 1)))
		for id, tf := range m {
			m[id] = scores[id] + idf*(1+math.Log(tf))
		}
		scores = m
		if len(scores) == 0 {
			return nil
		}
	}
	hits := make([]Hit, 0, len(scores))
	for id, s := range scores {
		hits = append(hits, Hit{Doc: x.docs[id], Score: s})
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Doc.day != b.Doc.day {
			return a.Doc.day > b.Doc.day
		}
		return a.Doc.Key < b.Doc.Key
	})
	return hits
}

// match returns the weighted match count of c in every document that has
// it; within, when not nil, limits the documents looked at.
func (x *Index) match(c clause, within map[uint32]float64) map[uint32]float64 {
	out := map[uint32]float64{}
	lasts := []string{c.terms[len(c.terms)-1]}
	if c.prefix {
		lasts = x.withPrefix(lasts[0], maxExpansions)
	}
	if len(c.terms) == 1 {
		for _, t := range lasts {
			for _, p := range x.post[t] {
				if within != nil {
					if _, ok := within[p.doc]; !ok {
						continue
					}
				}
				for _, pos := range x.at(p) {
					out[p.doc] += weight(pos)
				}
			}
		}
		return out
	}
	// A phrase: walk the documents of its first term and look for the rest
	// after each of its positions.
	for _, p := range x.post[c.terms[0]] {
		if within != nil {
			if _, ok := within[p.doc]; !ok {
				continue
			}
		}
		for _, pos := range x.at(p) {
			if x.phraseAt(c, lasts, p.doc, pos) {
				out[p.doc] += weight(pos)
			}
		}
	}
	return out
}

// phraseAt reports whether the phrase c starts at pos in document id.
func (x *Index) phraseAt(c clause, lasts []string, id, pos uint32) bool {
	for k := 1; k < len(c.terms); k++ {
		want := pos + uint32(k)
		cands := []string{c.terms[k]}
		if k == len(c.terms)-1 {
			cands = lasts
		}
		found := false
		for _, t := range cands {
			ps := x.positions(t, id)
			i := sort.Search(len(ps), func(i int) bool { return ps[i] >= want })
			if i < len(ps) && ps[i] == want {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// weight counts a match in the headline three times.
func weight(pos uint32) float64 {
	if posField(pos) == Headline {
		return 3
	}
	return 1
}
