package server

// gqlgen resolves the paths in its config against the working directory, so
// it runs from the module root: from server/ it would write server/server/.
// seqlists then makes lists marshal on the request's goroutine (see its doc).
//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
//go:generate go run ./internal/seqlists generated/generated.go
