// Package generated is gqlgen's output for the SDL in schema/*.graphqls:
// the executable schema and the models gqlgen made for types that schema
// does not define. It is written by `go generate ./...` (server/generate.go)
// and never edited by hand; this file is the only hand-written one.
package generated
