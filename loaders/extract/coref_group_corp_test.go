package extract_test

import "testing"

// TestCorporateGroup: with no alliance in reach, "the group" is a
// company's corporate group, linked to the company (coref_group_corp.go):
// the one its sentence named first, a company whose name ends in Group,
// the previous sentence's subject; never the name it stands in apposition
// to, nor a group that "was formed".
func TestCorporateGroup(t *testing.T) {
	reg := mustRegister(t, "corp.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  granite-labs: {name: Granite Labs, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  larch-group: {name: Larch Group, type: company}
  polar-compute: {name: Polar Compute, type: company}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  radio-forum: {name: Radio Forum, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"the previous sentence's subject, a title in apposition",
			"Acme Telecom went further on Tuesday, signing a cloud deal. Jane Park, the group's chief executive, called it a turning point.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"the company its own sentence named, after a semicolon",
			"Omar Haddad praised Granite Labs on Monday; the group's chief executive is Jane Park.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"a relative clause",
			"Granite Labs reported higher sales on Monday. Jane Park, who has run the group since 2019, said demand was strong.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"a name ending in Group",
			"Larch Group and Ion Cloud agreed a supply contract in May. The deal runs for five years. Omar Haddad chairs the group.",
			[]string{"chairmanOf(omar-haddad,larch-group)"}},

		// an alliance in reach keeps "the group" for itself
		{"an alliance in reach",
			"Acme Telecom joined the Radio Forum in May. Jane Park chairs the group.",
			[]string{"chairmanOf(jane-park,radio-forum)", "memberOf(acme-telecom,radio-forum)"}},
		// after a founding, "the group" may be what was founded: left alone
		{"after a founding",
			"Acme Telecom and Granite Labs set up Ion Cloud in May. The group is a joint venture of the two companies.",
			[]string{"founded(ion-cloud)", "jointVenture(acme-telecom,granite-labs)"}},
		// a company stated as a joint venture is no corporate group
		{"after a venture",
			"Ion Cloud is a joint venture between Acme Telecom and Granite Labs. The group's partner Granite Labs holds 49%.",
			[]string{"jointVenture(acme-telecom,granite-labs)"}},
		// in apposition to a name, the group owns that name: not the sentence's subject
		{"in apposition",
			"Polar Compute is a shareholder in Ion Cloud, the group's cloud arm.",
			[]string{"investedIn(polar-compute,ion-cloud)"}},
	})
}

// TestReportTimeUnconfirmed: a report told with a time phrase before
// "that" and left unconfirmed states nothing (modality_open.go).
func TestReportTimeUnconfirmed(t *testing.T) {
	runNews(t, []newsCase{
		{"reports last week",
			"Reports last week that Acme Telecom was in talks to invest in Granite Labs were not confirmed.",
			nil},
		{"rumours on Friday",
			"Rumours on Friday that Helix Wireless had joined the Radio Forum remain unconfirmed.",
			nil},
		{"a confirmed report still states",
			"Acme Telecom confirmed reports last week that it had invested in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2025-06"}},
	})
}

// TestCorporateGroupParent: "the group" after a unit named after its parent
// is the parent (coref_group_corp.go, hq_desc_parent.go).
func TestCorporateGroupParent(t *testing.T) {
	reg := mustRegister(t, "parent.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  acme-telecom-digital: {name: Acme Telecom Digital, type: company}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a unit's chief speaks of the group",
			"Acme Telecom reported its results on Monday. Separately, the chief executive of Acme Telecom Digital, Jane Park, said the group had hired Omar Haddad as its chairman.",
			[]string{"ceoOf(jane-park,acme-telecom-digital)", "chairmanOf(omar-haddad,acme-telecom)"}},
	})
}
