package schema

import "errors"

// Sentinel errors. Callers test for them with errors.Is; the server maps each to
// a GraphQL extensions.code in one presenter.
var (
	// ErrNotFound is returned by graph reads when a slug, URL or id names nothing.
	ErrNotFound = errors.New("not found")
	// ErrInvalid is returned by loaders and validation for input that breaks the
	// model (unknown relation, bad date, missing argument), and by graph and
	// server for malformed arguments.
	ErrInvalid = errors.New("invalid input")
	// ErrLimit is returned when a request exceeds a configured limit (page
	// size, path search budget, query cost).
	ErrLimit = errors.New("limit exceeded")
	// ErrUnavailable is returned by graph writes when the durable store cannot
	// be reached or is held by another process.
	ErrUnavailable = errors.New("store unavailable")
)
