package schema

import (
	"errors"
	"fmt"
)

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

// UserError is an error whose message is written for the people using
// telcograph: a sentence naming what was wrong and, where it helps, what to
// do instead, free of Go's wrapping ("no entity with slug \"nope\"", not
// "graph: entity \"nope\": not found"). The GraphQL API shows Msg as it is;
// Kind, one of the sentinels above, decides the error's code; Err, when
// set, is the error it explains, kept for the logs.
type UserError struct {
	Msg  string
	Kind error
	Err  error
}

// Userf returns a UserError of kind that explains cause (which may be nil).
func Userf(kind, cause error, format string, args ...any) *UserError {
	return &UserError{Msg: fmt.Sprintf(format, args...), Kind: kind, Err: cause}
}

// Error is Msg, followed by the explained error for the logs.
func (e *UserError) Error() string {
	if e.Err == nil {
		return e.Msg
	}
	return e.Msg + " (" + e.Err.Error() + ")"
}

// Unwrap makes a UserError match its Kind and its cause.
func (e *UserError) Unwrap() []error { return []error{e.Kind, e.Err} }
