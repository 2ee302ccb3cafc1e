package graph

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// nameKind says whether a name is an entity's canonical name or an alias.
type nameKind uint8

const (
	kindName nameKind = iota + 1
	kindAlias
)

// nameIndex is the search index over schema:name and schema:alternateName,
// kept in step with the quad index: folded names (schema.Fold) to the
// entities that carry them, each name's words to the names that contain
// them, and names' acronyms. Sorted views for prefix search are rebuilt
// lazily after a change. A name stated by several sources is one entry.
type nameIndex struct {
	byKey    map[string]map[nodeID]nameKind
	text     map[string]string              // key → one original spelling
	words    map[string]map[string]struct{} // word → keys containing it
	acronyms map[string]map[string]struct{} // acronym → keys
	canon    map[nodeID]string              // entity → its canonical name (the least stated)

	mu          sync.Mutex // guards the lazy views below; readers share the index
	dirty       bool
	sortedKeys  []string
	sortedWords []string
	wordsByLen  map[int][]string
}

func newNameIndex() *nameIndex {
	return &nameIndex{
		byKey:    make(map[string]map[nodeID]nameKind),
		text:     make(map[string]string),
		words:    make(map[string]map[string]struct{}),
		acronyms: make(map[string]map[string]struct{}),
		canon:    make(map[nodeID]string),
	}
}

func nameKindOf(p quad.Value) nameKind {
	switch p {
	case schema.Name:
		return kindName
	case schema.AlternateName:
		return kindAlias
	}
	return 0
}

func literalText(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.LangString:
		return string(v.Value), true
	case quad.TypedString:
		return string(v.Value), true
	}
	return "", false
}

// words splits a folded name into words: letters, digits and "&".
func wordsOf(key string) []string {
	return strings.FieldsFunc(key, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
	})
}

// acronymOf is the initials of a name of two or more words ("global telco ai
// alliance" → "gtaa"), or "".
func acronymOf(key string) string {
	ws := wordsOf(key)
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

func addTo(m map[string]map[string]struct{}, k, v string) {
	s := m[k]
	if s == nil {
		s = make(map[string]struct{})
		m[k] = s
	}
	s[v] = struct{}{}
}

func removeFrom(m map[string]map[string]struct{}, k, v string) {
	if s := m[k]; s != nil {
		delete(s, v)
		if len(s) == 0 {
			delete(m, k)
		}
	}
}

func (n *nameIndex) added(x *index, t triple) {
	kind := nameKindOf(x.vals[t.p])
	text, ok := literalText(x.vals[t.o])
	if kind == 0 || !ok {
		return
	}
	if kind == kindName {
		if old, ok := n.canon[t.s]; !ok || text < old {
			n.canon[t.s] = text
		}
	}
	key := schema.Fold(text)
	if key == "" {
		return
	}
	m := n.byKey[key]
	if m == nil {
		m = make(map[nodeID]nameKind)
		n.byKey[key] = m
		n.text[key] = text
		for _, w := range wordsOf(key) {
			addTo(n.words, w, key)
		}
		if a := acronymOf(key); a != "" {
			addTo(n.acronyms, a, key)
		}
		n.markDirty()
	}
	if old, ok := m[t.s]; !ok || kind < old {
		m[t.s] = kind
	}
}

func (n *nameIndex) removed(x *index, t triple) {
	kind := nameKindOf(x.vals[t.p])
	text, ok := literalText(x.vals[t.o])
	if kind == 0 || !ok {
		return
	}
	if kind == kindName && n.canon[t.s] == text {
		delete(n.canon, t.s)
		if rest := x.scanName(t.s, t); rest != "" {
			n.canon[t.s] = rest
		}
	}
	key := schema.Fold(text)
	m := n.byKey[key]
	if m == nil {
		return
	}
	// The entity may carry the same folded key through its other name
	// predicate or another spelling; keep the entry if so.
	if other := x.nameKindsOf(t.s, key, t); other != 0 {
		m[t.s] = other
		return
	}
	delete(m, t.s)
	if len(m) == 0 {
		delete(n.byKey, key)
		delete(n.text, key)
		for _, w := range wordsOf(key) {
			removeFrom(n.words, w, key)
		}
		if a := acronymOf(key); a != "" {
			removeFrom(n.acronyms, a, key)
		}
		n.markDirty()
	}
}

func (n *nameIndex) markDirty() {
	n.mu.Lock()
	n.dirty = true
	n.mu.Unlock()
}

// views returns the sorted keys, sorted words and words by length,
// rebuilding them if the index changed since they were built.
func (n *nameIndex) views() (keys, words []string, byLen map[int][]string) {
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

// nameKindsOf returns the best kind with which s still carries key, not
// counting the triple being removed.
func (x *index) nameKindsOf(s nodeID, key string, except triple) nameKind {
	var best nameKind
	for _, t := range x.out[s] {
		if t == except {
			continue
		}
		k := nameKindOf(x.vals[t.p])
		text, ok := literalText(x.vals[t.o])
		if k == 0 || !ok || schema.Fold(text) != key {
			continue
		}
		if best == 0 || k < best {
			best = k
		}
	}
	return best
}
