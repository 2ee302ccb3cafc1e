// Command seqlists rewrites gqlgen's generated executor so that the elements
// of a list are marshalled one after another on the request's goroutine
// instead of one goroutine each.
//
// gqlgen 0.17 marshals every list of objects with
// graphql.MarshalSliceConcurrently, which starts a goroutine per element
// (gqlgen issues #3202 and #4321 ask for a way out; the @concurrent
// directive of #3203 is gone again since #4019). That pays off when an
// element's fields wait on a network; here every read is answered from the
// in-memory serving index, so the goroutines only cost: a members page of 50
// edges with their sources started more than 100 of them, each growing its
// stack through gqlgen's recursion, and the garbage they left doubled the
// time of a request at concurrency 1 (docs/design.md §8, BENCHMARKS.md).
//
// It runs from server/generate.go after gqlgen and replaces each call with
// marshalSlice (server/generated/sequential.go), which keeps the call's
// contract: each element gets a FieldContext with its Index, and a panic in
// one element is recovered into an error and a null in its place.
//
// It also replaces graphql.NewDeferredGroup(ctx), which every object's
// marshaller calls to be ready for @defer, with deferredGroup(ctx, fields):
// the same group when one of the object's fields is deferred, otherwise
// one that holds only the context (no path, field set or map are made:
// the generated code touches them only for deferred fields). The group's
// path alone was the largest allocation of a members page.
//
// A field with a resolver of an object (an alliance's id, type or members)
// is resolved in place, in field order (resolveNow), instead of being
// scheduled on the field set: FieldSet.Dispatch started a goroutine for
// every such field after the first, per object. A deferred field is still
// scheduled as gqlgen does.
//
// A query's answer is written into a buffer sized from the last answer to
// the same query text (responseBuffer), not one grown by doubling from
// empty: that growth was the largest allocation of a members page.
//
// An object's marshaller returns ec.slab.object(out, fields, n) instead of
// its graphql.FieldSet: the same JSON object, written without the map of
// written aliases and the copy of each collected field that
// FieldSet.MarshalGQL allocates per object (about a fifth of what a
// members page allocated); an object with a deferred field keeps the
// FieldSet. The executionContext gets an objectSlab (generated/slab.go):
// per operation, an object's collected fields (graphql.CollectFields built
// a hashed cache key per call), its field set and values and the object
// written back come from chunks shared by the operation's objects instead
// of four allocations each.
//
// Last, a field that only reads a struct field of its object and marshals
// it as a scalar or enum (the slug, name, url, since of every edge: most of
// what a page writes) is marshalled in place, without graphql.ResolveField's
// field context, context value, closures, panic guard and middleware call:
// none of them can matter for such a field while no field middleware is
// registered. The generated ResolveField call stays behind a switch:
// registering field middleware (server.newGraphQL for a field interceptor,
// the tests' AroundFields hooks) calls generated.KeepFieldMiddleware, and
// every field goes through ResolveField again. A field whose value could be
// null where the schema says it cannot (a pointer or a list) always keeps
// ResolveField, which reports that error with the field's path. A string
// field is written from its place in the object (quotedString) instead of
// a closure graphql.MarshalString allocates per value.
//
// Usage: go run ./internal/seqlists FILE.go
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// rewrites are the calls replaced, each with its replacement.
var rewrites = []struct{ from, to string }{
	{"graphql.MarshalSliceConcurrently(", "marshalSlice("},
	{"\t\t\tout.ResolveConcurrently(ec.OperationContext, &deferred, i,\n", "\t\t\tresolveNow(ctx, ec.OperationContext, out, &deferred, i, field,\n"},
	{"deferred := graphql.NewDeferredGroup(ctx)\n", "deferred := deferredGroup(ctx, fields)\n"},
	{"\t\t\tvar buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)\n\t\t\tresponse.Data = buf.Bytes()\n", "\t\t\tbuf := responseBuffer(opCtx)\n\t\t\tdata.MarshalGQL(buf)\n\t\t\tresponse.Data = sizedResponse(opCtx, buf)\n"},
	{"\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn out\n}\n", "\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n\treturn ec.slab.object(out, fields, len(deferred.Defers))\n}\n"},
	{"type executionContext struct {\n\t*graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]\n}\n", "type executionContext struct {\n\t*graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]\n\tslab objectSlab // see server/internal/seqlists\n}\n"},
	{"graphql.CollectFields(ec.OperationContext, sel, ", "ec.slab.collectFields(ec.OperationContext, sel, "},
	{"\tout := graphql.NewFieldSet(fields)\n", "\tout := ec.slab.fieldSet(fields)\n"},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: seqlists FILE.go")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "seqlists:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	src, n := inlinePlainLeaves(src)
	if n == 0 {
		return fmt.Errorf("%s: no plain leaf field to marshal in place: gqlgen changed the code it writes", path)
	}
	for _, r := range rewrites {
		if !bytes.Contains(src, []byte(r.from)) && !bytes.Contains(src, []byte(r.to)) {
			// gqlgen changed the code it writes: look again rather than
			// silently keep what the rewrite was for.
			return fmt.Errorf("%s: no %q to rewrite and none rewritten", path, r.from)
		}
		src = bytes.ReplaceAll(src, []byte(r.from), []byte(r.to))
	}
	return os.WriteFile(path, src, 0o644)
}

// plainField matches a generated field marshaller whose resolver returns a
// struct field of obj and whose result goes to one marshal function.
var plainField = regexp.MustCompile(`func \(ec \*executionContext\) (_\w+)\(ctx context\.Context, field graphql\.CollectedField, obj ([^)]+)\) \(ret graphql\.Marshaler\) \{\n` +
	`\treturn graphql\.ResolveField\(\n\t\tctx,\n\t\tec\.OperationContext,\n\t\tfield,\n` +
	`\t\tfunc\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{\n\t\t\treturn ec\.fieldContext\w+\(ctx, field\)\n\t\t\},\n` +
	`\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn obj\.(\w+), nil\n\t\t\},\n` +
	`\t\tnil,\n` +
	`\t\tfunc\(ctx context\.Context, selections ast\.SelectionSet, v ([^)]+)\) graphql\.Marshaler \{\n\t\t\treturn ec\.(marshal([NO])[^(\s]+)\(ctx, selections, v\)\n\t\t\},\n` +
	`\t\t(?:true|false),\n\t\t(?:true|false),\n\t\)\n\}\n`)

// marshalFunc matches a generated marshal function, body included.
var marshalFunc = regexp.MustCompile(`(?ms)^func \(ec \*executionContext\) (marshal[^(\s]+)\(.*?\n\}\n`)

// inlinePlainLeaves rewrites the plain leaf fields of src (see the package
// doc) and reports how many it rewrote.
func inlinePlainLeaves(src []byte) ([]byte, int) {
	bodies := map[string]string{}
	for _, m := range marshalFunc.FindAllSubmatch(src, -1) {
		bodies[string(m[1])] = string(m[0])
	}
	n := 0
	out := plainField.ReplaceAllFunc(src, func(fn []byte) []byte {
		m := plainField.FindSubmatch(fn)
		name, obj, field, vType, marshal, nullable := m[1], m[2], m[3], string(m[4]), string(m[5]), string(m[6]) == "O"
		body, ok := bodies[marshal]
		leaf := ok && !strings.Contains(body, "ec._") && !strings.Contains(body, "marshalSlice(") && !strings.Contains(body, "MarshalSliceConcurrently(")
		mayBeNull := strings.HasPrefix(vType, "*") || strings.HasPrefix(vType, "[]") || strings.HasPrefix(vType, "map[")
		if !leaf || (!nullable && mayBeNull) {
			return fn
		}
		n++
		inline := fmt.Sprintf("ec.%s(ctx, field.Selections, obj.%s)", marshal, field)
		if strings.HasPrefix(string(obj), "*") {
			// a string is written from where it is, not boxed by
			// graphql.MarshalString (quotedString, sequential.go)
			switch marshal {
			case "marshalNString2string":
				inline = fmt.Sprintf("(*quotedString)(&obj.%s)", field)
			case "marshalOString2ᚖstring":
				inline = fmt.Sprintf("optString(obj.%s)", field)
			}
		}
		head := fmt.Appendf(nil, "func (ec *executionContext) %s(ctx context.Context, field graphql.CollectedField, obj %s) (ret graphql.Marshaler) {\n"+
			"\tif inlineLeaves.Load() { // a plain leaf: see server/internal/seqlists\n"+
			"\t\treturn %s\n\t}\n", name, obj, inline)
		// the original body after its first line
		return append(head, fn[bytes.IndexByte(fn, '\n')+1:]...)
	})
	return out, n
}
