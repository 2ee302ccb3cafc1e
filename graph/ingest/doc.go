// Package ingest is the one way into the graph: an input (an article-facts
// file, a raw article, an RDF file) is read into sources, each source is
// turned into quads, and the quads replace what the store had from that
// source, whole articles batched into transactions, with progress reported
// as it goes. `telcograph serve` (the bundled data), `telcograph load` and
// `export` (into an empty store), and the GraphQL mutations all write
// through it, and so will the watcher once it writes to a store.
//
// It is the one package besides cmd that imports both graph and the
// loaders: the loaders stay pure (bytes in, facts and quads out) and graph
// knows nothing of input formats.
package ingest
