// Package server is telcograph's HTTP boundary: the GraphQL endpoint (gqlgen's
// executor, generated under server/generated, with hand-written resolvers that
// delegate to graph), the error presenter that maps schema's sentinel errors
// to extensions.code, and health checks.
//
// Errors are mapped in one place (errors.go): schema.ErrNotFound is NOT_FOUND,
// schema.ErrInvalid is BAD_USER_INPUT, schema.ErrLimit is LIMIT_EXCEEDED,
// schema.ErrUnavailable is UNAVAILABLE; anything else is logged with its path
// and answered as INTERNAL without details.
package server
