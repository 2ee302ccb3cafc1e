package facts

import (
	"slices"

	"gopkg.in/yaml.v3"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// The annotation keys the article-facts format reserves for notes to
// readers and evaluators: they are accepted and ignored. Any other key that
// a mapping does not know is an error, so that a misspelt key ("sinse") is
// never silently dropped.
var (
	reservedTopKeys      = []string{"schema", "summary"}
	reservedArticleKeys  = []string{"ambiguous", "date_note", "hard_negatives", "note", "out_of_schema", "source_note", "text_complete", "text_origin"}
	reservedFactKeys     = []string{"alt_evidence", "date_text", "needs", "note", "why"}
	reservedRegisterKeys = []string{"note"}
)

// The keys each mapping of the format knows.
var (
	topKeys        = []string{"articles", "entities", "identifiers"}
	registerTop    = []string{"entities"}
	articleKeys    = []string{"id", "file", "source", "url", "title", "publisher", "date", "facts", "hard_negatives", "ambiguous"}
	factKeys       = []string{"id", "rel", "modality", "confidence", "extractor", "rule", "evidence", "evidence_kind"}
	mentionKeys    = []string{"id", "text"}
	entityKeys     = []string{"name", "type", "surface_forms", "aliases", "identifiers", "cue"}
	identifierKeys = []string{"scheme", "value", "source"}
)

// ReservedKeys lists the annotation keys the format reserves, by where they
// may stand ("top", "article", "fact", "entity"), for documentation and
// tests.
func ReservedKeys() map[string][]string {
	return map[string][]string{
		"top": slices.Clone(reservedTopKeys), "article": slices.Clone(reservedArticleKeys),
		"fact": slices.Clone(reservedFactKeys), "entity": slices.Clone(reservedRegisterKeys),
	}
}

// checkKeys reports every key of mapping n that is neither known nor
// reserved, with the nearest accepted key as a suggestion.
func checkKeys(p *loaders.Collector, n *yaml.Node, where string, known, reserved []string) {
	for _, kv := range pairs(n) {
		k := kv[0].Value
		if slices.Contains(known, k) || slices.Contains(reserved, k) {
			continue
		}
		all := append(slices.Clone(known), reserved...)
		if s := schema.Closest(k, all); s != "" {
			p.Add(kv[0].Line, "%sunknown key %q (did you mean %q?)", where, k, s)
		} else {
			p.Add(kv[0].Line, "%sunknown key %q (accepted here: %s)", where, k, joinKeys(all))
		}
	}
}

func joinKeys(ks []string) string {
	out := ""
	for i, k := range ks {
		if i > 0 {
			out += ", "
		}
		out += k
	}
	return out
}
