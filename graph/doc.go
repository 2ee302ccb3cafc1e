// Package graph is the knowledge graph over Cayley: it opens a durable store by
// URL (memory://, bolt://PATH, postgres://...), replaces one source's quads
// atomically, keeps the in-memory serving index that every read uses (and, over
// PostgreSQL, in step with other instances' writes), and answers typed reads,
// traversals and name search with schema types. It is the only package that
// imports cayleygraph/cayley.
//
// Why a purpose-built index: DESIGN §3 measured Cayley's bolt backend at 141 µs
// and its memstore at 30 µs for a one-hop read, and a memstore takes about
// 1.2 GiB for 10^6 quads. Reads here are map lookups over interned node ids
// (see index.go); Cayley stays the store of record, written first, one source
// per transaction, and the index is built from it on open.
package graph
