// Package loaders holds what the readers of inputs share: Problem and
// Problems, the error every reader returns for bad input ("file:line:
// message", matching schema.ErrInvalid), and Collector, which gathers them.
// The readers themselves live in its subpackages, one job each:
//
//   - facts: the article-facts format (YAML) and the entity register: read,
//     write, and turn facts into quads;
//   - rdf: RDF in and out (N-Quads, JSON-LD) and the property-graph exports
//     (GraphML, CSV);
//   - extract: raw article text to article facts, and its scoring against
//     gold files;
//   - synth: synthetic graphs of a chosen size for benchmarks.
//
// All of them are pure: they touch no store and no network, so each can be
// tested on bytes alone. Writing what they read into a store is
// graph/ingest's job.
package loaders
