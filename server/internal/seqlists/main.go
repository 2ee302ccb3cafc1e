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
// Usage: go run ./internal/seqlists FILE.go
package main

import (
	"bytes"
	"fmt"
	"os"
)

// rewrites are the calls replaced, each with its replacement.
var rewrites = []struct{ from, to string }{
	{"graphql.MarshalSliceConcurrently(", "marshalSlice("},
	{"deferred := graphql.NewDeferredGroup(ctx)\n", "deferred := deferredGroup(ctx, fields)\n"},
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
