package generated

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestSlabObjectsStayApart takes more objects and values than a chunk holds
// and writes every value: no object's values may show another's, and each
// object writes its own fields as graphql.FieldSet would.
func TestSlabObjectsStayApart(t *testing.T) {
	var s objectSlab
	fields := func(n int) []graphql.CollectedField {
		fs := make([]graphql.CollectedField, n)
		for i := range fs {
			fs[i].Field = &ast.Field{Alias: fmt.Sprintf("f%d", i), Name: fmt.Sprintf("f%d", i)}
		}
		return fs
	}
	type obj struct {
		fields []graphql.CollectedField
		out    *graphql.FieldSet
	}
	var objs []obj
	for i := range 3 * setsChunk {
		fs := fields(1 + i%(valuesChunk/4+3)) // some past the chunked size
		out := s.fieldSet(fs)
		if len(out.Values) != len(fs) || cap(out.Values) != len(fs) {
			t.Fatalf("object %d: %d values, cap %d, for %d fields", i, len(out.Values), cap(out.Values), len(fs))
		}
		for j := range out.Values {
			if out.Values[j] != nil {
				t.Fatalf("object %d: value %d not zero", i, j)
			}
			out.Values[j] = graphql.MarshalInt(i*1000 + j)
		}
		objs = append(objs, obj{fs, out})
	}
	for i, o := range objs {
		var got, want bytes.Buffer
		s.object(o.out, o.fields, 0).MarshalGQL(&got)
		fs := graphql.NewFieldSet(o.fields)
		copy(fs.Values, o.out.Values)
		fs.MarshalGQL(&want)
		if got.String() != want.String() {
			t.Fatalf("object %d wrote %s, want %s", i, got.String(), want.String())
		}
	}
}

// TestSlabCollectsOncePerSelection: the same selection set and type list
// give the cached fields; another selection set, or another type list over
// the same set, is collected anew.
func TestSlabCollectsOncePerSelection(t *testing.T) {
	oc := &graphql.OperationContext{Variables: map[string]any{}}
	sel := ast.SelectionSet{&ast.Field{Alias: "a", Name: "a"}, &ast.Field{Alias: "b", Name: "b"}}
	other := ast.SelectionSet{&ast.Field{Alias: "c", Name: "c"}}
	typeA, typeB := []string{"A"}, []string{"B"}
	var s objectSlab
	first := s.collectFields(oc, sel, typeA)
	if len(first) != 2 || first[0].Alias != "a" || first[1].Alias != "b" {
		t.Fatalf("collected %v", first)
	}
	if again := s.collectFields(oc, sel, typeA); &again[0] != &first[0] {
		t.Error("the same selection and type were collected again")
	}
	if b := s.collectFields(oc, sel, typeB); len(s.fields) != 2 || &b[0] == &first[0] {
		t.Errorf("another type list over the same selection: %d entries", len(s.fields))
	}
	if c := s.collectFields(oc, other, typeA); len(c) != 1 || c[0].Alias != "c" {
		t.Errorf("another selection collected %v", c)
	}
	if sub := s.collectFields(oc, sel[:1], typeA); len(sub) != 1 {
		t.Errorf("a shorter selection over the same array collected %v", sub)
	}
}

// TestSlabDeferredAndOff: an object with a deferred field, and every object
// of an operation that began with inlineLeaves off, get gqlgen's FieldSet
// back as the object written.
func TestSlabDeferredAndOff(t *testing.T) {
	deferred := []graphql.CollectedField{{Field: &ast.Field{Alias: "x", Name: "x"}, Deferrables: []*graphql.Deferrable{{Label: "l"}}}}
	var s objectSlab
	out := s.fieldSet(deferred)
	if m := s.object(out, deferred, 0); m != graphql.Marshaler(out) {
		t.Error("an object with a deferred field was written from the slab")
	}
	was := SetInlineLeaves(false)
	defer SetInlineLeaves(was)
	var off objectSlab
	plain := []graphql.CollectedField{{Field: &ast.Field{Alias: "y", Name: "y"}}}
	out = off.fieldSet(plain)
	SetInlineLeaves(true) // turned on mid-operation: the operation keeps its mode
	if m := off.object(out, plain, 0); m != graphql.Marshaler(out) {
		t.Error("an operation begun with inlineLeaves off wrote an object from the slab")
	}
}

// TestSlabConcurrentRootFields: root fields resolve on goroutines of their
// own and share the operation's slab (run with -race).
func TestSlabConcurrentRootFields(t *testing.T) {
	var s objectSlab
	oc := &graphql.OperationContext{Variables: map[string]any{}}
	sel := ast.SelectionSet{&ast.Field{Alias: "a", Name: "a"}}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 200 {
				fs := s.collectFields(oc, sel, []string{"T"})
				out := s.fieldSet(fs)
				out.Values[0] = graphql.MarshalInt(g*1000 + i)
				var b bytes.Buffer
				s.object(out, fs, 0).MarshalGQL(&b)
				if want := fmt.Sprintf(`{"a":%d}`, g*1000+i); b.String() != want {
					t.Errorf("wrote %s, want %s", b.String(), want)
					return
				}
			}
		})
	}
	wg.Wait()
}
