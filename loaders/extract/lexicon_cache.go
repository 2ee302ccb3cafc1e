package extract

// The lexicon cache: building a lexicon (every register form and every
// derived short form, acronym and country name tokenised and indexed) cost
// about as much as reading a short article, and every article of a run uses
// the same register. So the lexicon derived from a register is built once
// per register state (pointer and generation) and each article gets a
// clone: the maps are copied, the entry lists and entries are shared until
// the article defines an alias (define, addEntry), which copies the one
// list it changes first. The cached lexicon is never changed after it is
// built, so clones may be taken concurrently.

import (
	"maps"
	"slices"
	"sync"

	"github.com/telcograph/telcograph/schema"
)

// lexCacheSize is how many registers keep their lexicon: a run uses one,
// the tests a few; the cache holds them strongly, so it stays small.
const lexCacheSize = 4

type lexCacheEntry struct {
	reg *schema.Register // nil for no register
	gen uint64
	lx  *lexicon
}

var lexCache struct {
	sync.Mutex
	recent []lexCacheEntry // most recently used first
}

// lexiconFor returns a lexicon of reg's entities (reg may be nil) for one
// article to use and change.
func lexiconFor(reg *schema.Register) *lexicon {
	var gen uint64
	if reg != nil {
		gen = reg.Generation()
	}
	lexCache.Lock()
	for i, c := range lexCache.recent {
		if c.reg == reg && c.gen == gen {
			copy(lexCache.recent[1:i+1], lexCache.recent[:i])
			lexCache.recent[0] = c
			lexCache.Unlock()
			return c.lx.clone()
		}
	}
	lexCache.Unlock()
	base := newLexicon(reg)
	lexCache.Lock()
	for i, c := range lexCache.recent {
		if c.reg == reg {
			lexCache.recent = slices.Delete(lexCache.recent, i, i+1) // an older generation
			break
		}
	}
	lexCache.recent = slices.Insert(lexCache.recent, 0, lexCacheEntry{reg: reg, gen: gen, lx: base})
	if len(lexCache.recent) > lexCacheSize {
		lexCache.recent = lexCache.recent[:lexCacheSize]
	}
	lexCache.Unlock()
	return base.clone()
}

// clone returns a lexicon that reads like lx and whose changes leave lx as
// it is. Lazily built indexes (known, bySurname) are left to the clone,
// since the article's discovered names join ents before they are built.
func (lx *lexicon) clone() *lexicon {
	return &lexicon{
		first:      maps.Clone(lx.first),
		ents:       maps.Clone(lx.ents),
		demonym:    lx.demonym,    // read only after newLexicon
		lowerFirst: lx.lowerFirst, // read only after newLexicon
		owned:      map[string]bool{},
	}
}

// own gives the clone its own copy of the entry list under key k before
// the list or one of its entries changes. A lexicon that is no clone owns
// everything (owned is nil).
func (lx *lexicon) own(k string) {
	if lx.owned == nil || lx.owned[k] {
		return
	}
	lx.owned[k] = true
	list := lx.first[k]
	if list == nil {
		return
	}
	cp := make([]*lexEntry, len(list))
	for i, e := range list {
		c := *e
		c.slugs = slices.Clone(e.slugs)
		cp[i] = &c
	}
	lx.first[k] = cp
}
