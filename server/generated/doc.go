// Package generated is gqlgen's output for the SDL in schema/*.graphqls:
// the executable schema and the models gqlgen made for types that schema
// does not define. It is written by `go generate ./...` (server/generate.go)
// and never edited by hand. Two files are hand-written: this one, and
// sequential.go, the list marshaller and @defer group that
// server/internal/seqlists puts in place of gqlgen's after gqlgen runs.
package generated
