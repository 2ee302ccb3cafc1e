// Package facts is the article-facts format (docs/design.md §4), the one
// interchange format for curated facts, the extractor's output and gold
// files: Read validates a file against an entity register (ReadRegister) and
// reports every problem as "file:line: message"; Write prints one back; Quads
// turns one article's facts into the quads that state them, each with its
// statement node and the article as the quads' label.
//
// It is pure: it reads bytes and returns values; writing quads into a store
// is graph/ingest's job.
package facts
