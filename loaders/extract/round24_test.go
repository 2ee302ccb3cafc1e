package extract_test

import "testing"

// TestRound24Members: a second group after "and of" when one company is
// a member ("is a member of X and of Y"); the companies a founder formed
// a group "with" after "among the companies that formed" are founders
// too, and "it" after ", and" is the subject of the clause before, not
// one of them ("that" opening a relative clause reports nothing); the
// subject of "teamed up with B and C to launch Y" is a founder as B and C
// are; "debuted with A and B on board" founds.
func TestRound24Members(t *testing.T) {
	runNews(t, []newsCase{
		{"is a member of X and of Y", "Helix Wireless is a member of the Open Edge Alliance and of the Radio Forum.",
			[]string{"memberOf(helix-wireless,open-edge-alliance)", "memberOf(helix-wireless,radio-forum)"}},
		{"near miss: not a member of X and of Y", "Helix Wireless is not a member of the Open Edge Alliance and of the Radio Forum.", nil},
		{"among the companies that formed X with B and C, and it",
			"Helix Wireless was among the companies that formed the Open Edge Alliance with Larch Networks and Polar Compute, and it is a member of the Radio Forum.",
			[]string{"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)",
				"foundingMember(polar-compute,open-edge-alliance)", "founded(open-edge-alliance)", "memberOf(helix-wireless,radio-forum)"}},
		{"teamed up with B and C to launch Y", "Helix Wireless teamed up with Larch Networks and Polar Compute to launch the Open Edge Alliance.",
			[]string{"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)",
				"foundingMember(polar-compute,open-edge-alliance)", "founded(open-edge-alliance)",
				"partnerOf(helix-wireless,larch-networks)", "partnerOf(helix-wireless,polar-compute)"}},
		{"debuted with A and B on board", "The Open Edge Alliance debuted with Larch Networks and Polar Compute on board.",
			[]string{"foundingMember(larch-networks,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
	})
}

// TestRound24Roles: "P runs X." in the present with nothing after the
// company; "named P its permanent chief executive", "its sole chief
// executive"; "was appointed as" and "was confirmed as" before a
// company's possessive title; a forecast ("is expected to be named",
// "is tipped to") states no title; near misses: a part of the company, a
// place, a time, a possessive.
func TestRound24Roles(t *testing.T) {
	runNews(t, []newsCase{
		{"P runs X, and", "Jane Park runs Acme Telecom, and she does it well.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"P now runs X.", "Jane Park now runs Acme Telecom.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"near miss: runs X in a place", "Jane Park runs Acme Telecom in Norway.", nil},
		{"near miss: runs X's unit", "Jane Park runs Acme Telecom's cloud unit.", nil},
		{"near miss: would run X", "Jane Park would run Acme Telecom.", nil},
		{"its permanent chief executive", "Acme Telecom on Wednesday named Jane Park its permanent chief executive.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"confirmed as its sole chief executive", "Acme Telecom confirmed Jane Park as its sole chief executive.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"was appointed as X's chief executive", "Jane Park was appointed as Acme Telecom's chief executive.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"was confirmed as the company's chief executive", "Acme Telecom reported results on Tuesday. Jane Park was confirmed as the company's chief executive.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"near miss: is expected to be named", "Jane Park is expected to be named chief executive of Acme Telecom within weeks, people familiar with the matter said.", nil},
		{"near miss: is widely tipped to chair", "Jane Park is widely tipped to chair Acme Telecom.", nil},
	})
}

// TestRound24Partners: "co-develop" shares the work among its subject's
// parties as "collaborate" does.
func TestRound24Partners(t *testing.T) {
	runNews(t, []newsCase{
		{"they would co-develop", "Acme Telecom and Cobalt Mobile later confirmed that they would co-develop on-device models.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"co-developed X with B", "Acme Telecom co-developed the chip with Cobalt Mobile.", []string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: co-developed alone", "Acme Telecom co-developed the chip.", nil},
	})
}

// TestRound24QuoteAndHeadline: "we" in a quotation whose attribution
// comes first ("P, chief executive of X, said: \"We ...\"") is X, as when
// the attribution follows; an outside speaker leaves it unresolved; "A to
// join X" (a headline's infinitive) is a plan.
func TestRound24QuoteAndHeadline(t *testing.T) {
	runNews(t, []newsCase{
		{"attribution first", `Jane Park, chief executive of Acme Telecom, said: "We have joined the Radio Forum to shape its standards."`,
			[]string{"ceoOf(jane-park,acme-telecom)", "memberOf(acme-telecom,radio-forum)"}},
		{"attribution first, title before the name", `Acme Telecom chief executive Jane Park said: "We have joined the Radio Forum."`,
			[]string{"ceoOf(jane-park,acme-telecom)", "memberOf(acme-telecom,radio-forum)"}},
		{"near miss: an analyst's we", `An analyst, Jane Park, said: "We have joined the Radio Forum."`, nil},
		{"near miss: two companies in the attribution", `Jane Park of Acme Telecom and Omar Haddad of Cobalt Mobile said: "We have joined the Radio Forum."`, nil},
		{"A to join X", "Acme Telecom to join the Radio Forum", []string{"memberOf(acme-telecom,radio-forum) modality=planned"}},
	})
}

// TestRound24DescriptionFirst: an indefinite group description with the
// group's name apposed after it ("A new industry group, the Radio
// Forum, was launched") is that group, also when a headline named it
// first; its founding and "its founding members" are the group's.
func TestRound24DescriptionFirst(t *testing.T) {
	fm := []string{"founded(radio-forum) date=2025-06-09", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}
	runNews(t, []newsCase{
		{"headline, then description first", "Radio Forum launches to speed up AI networking\n\nA new industry group, the Radio Forum, was launched on Monday. Its founding members are Acme Telecom and Cobalt Mobile.", fm},
		{"description first, no headline", "A new industry group, the Radio Forum, was launched on Monday. Its founding members are Acme Telecom and Cobalt Mobile.", fm},
		{"near miss: two groups, the description before a company", "Radio Forum launches\n\nA new industry group, Acme Telecom said, was launched on Monday.", nil},
	})
}

// TestRound24Probes: constructions found by probing news articles of our
// own: a restated membership after a headline is no founding (a frame adds
// only what no rule restated in its sentence); "its" in a relative clause
// ending a fronted participial phrase is the subject after it; "put money
// in" joins the round under discussion; "we/they own N% of Y".
func TestRound24Probes(t *testing.T) {
	runNews(t, []newsCase{
		{"headline then a restated joining beside a founding", "Helix Wireless joins Radio Forum\n\nHelix Wireless said it had joined the Radio Forum, the industry body set up by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "memberOf(helix-wireless,radio-forum)"}},
		{"its in a fronted phrase's relative clause", "Ion Cloud did not take part. Founded in 2021 by Jane Park, who remains its chief executive, Polar Compute employs 120 people.",
			[]string{"ceoOf(jane-park,polar-compute)", "founded(polar-compute) date=2021", "foundedBy(polar-compute,jane-park)"}},
		{"put money in", "Polar Compute has raised $60 million in a round led by Acme Telecom. Existing investors Ion Cloud and Cobalt Mobile also put money in, the company said.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$60 million", "investedIn(cobalt-mobile,polar-compute)", "investedIn(ion-cloud,polar-compute)"}},
		{"near miss: put money into another company", "Polar Compute has raised $60 million in a round led by Acme Telecom. Ion Cloud put money into Granite Labs.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$60 million", "investedIn(ion-cloud,granite-labs)"}},
		{"A and B own N% of Y", "Acme Telecom and Cobalt Mobile own 15% of Polar Compute.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"near miss: their own", "Acme Telecom and Cobalt Mobile run their own networks.", nil},
		{"near miss: a coordinated verb's investor is the clause's subject", "Ion Cloud said it had deepened its partnership with Acme Telecom and would invest a further $50 million in Polar Compute.",
			[]string{"investedIn(ion-cloud,polar-compute) amount=$50 million modality=planned", "partnerOf(acme-telecom,ion-cloud)"}},
		{"P, Title, O ending a speaker list", "Speakers included Omar Haddad, CEO of Ion Cloud; and Jane Park, President and CEO, Acme Telecom.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,ion-cloud)"}},
		{"near miss: a description between commas", "Jane Park, a former engineer, Acme Telecom said.", nil},
		{"a relative clause's owner is no partner", "Polar Compute, which is 30% owned by Ion Cloud, has also signed a partnership with Granite Labs.",
			[]string{"investedIn(ion-cloud,polar-compute)", "partnerOf(granite-labs,polar-compute)"}},
		{"a relative clause's subject is no partner", "Polar Compute, which Ion Cloud backs, has signed a partnership with Granite Labs.",
			[]string{"investedIn(ion-cloud,polar-compute)", "partnerOf(granite-labs,polar-compute)"}},
	})
}
