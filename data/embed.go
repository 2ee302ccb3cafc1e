// Package data embeds telcograph's bundled knowledge base, so that the binary
// serves a working graph from an empty store wherever it runs: the curated
// article facts (articles.yaml) and the entity register (aliases.yaml).
package data

import "embed"

// FS holds the bundled files.
//
//go:embed articles.yaml aliases.yaml
var FS embed.FS

// Names of the bundled files in FS.
const (
	Articles = "articles.yaml"
	Register = "aliases.yaml"
)
