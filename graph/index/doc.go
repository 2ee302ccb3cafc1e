// Package index is the serving index: every quad of the durable store held in
// memory, so that a read is map lookups, not a query to Cayley. Values are
// interned as IDs; edges are kept by subject and by object; statement nodes
// are filed under the edge they state, so an edge's sources are one lookup;
// and names and aliases are indexed for search.
//
// Its write path is Diff then Apply: the delta that makes a list of quads the
// whole content of one source, applied as a unit. Add builds an index from a
// store's quads one at a time; a build that reads each value once (a bolt
// file's log) interns it once (Intern) and adds quads by id (AddEdge), and
// Compact drops the slack that appending left in its lists. Its reads come in two kinds: typed reads that
// assemble schema values (Entity, Link, Statement, Article) and the
// navigation the queries in graph/query walk (Lookup, Out, In, Subjects,
// Stated, Names).
//
// An Index is not safe for concurrent use. graph.Store guards it with a
// read-write lock: Apply under the write lock, so readers see all of a delta
// or none of it; every read under the read lock. Slices and maps a read
// returns belong to the index and are valid until the next write.
package index
