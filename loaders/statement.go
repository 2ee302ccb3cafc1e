package loaders

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// HashedStatementIRI is the IRI of a statement node whose identity is key,
// the things that make the statement what it is: a hash of key, so the same
// statement read twice (from a reloaded article, or a re-imported RDF
// graph) lands on the same node.
func HashedStatementIRI(key string) quad.IRI {
	sum := sha256.Sum256([]byte(key))
	return schema.StatementIRI(hex.EncodeToString(sum[:10]))
}
