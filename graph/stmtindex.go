package graph

import "slices"

// stmtIndex files statement nodes under the direct edge they state, so the
// sources of an edge are a map lookup, not a scan of every statement about
// its subject (a hub company has thousands). The key is the edge's triple:
// rdf:subject, rdf:predicate and rdf:object of the statement, or tg:date in
// place of the object for a dated edge such as schema:foundingDate.
type stmtIndex struct {
	byEdge map[triple][]nodeID
	keys   map[nodeID][]triple // statement → the keys it is filed under
}

func newStmtIndex() *stmtIndex {
	return &stmtIndex{byEdge: make(map[triple][]nodeID), keys: make(map[nodeID][]triple)}
}

// isStmtPart reports whether a triple of predicate p shapes a statement's
// keys.
func (x *index) isStmtPart(p nodeID) bool {
	switch x.term[p] {
	case termSubject, termPredicate, termObject, termFactDate:
		return true
	}
	return false
}

// refile recomputes the keys of statement st from its current triples.
func (x *index) refile(st nodeID) {
	si := x.stmts
	for _, k := range si.keys[st] {
		list := si.byEdge[k]
		if i := slices.Index(list, st); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		if len(list) == 0 {
			delete(si.byEdge, k)
		} else {
			si.byEdge[k] = list
		}
	}
	delete(si.keys, st)
	var s, p nodeID
	var hasS, hasP bool
	var objs []nodeID
	for _, t := range x.out[st] {
		switch x.term[t.p] {
		case termSubject:
			s, hasS = t.o, true
		case termPredicate:
			p, hasP = t.o, true
		case termObject, termFactDate:
			objs = append(objs, t.o)
		}
	}
	if !hasS || !hasP {
		return
	}
	for _, o := range objs {
		k := triple{s, p, o}
		si.byEdge[k] = append(si.byEdge[k], st)
		si.keys[st] = append(si.keys[st], k)
	}
}
