package extract_test

import "testing"

// TestVentureWith covers a venture reached by "into"/"through" with its
// partners after "with", and a relative clause without its pronoun that
// founded a venture (venture_with.go), with sentences written for the
// test, and the near misses that must not fire.
func TestVentureWith(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"sold X into a joint venture with B and C", "Acme Telecom has sold half of its fibre unit into a joint venture with Helix Wireless and Ion Cloud.",
			[]string{"jointVenture(acme-telecom,helix-wireless,ion-cloud)"}},
		{"runs X through a joint venture with B", "Acme Telecom runs its towers through a joint venture with Helix Wireless.",
			[]string{jv}},
		{"the vehicle A and B created", "It is the vehicle Acme Telecom and Helix Wireless created in 2024 to sell radio gear.",
			[]string{jv}},
		{"the J company A and B established as a joint venture", "Analysts praised the Granite Labs company Acme Telecom and Helix Wireless established last year as a joint venture to build models.",
			[]string{jv}},
		{"said they would merge X and Y into a 50-50 joint venture", "Acme Telecom and Helix Wireless said on Monday they would merge their radio businesses into a 50-50 joint venture.",
			[]string{jv + " modality=planned share=50-50"}},
		{"A and B folded their units into a joint venture", "Acme Telecom and Helix Wireless folded their tower businesses into a joint venture in 2023.",
			[]string{jv}},
		{"gave A and B a jointly owned company", "The launch of Granite Labs in 2023 gave Acme Telecom and Helix Wireless a jointly owned company for sensors.",
			[]string{jv, "founded(granite-labs) date=2023"}},
		{"said they would set up a joint venture", "Acme Telecom and Helix Wireless said on Thursday they would set up a joint venture to sell radios.",
			[]string{jv + " modality=planned"}},
		{"J was formed as a joint venture, when A and B agreed", "Granite Labs was formed as a joint venture in 2021, when Acme Telecom, then still called Acme, and Helix Wireless agreed to pool their towers.",
			[]string{"founded(granite-labs) date=2021", jv}},
		{"A's venture with B, J, whatever the clause says", "Acme Telecom's separate mobility venture with Helix Wireless, Granite Labs, is not involved either.",
			[]string{jv}},
		{"A's venture with B and C", "Acme Telecom's cloud venture with Helix Wireless and Ion Cloud opened in May.",
			[]string{"jointVenture(acme-telecom,helix-wireless,ion-cloud)"}},

		// near misses
		{"a venture with a description is no venture here", "Acme Telecom's venture with the operators is registered in Oslo.", nil},
		{"a venture capital arm", "Acme Telecom's venture capital arm with Helix Wireless is registered in Oslo.", nil},
		{"a venture with no owner", "The venture with Helix Wireless is registered in Oslo.", nil},
		{"formed as a joint venture, when one company", "Granite Labs was formed as a joint venture in 2021, when Acme Telecom agreed to pool its towers.",
			[]string{"founded(granite-labs) date=2021"}},
		{"formed as a company, when A and B", "Granite Labs was formed as a company in 2021, when Acme Telecom and Helix Wireless agreed to pool their towers.",
			[]string{"founded(granite-labs) date=2021"}},
		{"formed as a joint venture, when A and B did not agree", "Granite Labs was formed as a joint venture in 2021, when Acme Telecom and Helix Wireless did not agree on prices.",
			[]string{"founded(granite-labs) date=2021"}},
		{"they, one company before", "Acme Telecom said on Thursday they would set up a joint venture to sell radios.", nil},
		{"they would set up a partnership", "Acme Telecom and Helix Wireless said on Thursday they would set up a research centre.", nil},
		{"one company merges its units into a joint venture", "Acme Telecom said on Monday it would merge its radio businesses into a joint venture.", nil},
		{"a verb of selling without a with-phrase", "Acme Telecom and Helix Wireless sold their radio businesses into a joint venture.", nil},
		{"gave one company a jointly owned company", "The deal gave Acme Telecom a jointly owned company for sensors.", nil},
		{"gave A and B a company, not jointly owned", "The deal gave Acme Telecom and Helix Wireless a new company for sensors.", nil},
		{"a joint venture with no partner after with", "Acme Telecom has sold half of its fibre unit into a joint venture.", nil},
		{"did not sell into it", "Acme Telecom did not sell its fibre unit into a joint venture with Helix Wireless.", nil},
		{"a partnership noun is no venture", "Acme Telecom runs its towers through a partnership with Helix Wireless.", nil},
		{"a company two firms established is no venture unless called one", "Analysts praised the Granite Labs company Acme Telecom and Helix Wireless established last year to build models.", nil},
		{"the product A and B created", "It is the product Acme Telecom and Helix Wireless created in 2024 to sell radio gear.", nil},
		{"the vehicle one company created", "It is the vehicle Acme Telecom created in 2024 to sell radio gear.", nil},
	})
}
