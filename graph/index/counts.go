package index

import (
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// StatedCount is what one tg:StatedCount node says: that its source counts
// Value of something (Relation: memberCount, the members of an alliance)
// about the subject, as of Date when the source gives one. A stated count is
// not an edge: it says how many, not who.
type StatedCount struct {
	Relation schema.Relation
	Value    int
	Date     schema.Date
	Source   schema.Citation
}

// StatedCounts reads the stated counts whose rdf:subject is id, in no
// particular order. A node without a whole-number tg:count is skipped.
func (x *Index) StatedCounts(id ID) []StatedCount {
	rs, ok1 := x.Lookup(schema.RDFSubject)
	typ, ok2 := x.Lookup(schema.RDFType)
	class, ok3 := x.Lookup(schema.ClassStatedCount)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	var out []StatedCount
	for _, st := range x.Subjects(rs, id) {
		if _, typed := x.tri[Edge{st, typ, class}]; !typed {
			continue
		}
		if q := x.qualifiers(st); q.hasCount {
			out = append(out, StatedCount{Relation: q.rel, Value: q.count, Date: q.date, Source: q.source})
		}
	}
	return out
}

// wholeNumber reads a count: a native integer, as the loaders write it and
// Cayley's stores return it, or a literal of its digits (xsd:integer from an
// RDF file).
func wholeNumber(v quad.Value) (int, bool) {
	switch v := v.(type) {
	case quad.Int:
		return int(v), true
	case quad.String, quad.TypedString:
		text, _ := schema.LiteralText(v)
		n, err := strconv.Atoi(text)
		return n, err == nil
	}
	return 0, false
}
