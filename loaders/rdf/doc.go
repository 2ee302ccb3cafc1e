// Package rdf is RDF in and out. In: N-Quads and JSON-LD (Read, ReadNQuads,
// ReadJSONLD), grouped by source (the quads' label), with blank nodes
// skolemised and a statement node derived for every plain edge so that the
// API shows it (import.go). Out: N-Quads and JSON-LD (Export), and the
// property-graph exports for tools that do not speak RDF, GraphML and CSV
// (propgraph.go).
//
// It is pure: it reads and writes bytes; loading what it reads into a store
// is graph/ingest's job.
package rdf
