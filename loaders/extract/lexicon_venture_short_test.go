package extract_test

import "testing"

// TestVentureFirmShortName covers "X Venture Partners" named by its first
// word alone with the full name never given (lexicon_firm_short.go,
// helper z25inv), and the names that stay unlinked.
func TestVentureFirmShortName(t *testing.T) {
	reg := mustRegister(t, "venture-firms.yaml", `entities:
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  quillmark-venture-partners: {name: Quillmark Venture Partners, type: company}
  ridgefield-venture-partners: {name: Ridgefield Venture Partners, type: company}
  national-venture-partners: {name: National Venture Partners, type: company}
  birchwood-capital: {name: Birchwood Capital, type: company}
`)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNewsWith(t, reg, []newsCase{
		{"the short name as subject", "Quillmark has invested in Polar Compute.",
			[]string{inv("quillmark-venture-partners", "polar-compute")}},
		{"the short name in a list of followers", "Polar Compute raised $40 million. Existing backers Granite Labs, Quillmark and Ridgefield all followed on.",
			[]string{inv("granite-labs", "polar-compute"), inv("quillmark-venture-partners", "polar-compute"), inv("ridgefield-venture-partners", "polar-compute")}},
		{"the short name after by", "Polar Compute's $40 million Series B was led by Ridgefield.",
			[]string{inv("ridgefield-venture-partners", "polar-compute")}},
		{"the short name in a round's came-back list", "Polar Compute closed a $40 million round. The rest came from investors who know the team: Granite Labs and Quillmark came back.",
			[]string{inv("granite-labs", "polar-compute"), inv("quillmark-venture-partners", "polar-compute")}},

		// near misses: an adjective that opens a sentence is no firm; a
		// two-word firm's first word still needs the full name first
		{"an adjective opening the sentence", "National investors such as Granite Labs have backed Polar Compute.",
			[]string{inv("granite-labs", "polar-compute")}},
		// (since round 39 the only registered firm the word begins:
		// rules.go registeredFirstWord)
		{"a two-word firm's first word", "Birchwood has invested in Polar Compute.", []string{inv("birchwood-capital", "polar-compute")}},
	})
}
