package text

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Field is the part of an article a word is in.
type Field uint8

// Fields of an article, as positions keep them.
const (
	Headline Field = iota
	Body
	Evidence
)

// String names the field as the API does.
func (f Field) String() string {
	switch f {
	case Headline:
		return "headline"
	case Body:
		return "text"
	}
	return "evidence"
}

// fieldShift puts a word's field in the top bits of its position; sentences
// of evidence are sentenceGap positions apart, so no phrase spans two.
const (
	fieldShift  = 28
	sentenceGap = 8
)

func posField(p uint32) Field { return Field(p >> fieldShift) }

// Doc is what the index holds of one article: its texts, and the metadata
// its facets count.
type Doc struct {
	Key       string // the article's IRI
	Headline  string
	Body      string   // the article's text, where the graph holds it (schema:articleBody)
	Evidence  []string // the evidence of its facts, in a fixed order
	Publisher string
	Date      schema.Date
	Relations []schema.Relation // of its facts, distinct and sorted
	Mentions  []string          // slugs of the entities its facts name, distinct and sorted

	day int // Date's first day as yyyymmdd, 0 when undated: sorting compares it
}

// Texts returns the field's texts: one for a headline or a body, one per
// sentence of evidence.
func (d *Doc) Texts(f Field) []string {
	switch f {
	case Headline:
		return []string{d.Headline}
	case Body:
		return []string{d.Body}
	}
	return d.Evidence
}

// DocOf builds the document of the article source from the quads it
// produced (every quad an article produced carries its IRI as label, so its
// document changes exactly when its quads do). It reports false when the
// quads do not make source an article.
func DocOf(source quad.IRI, qs []quad.Quad) (Doc, bool) {
	d := Doc{Key: string(source)}
	isArticle := false
	evidence := map[quad.Value]string{}
	rels, mentions := map[schema.Relation]bool{}, map[string]bool{}
	for _, q := range qs {
		switch q.Predicate {
		case schema.RDFType:
			if q.Subject == source && q.Object == schema.ClassArticle {
				isArticle = true
			}
		case schema.Headline:
			if q.Subject == source {
				d.Headline, _ = schema.LiteralText(q.Object)
			}
		case schema.ArticleBody:
			if q.Subject == source {
				d.Body, _ = schema.LiteralText(q.Object)
			}
		case schema.Publisher:
			if q.Subject == source {
				d.Publisher, _ = schema.LiteralText(q.Object)
			}
		case schema.DatePublished:
			if q.Subject == source {
				d.Date, _ = schema.DateOf(q.Object)
			}
		case schema.Evidence:
			if s, ok := schema.LiteralText(q.Object); ok {
				evidence[q.Subject] = s
			}
		case schema.FactRelation:
			if s, ok := schema.LiteralText(q.Object); ok {
				r := schema.Relation(s)
				if r == schema.RelFoundingMember {
					r = schema.RelMemberOf
				}
				rels[r] = true
			}
		case schema.RDFSubject, schema.RDFObject:
			if iri, ok := q.Object.(quad.IRI); ok {
				if slug, ok := schema.SlugOf(iri); ok {
					mentions[slug] = true
				}
			}
		}
	}
	if !isArticle {
		return Doc{}, false
	}
	// Statements in a fixed order, so positions do not depend on the order
	// the quads came in.
	stmts := make([]quad.Value, 0, len(evidence))
	for st := range evidence {
		stmts = append(stmts, st)
	}
	sort.Slice(stmts, func(i, j int) bool { return stmts[i].String() < stmts[j].String() })
	for _, st := range stmts {
		d.Evidence = append(d.Evidence, evidence[st])
	}
	for r := range rels {
		d.Relations = append(d.Relations, r)
	}
	slices.Sort(d.Relations)
	for m := range mentions {
		d.Mentions = append(d.Mentions, m)
	}
	slices.Sort(d.Mentions)
	return d, true
}

// posting is one document's positions of one term, ascending: n of them
// from off in the document's positions (Index.pos). It holds no pointer, so
// the garbage collector does not look into a posting list; a slice of
// positions per posting was at 10^6 quads the largest kind of object in
// the serving process (about 260,000).
type posting struct {
	doc, off, n uint32
}

// Index is the inverted index of articles. Documents get ever-increasing
// ids, so every posting list stays sorted by document when documents are
// replaced. An Index is not safe for concurrent writes: graph.Store changes
// it under its write lock and reads it under its read lock (the lazily
// sorted term list, shared by readers, has a lock of its own).
type Index struct {
	ids      map[string]uint32 // article IRI → document
	docs     map[uint32]*Doc
	terms    map[uint32][]string // document → its distinct terms
	post     map[string][]posting
	pos      map[uint32][]uint32            // document → the positions of all its terms, term by term
	mentions map[string]map[uint32]struct{} // entity slug → documents whose facts name it
	next     uint32

	mu     sync.Mutex // guards sorted
	sorted []string   // every term, ascending; nil after a change
}

// New returns an empty index.
func New() *Index {
	return &Index{ids: map[string]uint32{}, docs: map[uint32]*Doc{}, terms: map[uint32][]string{},
		post: map[string][]posting{}, pos: map[uint32][]uint32{}, mentions: map[string]map[uint32]struct{}{}}
}

// Len is how many documents the index holds.
func (x *Index) Len() int { return len(x.docs) }

// Doc returns the document of an article, and false when there is none.
func (x *Index) Doc(key string) (*Doc, bool) {
	id, ok := x.ids[key]
	if !ok {
		return nil, false
	}
	return x.docs[id], true
}

// Sync makes the index hold the article source as its quads make it: its
// document replaced, or removed when the quads no longer make an article.
func (x *Index) Sync(source quad.IRI, qs []quad.Quad) {
	if d, ok := DocOf(source, qs); ok {
		x.Set(d)
	} else {
		x.Remove(string(source))
	}
}

// Set adds d, replacing the document of the same key.
func (x *Index) Set(d Doc) {
	x.Remove(d.Key)
	id := x.next
	x.next++
	if !d.Date.IsZero() {
		st := d.Date.Start()
		d.day = st.Year()*10000 + int(st.Month())*100 + st.Day()
	}
	x.ids[d.Key] = id
	x.docs[id] = &d
	positions := map[string][]uint32{}
	for _, f := range []Field{Headline, Body, Evidence} {
		n := uint32(0)
		for _, s := range d.Texts(f) {
			for _, t := range Tokens(s) {
				positions[t.Term] = append(positions[t.Term], uint32(f)<<fieldShift|n)
				n++
			}
			n += sentenceGap
		}
	}
	terms := make([]string, 0, len(positions))
	total := 0
	for t, ps := range positions {
		terms = append(terms, t)
		total += len(ps)
	}
	all := make([]uint32, 0, total) // kept as long as the document: no slack
	for _, t := range terms {
		ps := positions[t]
		x.post[t] = append(x.post[t], posting{doc: id, off: uint32(len(all)), n: uint32(len(ps))})
		all = append(all, ps...)
	}
	x.terms[id] = terms
	x.pos[id] = all
	for _, m := range d.Mentions {
		if x.mentions[m] == nil {
			x.mentions[m] = map[uint32]struct{}{}
		}
		x.mentions[m][id] = struct{}{}
	}
	x.changed()
}

// Remove drops the document of key, if any.
func (x *Index) Remove(key string) {
	id, ok := x.ids[key]
	if !ok {
		return
	}
	for _, t := range x.terms[id] {
		ps := x.post[t]
		i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= id })
		if i < len(ps) && ps[i].doc == id {
			ps = slices.Delete(ps, i, i+1)
		}
		if len(ps) == 0 {
			delete(x.post, t)
		} else {
			x.post[t] = ps
		}
	}
	for _, m := range x.docs[id].Mentions {
		delete(x.mentions[m], id)
		if len(x.mentions[m]) == 0 {
			delete(x.mentions, m)
		}
	}
	delete(x.terms, id)
	delete(x.pos, id)
	delete(x.docs, id)
	delete(x.ids, key)
	x.changed()
}

func (x *Index) changed() {
	x.mu.Lock()
	x.sorted = nil
	x.mu.Unlock()
}

// withPrefix returns up to limit terms that start with p, ascending.
func (x *Index) withPrefix(p string, limit int) []string {
	x.mu.Lock()
	if x.sorted == nil {
		x.sorted = make([]string, 0, len(x.post))
		for t := range x.post {
			x.sorted = append(x.sorted, t)
		}
		sort.Strings(x.sorted)
	}
	sorted := x.sorted
	x.mu.Unlock()
	var out []string
	for i := sort.SearchStrings(sorted, p); i < len(sorted) && len(out) < limit && strings.HasPrefix(sorted[i], p); i++ {
		out = append(out, sorted[i])
	}
	return out
}

// positions returns the positions of term in document id, nil when none.
func (x *Index) positions(term string, id uint32) []uint32 {
	ps := x.post[term]
	i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= id })
	if i < len(ps) && ps[i].doc == id {
		return x.at(ps[i])
	}
	return nil
}

// at is the positions of posting p.
func (x *Index) at(p posting) []uint32 { return x.pos[p.doc][p.off : p.off+p.n] }

// MentionedBy returns the keys of the articles whose facts name the entity
// slug.
func (x *Index) MentionedBy(slug string) []string {
	out := make([]string, 0, len(x.mentions[slug]))
	for id := range x.mentions[slug] {
		out = append(out, x.docs[id].Key)
	}
	return out
}

// Build indexes every article of x: each typed schema:NewsArticle, from the
// quads its source holds.
func Build(x *index.Index) *Index {
	t := New()
	typ, ok1 := x.Lookup(schema.RDFType)
	class, ok2 := x.Lookup(schema.ClassArticle)
	if !ok1 || !ok2 {
		return t
	}
	for _, id := range x.Subjects(typ, class) {
		src := quad.IRI(x.Article(id).URL)
		t.Sync(src, x.SourceQuads(src))
	}
	// The posting lists grew by appending, one document at a time.
	for term, ps := range t.post {
		if cap(ps) > len(ps) {
			t.post[term] = slices.Clone(ps)
		}
	}
	return t
}
