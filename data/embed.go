// Package data embeds telcograph's bundled knowledge base, so that the binary
// serves a working graph from an empty store wherever it runs: the curated
// article facts of the development corpus (articles.yaml), the knowledge base
// grown from real news (kb/*.yaml) and the entity register (aliases.yaml).
package data

import (
	"embed"
	"io/fs"
)

// FS holds the bundled files.
//
//go:embed articles.yaml aliases.yaml kb
var FS embed.FS

// Names of the bundled files in FS.
const (
	Articles = "articles.yaml"
	Register = "aliases.yaml"
)

// FactsFiles lists the bundled article-facts files in load order:
// articles.yaml, then kb/*.yaml by name.
func FactsFiles() []string {
	kb, _ := fs.Glob(FS, "kb/*.yaml") // the pattern is valid; embed.FS reads cannot fail
	return append([]string{Articles}, kb...)
}
