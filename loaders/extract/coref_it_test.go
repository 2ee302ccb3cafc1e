package extract_test

import "testing"

// TestNewsCorefIt places "it" by its clause: the subject of a clause
// coordinated before it, never an organisation of its own clause when it
// is a preposition's object. The article date is 2025-06-12.
func TestNewsCorefIt(t *testing.T) {
	runNews(t, []newsCase{
		{"and it: the first clause's subject, not its object",
			"Acme Telecom agreed in March to buy fibre maker Granite Labs, and it has since put $20 million into Ion Cloud.",
			[]string{"investedIn(acme-telecom,ion-cloud) amount=$20 million"}},
		{"but it: the subject again",
			"Borealis Networks sells radios to Cobalt Mobile, but it took a 10% stake in Helix Wireless last year.",
			[]string{"investedIn(borealis-networks,helix-wireless) date=2024"}},
		{"a plural subject: it is the one other organisation",
			"Acme Telecom and Borealis Networks each own half of Granite Labs, and it is run by chief executive Jane Park.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(borealis-networks,granite-labs)", "ceoOf(jane-park,granite-labs)"}},
		{"a reported clause keeps the nearest company",
			"Helix Wireless said that Acme Telecom had bought Granite Labs, and it would keep the brand.",
			nil},
		{"it as an object is none of its clause's companies",
			"Polar Compute was set up by Cobalt Mobile in 2023. Granite Labs and Ion Cloud put $5 million into it last year.",
			[]string{"founded(polar-compute) date=2023", "foundedBy(polar-compute,cobalt-mobile)", "investedIn(granite-labs,polar-compute) date=2024 amount=$5 million", "investedIn(ion-cloud,polar-compute) date=2024 amount=$5 million"}},
		{"it as an object after a comma: the organisation before the clause",
			"Kestrel Telecom runs the Radio Forum's test lab, and Larch Networks put $3 million into it.",
			nil},
		{"and its chairman: the first clause's subject, an alliance too",
			"The Radio Forum publishes test plans for Acme Telecom and others, and its chairman, Jane Park, opened the meeting.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"and its chief executive: a company subject over the object",
			"Granite Labs buys its chips from Borealis Networks, and its chief executive Omar Haddad said prices would rise.",
			[]string{"ceoOf(omar-haddad,granite-labs)"}},
		{"after a plural subject its is neither company",
			"Acme Telecom and Ion Cloud signed the deal in May, and its chief executive Omar Haddad praised it.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"no shares: once it is the subject, the negation counts",
			"Ion Cloud licensed chips from Granite Labs in May, but it took no shares in the company.",
			nil},
	})
}
