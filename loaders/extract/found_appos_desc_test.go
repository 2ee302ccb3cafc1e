package extract_test

import "testing"

// TestFoundAppositionDescribed: a dated founding participle after an
// apposed description with more than one modifier, or after a
// preposition's object, founds the name; an undated participle after a
// preposition's object ("formed by the merger of") does not.
func TestFoundAppositionDescribed(t *testing.T) {
	runNews(t, []newsCase{
		{"X, the <nat> <mod> start-up founded in YEAR",
			"Granite Labs, the Danish robotics start-up founded in 2021, hired 30 engineers.",
			[]string{"founded(granite-labs) date=2021", "headquarteredIn(granite-labs,DK)"}},
		{"from X, the <mod> <mod> designer set up in YEAR",
			"The radios use a chip from Ion Cloud, the edge compute designer set up in 2019.",
			[]string{"founded(ion-cloud) date=2019"}},
		{"into X, a <nat> <mod> maker launched last year",
			"Kestrel Telecom put money into Larch Networks, a Finnish antenna maker launched last year, and buys its radios.",
			[]string{"founded(larch-networks) date=2024", "headquarteredIn(larch-networks,FI)", "investedIn(kestrel-telecom,larch-networks) date=2024"}},
		{"with X, the <mod> provider established in YEAR",
			"Cobalt Mobile signed a deal with Polar Compute, the cloud services provider established in 2016.",
			[]string{"founded(polar-compute) date=2016", "partnerOf(cobalt-mobile,polar-compute)"}},
		{"not: at X, the operator formed by a merger",
			"At Helix Wireless, the regional operator formed by the merger of two carriers, Jane Park runs sales.",
			nil},
	})
}

// TestFoundCopulaDescribed: "X is a <description> founded in YEAR" founds
// X; a negated copula or a participle on another noun does not.
func TestFoundCopulaDescribed(t *testing.T) {
	runNews(t, []newsCase{
		{"X is a <mod> <mod> firm launched in YEAR",
			"Granite Labs is a venture firm launched in 2017 with a $50 million fund.",
			[]string{"founded(granite-labs) date=2017"}},
		{"X is an <nat> operator set up last year",
			"Meridian Mobile is an Irish operator set up last year by three engineers.",
			[]string{"founded(meridian-mobile) date=2024", "headquarteredIn(meridian-mobile,IE)"}},
		{"answer: X is a <mod> provider started in YEAR",
			"A: Polar Compute is a hosting provider started in 2012 with one data centre.",
			[]string{"founded(polar-compute) date=2012"}},
		{"not: X is not a company founded in YEAR",
			"Granite Labs is not a company founded in 2017.",
			nil},
		{"not: the participle describes a preposition's object",
			"Granite Labs is a customer of a firm founded in 2017.",
			nil},
	})
}
