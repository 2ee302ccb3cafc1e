package extract_test

import "testing"

// TestRound26FrontedDescribedGroup: a fronted passive participle with its
// agents ("Set up in March by A, B and C, the Oslo-based forum has ...")
// describes the main clause's subject, which may be a description of the
// group in discussion with a place before its noun ("the Swedish group",
// "the Oslo-based forum", "the group now has"); the description is none
// of the agents, so it neither founds an agent nor gives one a
// headquarters. Found by probe set A.
func TestRound26FrontedDescribedGroup(t *testing.T) {
	const open = "The Open Edge Alliance met in Oslo on Monday. "
	founded := []string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
		"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"the Oslo-based forum", open + "Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Oslo-based forum has 40 members.", founded},
		{"the Swedish group", open + "Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Swedish group has 40 members.", founded},
		{"the Norwegian alliance", open + "Founded in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Norwegian alliance has 40 members.", founded},
		{"the group now has", open + "Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the group now has 40 members.", founded},
		{"near miss: no group in discussion, the Swedish group is none of the agents",
			"Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Swedish group has 40 members.", nil},
	})
}

// TestRound26IndustryShortForms: a two-word company name whose second
// word says what the company makes ("Okapi Silicon", "Wendelin Telekom",
// "Hoshimi Electric") is shortened to its first word once the full name
// was given. Near misses: the short form before the full name, and a first
// word that is a common one ("Global Telekom" is no "Global").
func TestRound26IndustryShortForms(t *testing.T) {
	reg := mustRegister(t, "round26.yaml", `entities:
  okapi-silicon: {name: Okapi Silicon, type: company}
  wendelin-telekom: {name: Wendelin Telekom, type: company}
  global-telekom: {name: Global Telekom, type: company}
  trellick-networks: {name: Trellick Networks, type: company}
  radio-ai-consortium: {name: Radio AI Consortium, type: alliance}
  leon-marsh: {name: Leon Marsh, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"Okapi chief executive P after Okapi Silicon",
			"Okapi Silicon and Trellick Networks set up the Radio AI Consortium in 2024. \"It works,\" Okapi chief executive Leon Marsh said.",
			[]string{"ceoOf(leon-marsh,okapi-silicon)", "founded(radio-ai-consortium) date=2024", "foundingMember(okapi-silicon,radio-ai-consortium)", "foundingMember(trellick-networks,radio-ai-consortium)"}},
		{"Wendelin joined after Wendelin Telekom",
			"Wendelin Telekom is a German operator. In March Wendelin joined the Radio AI Consortium.",
			[]string{"headquarteredIn(wendelin-telekom,DE)", "memberOf(wendelin-telekom,radio-ai-consortium)"}},
		{"Okapi with no Okapi Silicon before: the only registered company it begins (round 39)",
			"Okapi joined the Radio AI Consortium in March.",
			[]string{"memberOf(okapi-silicon,radio-ai-consortium)"}},
		{"near miss: Global after Global Telekom",
			"Global Telekom is an operator. Global demand for chips joined the list of worries.",
			nil},
	})
}

// TestRound26DealLines: a newsletter's deal lines ("- Y: $14m Series A
// (A, B)", "Y: $10m Series A, co-led by A and B", "Y: a $6m top-up from
// A"), the fragment after one ("Led by A; also in: B, C."), and a
// roster with a lead's role in brackets ("Backers: A (lead), B, C").
// Near misses: a line with no round after the colon, a planned round.
func TestRound26DealLines(t *testing.T) {
	const head = "Deals of the week\n\n"
	runNews(t, []newsCase{
		{"backers in brackets", head + "- Granite Labs: $14m Series A (Ion Cloud, Polar Compute). It makes radio software.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"co-led by", head + "- Granite Labs: $10m Series A, co-led by Ion Cloud and Polar Compute.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$10m", "investedIn(polar-compute,granite-labs) amount=$10m"}},
		{"a top-up from", head + "- Granite Labs: a $6m top-up from Ion Cloud, its third cheque into the start-up.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$6m"}},
		{"the fragment after a deal line", head + "- Granite Labs: $27m Series B for voice agents. Led by Ion Cloud; also in: Polar Compute, Larch Networks.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(larch-networks,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"a lead's role in brackets", "Granite Labs raised $70m in a Series C. Backers: Ion Cloud (lead), Polar Compute, Larch Networks.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(larch-networks,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"an amount in a currency the mention layer does not know, after another item",
			head + "- Granite Labs: $14m Series A (Ion Cloud, Polar Compute). It makes radio software.\n- Helix Wireless: KSh1.3bn (roughly $10m) Series A, co-led by Larch Networks and Cobalt Mobile.",
			[]string{"investedIn(cobalt-mobile,helix-wireless)", "investedIn(ion-cloud,granite-labs)", "investedIn(larch-networks,helix-wireless)", "investedIn(polar-compute,granite-labs)"}},
		{"near miss: no round after the colon", head + "- Granite Labs: Reports that Ion Cloud is lining up a stake are fiction.", nil},
		{"near miss: a planned round", head + "- Granite Labs: planned Series A (Ion Cloud, Polar Compute).",
			[]string{"investedIn(ion-cloud,granite-labs) modality=planned", "investedIn(polar-compute,granite-labs) modality=planned"}},
	})
}

// TestRound26CountedGroup: "the 18-member group" is the group in
// discussion even after a sentence a company opened, where "the group"
// alone may be the company's corporate group. Near miss: that bare "the
// group".
func TestRound26CountedGroup(t *testing.T) {
	const open = "Acme Telecom set up the Open Edge Alliance in 2024. "
	founded := []string{"founded(open-edge-alliance) date=2024", "foundingMember(acme-telecom,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"the 18-member group", open + "The 18-member group is led by Ion Cloud.", append([]string{"ledBy(open-edge-alliance,ion-cloud)"}, founded...)},
		{"the 40-strong alliance", open + "The 40-strong alliance is led by Ion Cloud.", append([]string{"ledBy(open-edge-alliance,ion-cloud)"}, founded...)},
		{"near miss: the group after a company's sentence", open + "The group is led by Ion Cloud.", founded},
	})
}

// TestRound26FormationAnnouncers: companies that use an occasion "to
// announce the formation of X" found it, as those who announce it do.
// Near misses: one company announcing (a host, not a founder), a denial.
func TestRound26FormationAnnouncers(t *testing.T) {
	runNews(t, []newsCase{
		{"A, B and C used the keynote to announce the formation of X",
			"Acme Telecom, Cobalt Mobile and Ion Cloud used the opening keynote on Tuesday to announce the formation of the Open Edge Alliance, which will write test suites.",
			[]string{"founded(open-edge-alliance) date=2025-06-10", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: one company used the keynote to announce the formation of X",
			"Acme Telecom used the opening keynote on Tuesday to announce the formation of the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance) date=2025-06-10"}},
		{"near miss: they did not use the keynote to announce it",
			"Acme Telecom and Cobalt Mobile did not use the keynote to announce the formation of the Open Edge Alliance.",
			nil},
	})
}

// TestRound26Portfolio: "Its 28 portfolio companies include A and B" lists
// an investor's investees; "Limited partners include A" a fund's
// investors, who are no partners of the firm; and a portfolio sentence
// after a membership told with no names ("The company is a member of X")
// carries no roster of X on.
func TestRound26Portfolio(t *testing.T) {
	runNews(t, []newsCase{
		{"its portfolio companies include", "Ion Cloud runs a venture fund. Its 28 portfolio companies include Granite Labs and Helix Wireless.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(ion-cloud,helix-wireless)"}},
		{"near miss: limited partners include", "Ion Cloud has closed its second fund at $150m. Limited partners include Acme Telecom and Polar Compute.", nil},
		{"a portfolio after a nameless membership",
			"About Granite Labs\nThe company employs 140 people and is a member of the Open Edge Alliance.\n\nAbout Ion Cloud\nIon Cloud is a growth-equity firm. Its software portfolio includes Helix Wireless, Larch Networks and Granite Labs.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(ion-cloud,helix-wireless)", "investedIn(ion-cloud,larch-networks)"}},
	})
}

// TestRound26Concluded: "concluded an agreement with B" as "signed"
// reads. Near miss: talks that concluded without a deal.
func TestRound26Concluded(t *testing.T) {
	runNews(t, []newsCase{
		{"concluded a collaboration agreement with", "Acme Telecom has concluded a basic agreement on technical collaboration with Ion Cloud.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"near miss: talks concluded without a deal", "The talks concluded without a deal with Ion Cloud.", nil},
	})
}

// TestRound26ParticipationMore: "participation from A, the venture arm
// of B, and C, as well as from existing investors D and E": every backer
// but the owner named in the apposition.
func TestRound26ParticipationMore(t *testing.T) {
	const open = "Granite Labs raised $40m in a Series B led by Ion Cloud. "
	runNews(t, []newsCase{
		{"an apposition, then and C, then as well as from D and E",
			open + "The round saw participation from Polar Compute, the corporate venture capital arm of Acme Telecom, and Larch Networks, as well as from existing investors Helix Wireless and Cobalt Mobile.",
			[]string{"investedIn(cobalt-mobile,granite-labs)", "investedIn(helix-wireless,granite-labs)", "investedIn(ion-cloud,granite-labs)",
				"investedIn(larch-networks,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"near miss: the owner in the apposition alone",
			open + "The round saw participation from Polar Compute, the corporate venture capital arm of Acme Telecom.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
	})
}

// TestRound26WhichIncludes: a relative clause on a group's name lists its
// members ("X, which includes A and B", "X, a bid group that also
// includes A and B", "... among its founders"); a stake verb takes a
// second object after "and in". Near misses: "among its customers", a
// company's relative clause.
func TestRound26WhichIncludes(t *testing.T) {
	runNews(t, []newsCase{
		{"X, which includes A and B", "The Open Edge Alliance, which includes Acme Telecom and Cobalt Mobile, won the contract.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}},
		{"X, a bid group that also includes A and B", "Ion Cloud leads the Open Edge Alliance, a bid group that also includes Acme Telecom and Cobalt Mobile.",
			[]string{"ledBy(open-edge-alliance,ion-cloud)", "memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}},
		{"which includes A among its founders", "The Open Edge Alliance, which includes Acme Telecom among its founders, won the contract.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)"}},
		{"near miss: among its customers", "The Open Edge Alliance, which includes Acme Telecom among its customers, won the contract.", nil},
		{"near miss: a company's relative clause", "Ion Cloud, which includes Acme Telecom among its customers, won the contract.", nil},
		{"holds stakes in A, a description, and in B", "Ion Cloud also holds stakes in Granite Labs, a Tanzanian mapping start-up, and in Helix Wireless, which does fraud detection.",
			[]string{"headquarteredIn(granite-labs,TZ)", "investedIn(ion-cloud,granite-labs)", "investedIn(ion-cloud,helix-wireless)"}},
	})
}

// TestRound26HeadlineShortAndUnreal: a headline's short form of a company
// the lead names in full ("Acme taps Kwezi for churn model" before "Kwezi
// Analytics"); "Móvil" and "Radio" end names news shortens; a deal said
// not to exist or told as speculation states nothing.
func TestRound26HeadlineShortAndUnreal(t *testing.T) {
	reg := mustRegister(t, "round26c.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  kwezi-analytics: {name: Kwezi Analytics, type: company}
  corvanta-movil: {name: Corvanta Móvil, type: company}
  wendmark-radio: {name: Wendmark Radio, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"a headline's short form", "Acme taps Kwezi for churn model\n\nAcme Telecom has tapped Kwezi Analytics to build a churn model. Kwezi joined the Open Edge Alliance in July.",
			[]string{"memberOf(kwezi-analytics,open-edge-alliance)", "partnerOf(acme-telecom,kwezi-analytics)"}},
		{"Corvanta after Corvanta Móvil", "Corvanta Móvil is an operator. In July Corvanta joined the Open Edge Alliance.",
			[]string{"memberOf(corvanta-movil,open-edge-alliance)"}},
		{"near miss: a partnership that does not exist", "Wendmark Radio is a vendor. Similarly, the much-trailed partnership between Corvanta Móvil and Wendmark Radio does not exist.", nil},
		{"near miss: speculation about a tie-up", "Wendmark Radio is a vendor. Speculation about a Corvanta Móvil-Wendmark Radio tie-up resurfaced in May.", nil},
	})
}

// TestRound26OfCountry: "Hoshida Telecom of Japan" places a company,
// inside a list too. Near misses: a country's bank, a demonym in
// brackets.
func TestRound26OfCountry(t *testing.T) {
	runNews(t, []newsCase{
		{"X of N", "The operator was working with Acme Telecom of Japan on a model.", []string{"headquarteredIn(acme-telecom,JP)"}},
		{"X of N inside a list", "Cobalt Mobile, Acme Telecom of Uganda and Ion Cloud met in May.", []string{"headquarteredIn(acme-telecom,UG)"}},
		{"near miss: the Bank of Japan", "The Bank of Japan raised rates.", nil},
		{"near miss: a demonym in brackets", "Acme Telecom (Japanese: Akume) raised prices.", nil},
	})
}

// TestRound26ObserverClause: an observer told in another clause after a
// semicolon leaves the founding members of the first; a lead's role in
// brackets with its round ("A (lead investor in the $48 million Series
// B), B and C") keeps the roster whole. Near miss: the observer itself.
func TestRound26ObserverClause(t *testing.T) {
	const open = "The Open Edge Alliance was launched on Monday. "
	runNews(t, []newsCase{
		{"founding members; an observer", open + "Its founding members are Acme Telecom, Cobalt Mobile and Ion Cloud; Polar Compute, which had been expected to sign, will sit in as an observer.",
			[]string{"founded(open-edge-alliance) date=2025-06-09", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: the observer alone", open + "Polar Compute joined the Open Edge Alliance as an observer.", []string{"founded(open-edge-alliance) date=2025-06-09"}},
		{"a lead's role with its round in brackets", "Granite Labs raised $48 million. Backers: Ion Cloud (lead investor in the $48 million Series B), Polar Compute and Larch Networks.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(larch-networks,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
	})
}

// TestRound26VentureDescribed: a named joint venture with its two owners
// in an apposition or a possessive, and (since round 33) a venture set
// up with a list of three, which all four own (venture_desc_more.go's
// consortium rule; until then this rule read two owners only and the
// case was a near miss). Near miss: a venture a plan may form.
func TestRound26VentureDescribed(t *testing.T) {
	reg := mustRegister(t, "round26d.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  larch-networks: {name: Larch Networks, type: company}
  arcwell-ai: {name: Arcwell AI, type: joint_venture}
`)
	jv := []string{"jointVenture(acme-telecom,ion-cloud)"}
	runNewsWith(t, reg, []newsCase{
		{"X, the joint venture that A and B set up", "The alliance is separate from Arcwell AI, the accelerator joint venture that Acme Telecom and Ion Cloud set up in 2025.", jv},
		{"X, the joint venture A owns with B", "Arcwell AI, the accelerator joint venture Acme Telecom owns with Ion Cloud, shipped servers.", jv},
		{"X is A and B's 50:50 venture", "Arcwell AI is Acme Telecom and Ion Cloud's 50:50 venture for GPU cloud.", jv},
		{"X, the A-B venture", "Polar Compute would not invest in Arcwell AI, the Acme Telecom-Ion Cloud venture.", jv},
		{"X belongs to A (55%) and B (45%)", "Arcwell AI belongs to Acme Telecom (55%) and Ion Cloud (45%).", jv},
		{"set up with three", "Arcwell AI, the venture Acme Telecom set up with Ion Cloud, Polar Compute and Larch Networks, opened.",
			[]string{"jointVenture(acme-telecom,ion-cloud,larch-networks,polar-compute)"}},
	})
}

// TestRound26Signing: "Signing the charter on stage were A, B, C and D"
// after a sentence that founded the group. Near miss: no group founded in
// the sentence before.
func TestRound26Signing(t *testing.T) {
	runNews(t, []newsCase{
		{"signing the charter were A, B and C", "The Open Edge Alliance was launched at the show. Signing the charter on stage were Acme Telecom, Cobalt Mobile and Ion Cloud.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: no group founded before", "The Open Edge Alliance met at the show. Signing the charter on stage were Acme Telecom, Cobalt Mobile and Ion Cloud.", nil},
	})
}
