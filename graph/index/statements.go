package index

import "slices"

// stmtIndex files statement nodes under the direct edge they state, so the
// sources of an edge are a map lookup, not a scan of every statement about
// its subject (a hub company has thousands). The key is the edge:
// rdf:subject, rdf:predicate and rdf:object of the statement, or tg:date in
// place of the object for a dated edge such as schema:foundingDate.
type stmtIndex struct {
	byEdge smallLists[Edge, ID]
	keys   smallLists[ID, Edge] // statement → the keys it is filed under
}

func newStmtIndex() *stmtIndex {
	return &stmtIndex{byEdge: newSmallLists[Edge, ID](), keys: newSmallLists[ID, Edge]()}
}

// isStmtPart reports whether an edge of predicate p shapes a statement's
// keys.
func (x *Index) isStmtPart(p ID) bool {
	switch x.term[p] {
	case termSubject, termPredicate, termObject, termFactDate:
		return true
	}
	return false
}

// refile recomputes the keys of statement st from its current edges.
func (x *Index) refile(st ID) {
	si := x.stmts
	old := slices.Clone(si.keys.get(st))
	defer func() {
		// An edge whose first statement came or whose last went joins or
		// leaves its lists.
		for _, k := range old {
			x.relist(k)
		}
		for _, k := range si.keys.get(st) {
			x.relist(k)
		}
	}()
	for _, k := range old {
		list := si.byEdge.get(k)
		if i := slices.Index(list, st); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		si.byEdge.put(k, list)
	}
	si.keys.put(st, nil)
	var s, p ID
	var hasS, hasP bool
	var objs []ID
	for _, t := range x.out.of(st) {
		switch x.term[t.P] {
		case termSubject:
			s, hasS = t.O, true
		case termPredicate:
			p, hasP = t.O, true
		case termObject, termFactDate:
			objs = append(objs, t.O)
		}
	}
	if !hasS || !hasP {
		return
	}
	for _, o := range objs {
		k := Edge{s, p, o}
		si.byEdge.add(k, st)
		si.keys.add(st, k)
	}
}

// statementsOf returns the statement nodes that state the direct edge t:
// rdf:subject t.S, rdf:predicate t.P, and rdf:object t.O (or, for a dated
// edge such as schema:foundingDate, tg:date t.O).
func (x *Index) statementsOf(t Edge) []ID {
	return x.stmts.byEdge.get(t)
}

// Stated reports whether at least one statement states the edge e: an edge
// no statement states (a bare triple from an RDF file) has no sources and is
// not a link.
func (x *Index) Stated(e Edge) bool { return x.stmts.byEdge.has(e) }
