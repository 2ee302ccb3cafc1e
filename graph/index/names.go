package index

import (
	"iter"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// nameKind says whether a name is an entity's canonical name or an alias.
type nameKind uint8

const (
	kindName nameKind = iota + 1
	kindAlias
)

// Names is the name index that search reads, kept in step with the quads:
// schema:name and schema:alternateName folded (schema.Fold) into keys, each
// key with the entities that carry it, each word with the keys that contain
// it, and keys' acronyms. A name stated by several sources is one key. Its
// sorted views, for prefix search, are rebuilt on first use after a change;
// that rebuild is safe while other readers share the index.
type Names struct {
	byKey    map[string]map[ID]nameKind
	text     map[string]string  // key → one original spelling
	words    map[string]*keySet // word → keys containing it
	acronyms map[string]*keySet // acronym → keys
	canon    map[ID]string      // entity → its canonical name (the least stated)

	mu          sync.Mutex // guards the lazy views below; readers share the index
	dirty       bool
	sortedKeys  []string
	sortedWords []string
	wordsByLen  map[int][]string
}

func newNames() *Names {
	return &Names{
		byKey:    make(map[string]map[ID]nameKind),
		text:     make(map[string]string),
		words:    make(map[string]*keySet),
		acronyms: make(map[string]*keySet),
		canon:    make(map[ID]string),
	}
}

// Names returns the index's name index.
func (x *Index) Names() *Names { return x.names }

// Entities yields the entities that carry key as a name or alias; alias is
// true when key is only an alias of the entity.
func (n *Names) Entities(key string) iter.Seq2[ID, bool] {
	return func(yield func(ID, bool) bool) {
		for id, kind := range n.byKey[key] {
			if !yield(id, kind == kindAlias) {
				return
			}
		}
	}
}

// Text is one original spelling of key.
func (n *Names) Text(key string) string { return n.text[key] }

// WithAcronym yields the keys of two or more words whose initials are a.
func (n *Names) WithAcronym(a string) iter.Seq[string] { return n.acronyms[a].all() }

// WithWord yields the keys that have w as one of their Words.
func (n *Names) WithWord(w string) iter.Seq[string] { return n.words[w].all() }

// CountWithWord is how many keys have w as one of their Words.
func (n *Names) CountWithWord(w string) int { return n.words[w].len() }

// Sorted returns every key and every word in ascending order, and the words
// by their length in runes, rebuilding them if the index changed since they
// were built. The slices and map belong to the index.
func (n *Names) Sorted() (keys, words []string, byLen map[int][]string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.dirty || n.sortedKeys == nil {
		n.sortedKeys = make([]string, 0, len(n.byKey))
		for k := range n.byKey {
			n.sortedKeys = append(n.sortedKeys, k)
		}
		sort.Strings(n.sortedKeys)
		n.sortedWords = make([]string, 0, len(n.words))
		n.wordsByLen = make(map[int][]string)
		for w := range n.words {
			n.sortedWords = append(n.sortedWords, w)
			l := len([]rune(w))
			n.wordsByLen[l] = append(n.wordsByLen[l], w)
		}
		sort.Strings(n.sortedWords)
		n.dirty = false
	}
	return n.sortedKeys, n.sortedWords, n.wordsByLen
}

// Words splits a folded name into words: letters, digits and "&".
func Words(key string) []string {
	return strings.FieldsFunc(key, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
	})
}

func nameKindOfTerm(p term) nameKind {
	switch p {
	case termName:
		return kindName
	case termAlternateName:
		return kindAlias
	}
	return 0
}

// acronymOf is the initials of a name of two or more words ("global telco ai
// alliance" → "gtaa"), or "".
func acronymOf(key string) string {
	ws := Words(key)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r := []rune(w)[0]
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (n *Names) added(x *Index, t Edge) {
	kind := nameKindOfTerm(x.term[t.P])
	text, ok := x.text(t.O)
	if kind == 0 || !ok {
		return
	}
	if kind == kindName {
		if old, ok := n.canon[t.S]; !ok || text < old {
			n.canon[t.S] = text
		}
	}
	key := schema.Fold(text)
	if key == "" {
		return
	}
	m := n.byKey[key]
	if m == nil {
		m = make(map[ID]nameKind)
		n.byKey[key] = m
		n.text[key] = text
		for _, w := range Words(key) {
			addTo(n.words, w, key)
		}
		if a := acronymOf(key); a != "" {
			addTo(n.acronyms, a, key)
		}
		n.markDirty()
	}
	if old, ok := m[t.S]; !ok || kind < old {
		m[t.S] = kind
	}
}

func (n *Names) removed(x *Index, t Edge) {
	kind := nameKindOfTerm(x.term[t.P])
	text, ok := x.text(t.O)
	if kind == 0 || !ok {
		return
	}
	if kind == kindName && n.canon[t.S] == text {
		delete(n.canon, t.S)
		if rest := x.scanName(t.S, t); rest != "" {
			n.canon[t.S] = rest
		}
	}
	key := schema.Fold(text)
	m := n.byKey[key]
	if m == nil {
		return
	}
	// The entity may carry the same folded key through its other name
	// predicate or another spelling; keep the entry if so.
	if other := x.nameKindsOf(t.S, key, t); other != 0 {
		m[t.S] = other
		return
	}
	delete(m, t.S)
	if len(m) == 0 {
		delete(n.byKey, key)
		delete(n.text, key)
		for _, w := range Words(key) {
			removeFrom(n.words, w, key)
		}
		if a := acronymOf(key); a != "" {
			removeFrom(n.acronyms, a, key)
		}
		n.markDirty()
	}
}

func (n *Names) markDirty() {
	n.mu.Lock()
	n.dirty = true
	n.mu.Unlock()
}

// nameKindsOf returns the best kind with which s still carries key, not
// counting the edge being removed.
func (x *Index) nameKindsOf(s ID, key string, except Edge) nameKind {
	var best nameKind
	for _, t := range x.out.of(s) {
		if t == except {
			continue
		}
		k := nameKindOfTerm(x.term[t.P])
		text, ok := x.text(t.O)
		if k == 0 || !ok || schema.Fold(text) != key {
			continue
		}
		if best == 0 || k < best {
			best = k
		}
	}
	return best
}
