package extract_test

import "testing"

// TestPartnerNominal: partnerships told through a noun ("A's partnership
// with B", "A has a tie-up with B"), a reciprocal adverb over two parties
// ("the two will jointly build") or "in cooperation with" after a passive
// or a participle; near misses: ownership with the same adverbs, a
// negation, a possibility, three parties for an adverb, a with-phrase
// that is no partner. 2025-06-12 is the article date.
func TestPartnerNominal(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"possessive partnership with", "The fair celebrated Acme Telecom's ten-year alliance with Cobalt Mobile.", []string{ab}},
		{"possessive work with, over a descriptor", "Visitors saw Cobalt Mobile's work with chip designer Acme Telecom on radio scheduling.", []string{ab}},
		{"has a partnership with", "Cobalt Mobile has a wide-ranging collaboration with Acme Telecom, agreed in 2023.", []string{ab}},
		{"two parties have a tie-up", "Acme Telecom and Cobalt Mobile already have a tie-up that sells streaming with data plans.", []string{ab}},
		{"the two ... together, after an investment", "Acme Telecom took a stake in Cobalt Mobile last year, and the two firms agreed to design chips together.",
			[]string{"investedIn(acme-telecom,cobalt-mobile) date=2024", ab}},
		{"the two will jointly", "Cobalt Mobile hosts its apps on Acme Telecom's cloud, and the two will jointly develop edge services.",
			[]string{ab + " modality=planned"}},
		{"passive with an agent, in cooperation with", "The scheduler was coded by Cobalt Mobile in cooperation with Acme Telecom.", []string{ab}},
		{"participle of the object, in cooperation with", "Acme Telecom opened a test lab in Oslo, equipped in cooperation with Cobalt Mobile.", []string{ab}},
		{"near miss: jointly own", "Acme Telecom and Cobalt Mobile jointly own a data centre in Oslo.", nil},
		{"near miss: a participle with a subject of its own", "Acme Telecom opened a lab that Ion Cloud built in cooperation with Cobalt Mobile.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
		{"near miss: put together a body", "Acme Telecom and Cobalt Mobile have put together a study group on spectrum.", nil},
		{"near miss: together hold", "Acme Telecom and Cobalt Mobile together hold 60% of the market.", nil},
		{"near miss: no partnership", "Acme Telecom has no partnership with Cobalt Mobile, a spokesperson said.", nil},
		{"near miss: a possible partnership", "Analysts discussed Acme Telecom's possible partnership with Cobalt Mobile.", nil},
		{"near miss: three parties jointly", "Acme Telecom, Cobalt Mobile and Ion Cloud will jointly bid for spectrum.", nil},
		{"near miss: together with, not together", "Acme Telecom bid together with Cobalt Mobile's rival for the licence.", nil},
		{"near miss: a deal is no partnership noun", "Acme Telecom's deal with Cobalt Mobile covers handset supply.", nil},
	})
}

// TestAmongPartners: partners named before the copula and their holder
// after it; near misses: a negation, members (no partners), a person.
func TestAmongPartners(t *testing.T) {
	runNews(t, []newsCase{
		{"are among its partners, holder before the list", "Granite Labs sells through distributors; Helix Wireless and Larch Networks are among its reseller partners.",
			[]string{"partnerOf(granite-labs,helix-wireless)", "partnerOf(granite-labs,larch-networks)"}},
		{"are among X's partners", "Ion Cloud and Polar Compute are among Meridian Mobile's cloud partners.",
			[]string{"partnerOf(ion-cloud,meridian-mobile)", "partnerOf(meridian-mobile,polar-compute)"}},
		{"is one of X's partners", "Kestrel Telecom is one of Acme Telecom's technology partners.",
			[]string{"partnerOf(acme-telecom,kestrel-telecom)"}},
		{"near miss: not among", "Helix Wireless is not among Granite Labs' partners.", nil},
		{"near miss: among its customers", "Granite Labs sells radios; Helix Wireless and Larch Networks are among its customers.", nil},
		{"near miss: a person among its partners", "Jane Park is among Granite Labs' partners.", nil},
	})
}

// TestAsPartner: an object taken "as" a partner, and a participle clause
// that takes the subject before its comma; near misses: a former partner,
// a person, a reported participle.
func TestAsPartner(t *testing.T) {
	runNews(t, []newsCase{
		{"signed B as an exclusive partner", "Last year Granite Labs signed Helix Wireless as an exclusive radio partner for Europe.",
			[]string{"partnerOf(granite-labs,helix-wireless)"}},
		{"named B as its launch partner", "Ion Cloud has named Larch Networks as its launch partner.",
			[]string{"partnerOf(ion-cloud,larch-networks)"}},
		{"participle after a comma", "In Lisbon, Meridian Mobile went further, striking a partnership with Polar Compute for edge GPUs.",
			[]string{"partnerOf(meridian-mobile,polar-compute)"}},
		{"near miss: a pronoun subject", "Ion Cloud runs a site built with Larch Networks, and it signed Helix Wireless as a partner.", nil},
		{"near miss: as a former partner", "Ion Cloud named Larch Networks as a former partner in its filing.", nil},
		{"near miss: a person as partner", "Ion Cloud signed Jane Park as a partner in its law unit.", nil},
		{"near miss: a negated verb before the participle", "Meridian Mobile did not go further, striking a partnership with Polar Compute.", nil},
	})
}

// TestBuildWith: "build" names its partners in a with-phrase after its
// object, also when the object is a relative's antecedent; near misses: a
// possessive's equipment, money from someone, no object.
func TestBuildWith(t *testing.T) {
	runNews(t, []newsCase{
		{"will build X with B", "Acme Telecom will build a GPU campus with Cobalt Mobile and Ion Cloud in Oslo.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile) modality=planned", "partnerOf(acme-telecom,ion-cloud) modality=planned"}},
		{"a campus that A will build with B", "The plan is a data campus that Granite Labs will build with Helix Wireless and Larch Networks.",
			[]string{"partnerOf(granite-labs,helix-wireless) modality=planned", "partnerOf(granite-labs,larch-networks) modality=planned"}},
		{"near miss: with another's equipment", "Acme Telecom built its network with Cobalt Mobile's radios.", nil},
		{"near miss: with money from", "Acme Telecom built a data centre with funding from Cobalt Mobile.", nil},
		{"near miss: no object", "Acme Telecom said it would build with Cobalt Mobile if asked.", nil},
	})
}

// TestPartnerAdverbModal: a verb after a modal and an adverb ("would also
// work with") and an indefinite partnership noun as a verb's object ("a
// multi-year strategic alliance with B"); near misses: negation, a
// definite group name, a deal noun.
func TestPartnerAdverbModal(t *testing.T) {
	runNews(t, []newsCase{
		{"would also work with", "Granite Labs said it would also work with Helix Wireless on chips for cars.",
			[]string{"partnerOf(granite-labs,helix-wireless) modality=planned"}},
		{"an indefinite alliance with", "Ion Cloud unveiled a ten-year strategic alliance with Larch Networks in May.",
			[]string{"partnerOf(ion-cloud,larch-networks)"}},
		{"near miss: would not work with", "Granite Labs said it would never work with Helix Wireless again.", nil},
		{"near miss: joined a named alliance", "Ion Cloud joined the Open Edge Alliance with Larch Networks last year.",
			[]string{"memberOf(ion-cloud,open-edge-alliance) since=2024", "memberOf(larch-networks,open-edge-alliance) since=2024"}},
	})
}
