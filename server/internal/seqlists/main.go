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
// Usage: go run ./internal/seqlists FILE.go
package main

import (
	"bytes"
	"fmt"
	"os"
)

const (
	concurrent = "graphql.MarshalSliceConcurrently("
	sequential = "marshalSlice("
)

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
	n := bytes.Count(src, []byte(concurrent))
	if n == 0 && !bytes.Contains(src, []byte(sequential)) {
		// gqlgen changed how it marshals lists: look again rather than
		// silently keep a goroutine per element.
		return fmt.Errorf("%s: no %s call to rewrite and none rewritten", path, concurrent)
	}
	out := bytes.ReplaceAll(src, []byte(concurrent), []byte(sequential))
	return os.WriteFile(path, out, 0o644)
}
