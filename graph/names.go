package graph

import (
	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// nameKind says whether a name is an entity's canonical name or an alias.
type nameKind uint8

const (
	kindName nameKind = iota + 1
	kindAlias
)

// nameIndex maps folded names (schema.Fold) to the entities that carry them.
// A name stated by several sources is one entry: triples are unique in the
// index, whatever their labels.
type nameIndex struct {
	byKey map[string]map[nodeID]nameKind
	// text keeps one original spelling of each key, for match reasons.
	text map[string]string
	// sorted is the keys in order, rebuilt lazily for prefix search.
	sorted []string
	dirty  bool
}

func newNameIndex() *nameIndex {
	return &nameIndex{byKey: make(map[string]map[nodeID]nameKind), text: make(map[string]string)}
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

func (n *nameIndex) added(x *index, t triple) {
	kind := nameKindOf(x.vals[t.p])
	text, ok := literalText(x.vals[t.o])
	if kind == 0 || !ok {
		return
	}
	key := schema.Fold(text)
	m := n.byKey[key]
	if m == nil {
		m = make(map[nodeID]nameKind)
		n.byKey[key] = m
		n.text[key] = text
		n.dirty = true
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
		n.dirty = true
	}
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
