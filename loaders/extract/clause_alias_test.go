package extract_test

import "testing"

// TestAliasParenSubject: a name's alias defined in parentheses between
// the name and its verb leaves the name the verb's subject; near miss: a
// negated verb after the alias.
func TestAliasParenSubject(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"quoted alias, adverb", "Acme Telecom Plc (\"Acme\") today announced a strategic agreement with Cobalt Mobile to bring AI tools to Europe.", []string{ab}},
		{"bare alias", "Acme Telecom Plc (Acme) has signed a deal with Cobalt Mobile.", []string{ab}},
		{"near miss: a negated verb after the alias", "Acme Telecom Plc (\"Acme\") has not signed a deal with Cobalt Mobile.", nil},
	})
}
