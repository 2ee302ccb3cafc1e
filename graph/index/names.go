package index

import (
	"iter"
	"slices"
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
	keyIDs   map[string]uint32 // key → its number
	keys     []string          // number → key ("" when free)
	texts    []string          // number → one original spelling
	freeKeys []uint32
	byKey    smallLists[uint32, holder] // key number → the entities carrying it
	words    map[string]*keySet         // word → numbers of the keys containing it
	acronyms map[string]*keySet         // acronym → key numbers
	canon    map[ID]string              // entity → its canonical name (the least stated)

	mu          sync.Mutex // guards the lazy views below; readers share the index
	dirty       bool
	sortedKeys  []string
	sortedWords []string
	wordsByLen  map[int][]string
}

// holder is an entity carrying a key, as its name or only as an alias.
type holder struct {
	id   ID
	kind nameKind
}

func newNames() *Names {
	return &Names{
		keyIDs:   make(map[string]uint32),
		byKey:    newSmallLists[uint32, holder](),
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
		k, ok := n.keyIDs[key]
		if !ok {
			return
		}
		for _, h := range n.byKey.get(k) {
			if !yield(h.id, h.kind == kindAlias) {
				return
			}
		}
	}
}

// Text is one original spelling of key.
func (n *Names) Text(key string) string {
	if k, ok := n.keyIDs[key]; ok {
		return n.texts[k]
	}
	return ""
}

// WithAcronym yields the keys of two or more words whose initials are a.
func (n *Names) WithAcronym(a string) iter.Seq[string] { return n.keysOf(n.acronyms[a]) }

// WithWord yields the keys that have w as one of their Words.
func (n *Names) WithWord(w string) iter.Seq[string] { return n.keysOf(n.words[w]) }

// keysOf yields the keys numbered in s.
func (n *Names) keysOf(s *keySet) iter.Seq[string] {
	return func(yield func(string) bool) {
		for k := range s.all() {
			if !yield(n.keys[k]) {
				return
			}
		}
	}
}

// Covering yields once each key that holds, for every group, at least one
// of the group's words, with the sum over the groups of the least cost of
// such a word. It walks the keys of the group that names the fewest keys
// and checks the others against the word index by key number, so no key
// is split into words and nothing is allocated per key: at 10^7 quads a
// search's word matches walked thousands of keys, and splitting each was
// most of the search's time and garbage.
func (n *Names) Covering(groups []map[string]int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		if len(groups) == 0 {
			return
		}
		type costed struct {
			set  *keySet
			cost int
		}
		sets := make([][]costed, len(groups))
		rarest, size := 0, -1
		for i, g := range groups {
			total := 0
			for w, c := range g {
				if s := n.words[w]; s.len() > 0 {
					sets[i] = append(sets[i], costed{s, c})
					total += s.len()
				}
			}
			if total == 0 {
				return
			}
			if size < 0 || total < size {
				rarest, size = i, total
			}
		}
		var seen map[uint32]struct{}
		if len(sets[rarest]) > 1 {
			seen = make(map[uint32]struct{}, size)
		}
		for _, from := range sets[rarest] {
			for k := range from.set.all() {
				if seen != nil {
					if _, ok := seen[k]; ok {
						continue
					}
					seen[k] = struct{}{}
				}
				sum := 0
				for i, g := range sets {
					best := -1
					for _, c := range g {
						if (best < 0 || c.cost < best) && (i == rarest && c.set == from.set || c.set.has(k)) {
							best = c.cost
						}
					}
					if best < 0 {
						sum = -1
						break
					}
					sum += best
				}
				if sum >= 0 && !yield(n.keys[k], sum) {
					return
				}
			}
		}
	}
}

// WordCount is len(Words(key)), without building the words.
func WordCount(key string) int {
	count, in := 0, false
	for _, r := range key {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&'
		if w && !in {
			count++
		}
		in = w
	}
	return count
}

// CountWithWord is how many keys have w as one of their Words.
func (n *Names) CountWithWord(w string) int { return n.words[w].len() }

// Sorted returns every key and every word in ascending order, and the words
// by their length in runes, rebuilding them if the index changed since they
// were built. The slices and map belong to the index.
func (n *Names) Sorted() (keys, words []string, byLen map[int][]string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.dirty || n.sortedKeys == nil {
		n.sortedKeys = make([]string, 0, len(n.keyIDs))
		for k := range n.keyIDs {
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
	k, ok := n.keyIDs[key]
	if !ok {
		k = n.newKey(key, text)
		for _, w := range Words(key) {
			addTo(n.words, w, k)
		}
		if a := acronymOf(key); a != "" {
			addTo(n.acronyms, a, k)
		}
		n.markDirty()
	}
	hs := n.byKey.get(k)
	for i := range hs {
		if hs[i].id == t.S {
			if kind < hs[i].kind {
				hs[i].kind = kind // in place: get's slice is the lists' own
			}
			return
		}
	}
	n.byKey.add(k, holder{t.S, kind})
}

// newKey numbers key, whose original spelling is text.
func (n *Names) newKey(key, text string) uint32 {
	var k uint32
	if m := len(n.freeKeys); m > 0 {
		k = n.freeKeys[m-1]
		n.freeKeys = n.freeKeys[:m-1]
		n.keys[k], n.texts[k] = key, text
	} else {
		k = uint32(len(n.keys))
		n.keys = append(n.keys, key)
		n.texts = append(n.texts, text)
	}
	n.keyIDs[key] = k
	return k
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
	k, ok := n.keyIDs[key]
	if !ok {
		return
	}
	hs := n.byKey.get(k)
	i := slices.IndexFunc(hs, func(h holder) bool { return h.id == t.S })
	if i < 0 {
		return
	}
	// The entity may carry the same folded key through its other name
	// predicate or another spelling; keep the entry if so.
	if other := x.nameKindsOf(t.S, key, t); other != 0 {
		hs[i].kind = other
		return
	}
	n.byKey.put(k, slices.Delete(hs, i, i+1))
	if n.byKey.has(k) {
		return
	}
	delete(n.keyIDs, key)
	n.keys[k], n.texts[k] = "", ""
	n.freeKeys = append(n.freeKeys, k)
	for _, w := range Words(key) {
		removeFrom(n.words, w, k)
	}
	if a := acronymOf(key); a != "" {
		removeFrom(n.acronyms, a, k)
	}
	n.markDirty()
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
