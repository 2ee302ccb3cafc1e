// Package graph is the knowledge graph over Cayley: it opens a durable store
// by URL (memory://, bolt://PATH, postgres://...), replaces one source's
// quads atomically, keeps the serving index in step with the store (and,
// over PostgreSQL, with other instances' writes), and answers reads from the
// index. It is the only package that imports cayleygraph/cayley.
//
// One job per folder:
//   - graph (this package): the durable store and the Store that ties it to
//     the index: opening a store (store.go), writing sources (write.go),
//     reading under the read lock (reads.go), building the index from a
//     bolt file's log in one pass (boltscan.go), and PostgreSQL
//     (postgres.go, postgres_write.go, refresh.go).
//   - graph/index: the serving index, every quad in memory, with its write
//     path and typed reads.
//   - graph/query: the queries answered from the index: lookups, paging of
//     every list, paths, neighbourhoods, counts, statistics and name search.
//   - graph/text: the inverted index of the articles' words (headlines,
//     texts, evidence), updated with the serving index for the sources a
//     write changed (articles.go), and the article search over both.
//
// A read goes server → Store (one read lock, counted by Reads) → a function
// of graph/query → the index's reads → schema values. A write goes Store →
// the durable store, one source per transaction → index.Diff and
// index.Apply under the write lock.
//
// Why a purpose-built index: docs/design.md §3 measured Cayley's bolt backend at
// 141 µs and its memstore at 30 µs for a one-hop read, and a memstore takes
// about 1.2 GiB for 10^6 quads. Reads here are map lookups over interned
// node ids; Cayley stays the store of record, written first, one source per
// transaction, and the index is built from it on open.
package graph
