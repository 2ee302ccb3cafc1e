// Package schema is telcograph's knowledge model: the vocabulary (the only place
// a predicate or class IRI is spelled), the domain types that the graph returns
// (Company, Alliance, Person, Article, Fact, Membership, ...), dates that keep
// their precision, validation, and the sentinel errors shared by every package.
//
// The GraphQL SDL that the server exposes lives beside it in schema/*.graphqls.
package schema
