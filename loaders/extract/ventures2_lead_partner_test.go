package extract_test

import "testing"

// ventures2Register adds a joint venture and groups whose names end in no
// group noun to the news register's kind of entities (drill ventures2).
const ventures2Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  skyline: {name: Skyline, type: alliance}
  nimbus-lab: {name: Nimbus Lab, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
  tern-one: {name: Tern One, type: joint_venture}
`

// TestMemorandumBetween: "a memorandum of understanding between A and B"
// names the two partners as "a partnership between A and B" does
// (partner_mou_between.go); a planned memorandum states nothing.
func TestMemorandumBetween(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"in a clause", "A memorandum of understanding between Acme Telecom and Borealis Networks on spectrum sharing was published on Friday.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"in a caption", "Picture: Jane Doe after the signing of a memorandum of understanding between Cobalt Mobile and Helix Wireless in Madrid.",
			[]string{"partnerOf(cobalt-mobile,helix-wireless)"}},
		{"near miss: a planned memorandum", "A planned memorandum of understanding between Acme Telecom and Borealis Networks was shelved in June.", nil},
	})
}

// TestLedObjectRelative: "X, which A leads," - the relative clause ends on
// its verb, which is a verb and not the noun "leads" (nlp_which.go), and
// its object is the antecedent (families_lead.go); a company run by
// another states no lead of a group.
func TestLedObjectRelative(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"a venture one company leads", "Tern One, which Acme Telecom leads, builds two data centres a year.",
			[]string{"ledBy(tern-one,acme-telecom)"}},
		{"a group two companies lead", "Skyline, which Cobalt Mobile and Helix Wireless lead, publishes its test plans in March.",
			[]string{"ledBy(skyline,cobalt-mobile)", "ledBy(skyline,helix-wireless)"}},
		{"near miss: a company another runs", "Ion Cloud, which Acme Telecom runs, sells storage to banks.", nil},
	})
}

// TestLedDescription: a description in a lead construction is the thing
// led, the one group or venture in reach that its sentence does not name
// (coref_led_desc.go): "The project, which A leads", "Led by A, the
// initiative", "The consortium, spearheaded by A,". Two groups in reach
// decide nothing.
func TestLedDescription(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"the project, which A leads", "Skyline published its last blueprints this week. The project, which Acme Telecom leads, brings together 44 organisations.",
			[]string{"ledBy(skyline,acme-telecom)"}},
		{"fronted, the leader a group too", "On Monday the Radio Forum presented Skyline, a coalition that trains speech models.\n\nLed by the Radio Forum, the initiative will work in four streams.",
			[]string{"ledBy(skyline,radio-forum)"}},
		{"a venture spearheaded by one owner", "Tern One was set up in 2025 by Acme Telecom and Borealis Networks. The consortium, spearheaded by Acme Telecom, plans to start works in 2026.",
			[]string{"founded(tern-one) date=2025", "ledBy(tern-one,acme-telecom)"}},
		{"near miss: two groups in reach", "Skyline and the Nimbus Lab published blueprints this week. The project, which Acme Telecom leads, brings together 44 organisations.", nil},
	})
}

// TestIndefiniteLedGroup: "a A-led group of operators" introduces a body,
// not the group under discussion (families_lead.go famLedDescription).
func TestIndefiniteLedGroup(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"near miss: an indefinite led group", "Integration work is done at the Nimbus Lab, the test centre run by Acme Telecom in Berlin. A proposal from a Cobalt Mobile-led group of operators was turned down in May.",
			[]string{"ledBy(nimbus-lab,acme-telecom)"}},
	})
}

// TestVentureSplitRelative: "J, the 75:25 company A and B set up in 2010"
// - a company noun with a share split is a venture's noun, and the
// founding relative's time founds J (venture_split_relative.go); a plain
// "the company A and B set up" founds a company, no venture.
func TestVentureSplitRelative(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"a split company with a year", "Staff of Tern One, the 60:40 company Acme Telecom and Borealis Networks set up in 2012, tested the new scheduler.",
			[]string{"founded(tern-one) date=2012", "jointVenture(acme-telecom,borealis-networks) share=60:40"}},
		{"a split business, no time", "Tern One, the 50:50 business Cobalt Mobile and Helix Wireless created, sells roaming data.",
			[]string{"jointVenture(cobalt-mobile,helix-wireless) share=50:50"}},
		{"near miss: a plain company", "Ion Cloud, the company Acme Telecom and Borealis Networks set up in 2012, sells storage.",
			[]string{"founded(ion-cloud) date=2012"}},
	})
}

// TestVentureNationality: "A's Dutch joint venture with B, J" - the
// nationality between the owner's possessive and the venture noun does
// not hide the owner (venture_nation.go).
func TestVentureNationality(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"a nationality before the venture noun", "Cobalt Mobile's Spanish joint venture with Helix Wireless, Tern One, sells roaming data to airlines.",
			[]string{"jointVenture(cobalt-mobile,helix-wireless)"}},
	})
}

// TestWhetherClause: a clause opened by "whether" leaves its relation
// open however far back the verb of asking or commenting is
// (families.go modText, modality_undecided.go).
func TestWhetherClause(t *testing.T) {
	runNewsWith(t, mustRegister(t, "v2.yaml", ventures2Register), []newsCase{
		{"near miss: declined to comment on whether", "Tern One sells roaming data. Borealis Networks declined to comment on whether it would take a stake of its own.", nil},
		{"near miss: it is unclear whether", "It is unclear whether Helix Wireless will buy 20% of Ion Cloud.", nil},
	})
}
