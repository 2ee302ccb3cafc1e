package index

import (
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Delta is what turns a source's quads into new ones: the quads it loses and
// those it gains, in the order Apply applies them.
type Delta struct {
	Remove, Add []quad.Quad
}

// Diff returns the delta that makes quads the whole content of source: the
// quads the source has and quads lacks are removed, those quads adds are
// added (once each, however often quads names them), the rest are left
// alone. Every quad should carry source as its label; the caller checks.
func (x *Index) Diff(source quad.IRI, quads []quad.Quad) Delta {
	keys := make([]string, len(quads))
	want := make(map[string]bool, len(quads))
	for i, q := range quads {
		keys[i] = q.NQuad()
		want[keys[i]] = true
	}
	var d Delta
	for _, q := range x.SourceQuads(source) {
		k := q.NQuad()
		if want[k] {
			delete(want, k)
			continue
		}
		d.Remove = append(d.Remove, q)
	}
	for i, q := range quads {
		if want[keys[i]] {
			delete(want, keys[i])
			d.Add = append(d.Add, q)
		}
	}
	return d
}

// Apply removes d.Remove, then adds d.Add. Applying a Diff leaves the source
// holding exactly the quads it was diffed against; another source's copy of
// the same triple is left alone.
//
// An index that has doubled since it was last compacted (and holds at
// least compactAtLeast quads) is compacted again, so one opened empty and
// filled through writes (a server loaded over its API) also ends up in
// the layout the collector need not scan; the doubling keeps the cost a
// constant per quad written.
func (x *Index) Apply(d Delta) {
	for _, q := range d.Remove {
		x.remove(q)
	}
	for _, q := range d.Add {
		x.Add(q)
	}
	if x.quads >= compactAtLeast && x.quads >= 2*x.compacted {
		x.Compact()
	}
}

// compactAtLeast is the size below which writes never compact an index.
const compactAtLeast = 1 << 16

// SourceQuads returns the quads whose label is source.
func (x *Index) SourceQuads(source quad.IRI) []quad.Quad {
	l, ok := x.Lookup(source)
	if !ok {
		return nil
	}
	ts := x.src[l]
	out := make([]quad.Quad, len(ts))
	for i, t := range ts {
		out[i] = quad.Quad{Subject: x.Value(t.S), Predicate: x.Value(t.P), Object: x.Value(t.O), Label: source}
	}
	return out
}

// Quads returns every quad of the index, in no particular order, except
// those under the project's reserved labels (schema.ReservedNS: the review
// queue, history), which are no source's.
func (x *Index) Quads() []quad.Quad {
	out := make([]quad.Quad, 0, x.quads)
	for l, ts := range x.src {
		label := x.Value(l)
		if iri, ok := label.(quad.IRI); ok && strings.HasPrefix(string(iri), schema.ReservedNS) {
			continue
		}
		for _, t := range ts {
			out = append(out, quad.Quad{Subject: x.Value(t.S), Predicate: x.Value(t.P), Object: x.Value(t.O), Label: label})
		}
	}
	return out
}

// Labels returns the labels under prefix, sorted.
func (x *Index) Labels(prefix string) []quad.IRI {
	var out []quad.IRI
	for l := range x.src {
		if iri, ok := x.iri(l); ok && strings.HasPrefix(string(iri), prefix) {
			out = append(out, iri)
		}
	}
	slices.Sort(out)
	return out
}

// Stats are counts of an index.
type Stats struct {
	Quads, Triples, Nodes, Sources int
}

// Stats counts the index: quads, distinct triples, values in use, sources.
// Quads and Sources leave out the reserved labels (schema.ReservedNS: the
// review queue, the history), which are no source; Triples and Nodes count
// everything the index holds.
func (x *Index) Stats() Stats {
	st := Stats{Quads: x.quads, Triples: len(x.tri), Nodes: x.ids.n, Sources: len(x.src)}
	for l, ts := range x.src {
		if iri, ok := x.iri(l); ok && strings.HasPrefix(string(iri), schema.ReservedNS) {
			st.Quads -= len(ts)
			st.Sources--
		}
	}
	return st
}
