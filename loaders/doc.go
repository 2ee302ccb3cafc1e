// Package loaders turns inputs into facts and quads: article-facts YAML and the
// entity register (this file's neighbours) and RDF; raw article text is read
// by its subpackage extract, which fills the same FactsFile. It is
// pure: it touches no store and no network, so every function here can be
// tested on bytes alone.
//
// Article facts are validated as a whole: every problem in a file is reported
// as "file:line: message", and a file with any problem yields no facts.
package loaders
