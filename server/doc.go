// Package server is telcograph's HTTP boundary: the GraphQL endpoint (gqlgen's
// executor, generated under server/generated, with hand-written resolvers that
// delegate to graph), the error presenter that maps schema's sentinel errors
// to extensions.code, and health checks.
//
// Errors are mapped in one place (errors.go): schema.ErrNotFound is NOT_FOUND,
// schema.ErrInvalid is BAD_USER_INPUT, schema.ErrLimit is LIMIT_EXCEEDED,
// schema.ErrUnavailable is UNAVAILABLE; anything else is logged with its path
// and answered as INTERNAL without details. The message a client reads is a
// sentence written for it, a schema.UserError's (messages.go): resolvers
// explain the graph's errors where they know the arguments, so that no Go
// wrapping ("graph: entity ...: not found") reaches a client.
//
// Every request has an id (X-Request-Id) and a client address, behind
// trusted proxies the forwarded one (client.go); the audit trail (audit.go)
// logs every mutation and every refused request once under that id.
package server
