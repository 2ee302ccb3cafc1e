package schema

import "github.com/cayleygraph/quad"

// LiteralText is the lexical form of a string literal (plain, language-tagged
// or typed), and false for an IRI, a blank node or a native value.
func LiteralText(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.LangString:
		return string(v.Value), true
	case quad.TypedString:
		return string(v.Value), true
	}
	return "", false
}
