package extract_test

import "testing"

// TestMultiWordNationality: "South Korean" and "South African" are
// nationality adjectives as "Korean" is; "South Korea" and "South Africa"
// stay places.
func TestMultiWordNationality(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"before the name",
			"South African tower operator Acme Telecom reported higher revenue for the year.",
			[]string{"headquarteredIn(acme-telecom,ZA)"}},
		{"in an apposition",
			"Kestrel Network, the South Korean maker of memory chips, said demand was recovering.",
			[]string{"headquarteredIn(kestrel-network,KR)"}},
		{"near miss: the country as a place",
			"Cobalt Mobile opened an office in South Korea last spring.",
			nil},
		{"near miss: a market, not a nationality",
			"Cobalt Mobile expanded into the South Korean market last spring.",
			nil},
	})
}

// TestDescriptionBeforeName: "the French shipping group X" describes X,
// the name that follows it, not a company named earlier.
func TestDescriptionBeforeName(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a description run into a name",
			"Acme Telecom signed the charter on Monday, alongside the Dutch logistics group Kestrel Network.",
			[]string{"headquarteredIn(kestrel-network,NL)"}},
		{"investor and trading house heads",
			"Japanese trading house Kestrel Network and US investor Cobalt Mobile put money into the round.",
			[]string{"headquarteredIn(cobalt-mobile,US)", "headquarteredIn(kestrel-network,JP)"}},
		{"near miss: the description stands alone",
			"Acme Telecom said on Monday that the Dutch group would build a second site.",
			[]string{"headquarteredIn(acme-telecom,NL)"}},
	})
}

// TestMoreCountries: countries beyond the first lexicon, as adjectives
// and possessives; a first name that is also a country is none.
func TestMoreCountries(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a possessive",
			"The buyers include Kestrel Network, Ethiopia's state operator, and two funds.",
			[]string{"headquarteredIn(kestrel-network,ET)"}},
		{"an adjective",
			"Kuwaiti operator Cobalt Mobile said it would sell its towers.",
			[]string{"headquarteredIn(cobalt-mobile,KW)"}},
		{"near miss: a person named Jordan",
			"Jordan Wells, a Cobalt Mobile engineer, built the first site.",
			nil},
	})
}

// TestRosterItemNationality: a roster item's description gives its
// nationality, as an apposition in prose does; a city or a country after
// the head does not.
func TestRosterItemNationality(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"items with nationality descriptions",
			"The investors in the fund are:\n\n- Acme Telecom, the Dutch cable operator\n- Cobalt Mobile, the Kestrel-controlled Swiss handset maker\n- Kestrel Network, Norway's largest fibre company\n",
			[]string{"headquarteredIn(acme-telecom,NL)", "headquarteredIn(cobalt-mobile,CH)", "headquarteredIn(kestrel-network,NO)"}},
		{"near miss: a city and a country after the head",
			"The investors in the fund are:\n\n- Acme Telecom, the Bergen-based cable operator\n- Cobalt Mobile, the largest handset maker in Switzerland\n",
			nil},
	})
}

// TestCountryPossessiveHeads: "X, N's national champion" and "X, the
// UK's development finance institution" give X's country; a head that is
// no organisation does not.
func TestCountryPossessiveHeads(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"champion and institution",
			"The buyers were Kestrel Network, Norway's national champion, and Acme Telecom, the UK's development finance institution.",
			[]string{"headquarteredIn(acme-telecom,GB)", "headquarteredIn(kestrel-network,NO)"}},
		{"near miss: a customer",
			"The deal was signed by Cobalt Mobile, Norway's biggest customer of cloud services.",
			nil},
	})
}
