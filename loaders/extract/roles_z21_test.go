package extract_test

import "testing"

// TestZ21BoardCapitals: a board written with capitals, as press releases
// write it, is the organisation's board and no name of its own (round 17,
// real-news probes; mention_board.go).
func TestZ21BoardCapitals(t *testing.T) {
	runNews(t, []newsCase{
		{"Chair of the Board of X after the name",
			`"Open networks are here to stay," said Lena Berg, Chair of the Board of the Radio Forum.`,
			[]string{"chairmanOf(lena-berg,radio-forum)"}},
		{"elected Chair of the Board of X: no chairman of 'Board'",
			"Omar Haddad has been elected as Chair of the Board of the Open Edge Alliance.",
			[]string{"chairmanOf(omar-haddad,open-edge-alliance)"}},
		{"The X Board elected P as its new Chairman",
			"The Radio Forum Board has elected Jane Park as its new Chairman.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"near miss: a Board member is no chair",
			"Jane Park joined the Board of Directors of Polar Compute in May.",
			nil},
	})
}

// TestZ21Reelected: a post renewed is a post held ("re-elected",
// "re-appointed"; roles_reelected.go).
func TestZ21Reelected(t *testing.T) {
	runNews(t, []newsCase{
		{"re-elected chairman of X",
			"Jane Park was re-elected chairman of Kestrel Telecom at the annual meeting.",
			[]string{"chairmanOf(jane-park,kestrel-telecom)"}},
		{"has been re-elected as chair of X",
			"Lena Berg has been re-elected as chair of the Radio Forum for two more years.",
			[]string{"chairmanOf(lena-berg,radio-forum)"}},
		{"re-appointed chief executive of X",
			"Omar Haddad was re-appointed chief executive of Ion Cloud on Monday.",
			[]string{"ceoOf(omar-haddad,ion-cloud)"}},
	})
}

// TestZ21BoardChairman: "X board chairman P", a title of X's board before
// the name.
func TestZ21BoardChairman(t *testing.T) {
	runNews(t, []newsCase{
		{"X board chairman P in a quote attribution",
			`"We will keep investing," Granite Labs board chairman Omar Haddad said in a statement.`,
			[]string{"chairmanOf(omar-haddad,granite-labs)"}},
		{"X Board Chairman P opening the sentence",
			"Helix Wireless Board Chairman Jane Park told shareholders the merger was off.",
			[]string{"chairmanOf(jane-park,helix-wireless)"}},
	})
}

// TestZ21SuccessorDescribed: the successor named with a description before
// his name ("replaced by finance chief Q") takes the predecessor's post
// (roles_successor_desc.go).
func TestZ21SuccessorDescribed(t *testing.T) {
	runNews(t, []newsCase{
		{"replaced by a title and the name",
			"Cobalt Mobile CEO Lena Berg will be replaced by chief operating officer Omar Haddad in June.",
			[]string{"ceoOf(lena-berg,cobalt-mobile)", "ceoOf(omar-haddad,cobalt-mobile) modality=planned"}},
		{"succeeded by a common-noun description and the name",
			"Larch Networks chairman Jane Park was succeeded by banker Lena Berg.",
			[]string{"chairmanOf(jane-park,larch-networks)", "chairmanOf(lena-berg,larch-networks)"}},
		{"replaced by finance chief Q",
			"Meridian Mobile chief executive Omar Haddad will be replaced by finance chief Jane Park.",
			[]string{"ceoOf(omar-haddad,meridian-mobile)", "ceoOf(jane-park,meridian-mobile) modality=planned"}},
	})
}

// TestZ21TitleOfDescribed: "named/became/stepped down as CEO of" with a
// description between the title and the company ("CEO of US carrier X").
func TestZ21TitleOfDescribed(t *testing.T) {
	runNews(t, []newsCase{
		{"named the new CEO of a described company",
			"Jane Park was named on Monday as the new CEO of cloud provider Ion Cloud.",
			[]string{"ceoOf(jane-park,ion-cloud)"}},
		{"stepped down as CEO of a described company: past",
			"Omar Haddad has stepped down as chief executive of network vendor Larch Networks.",
			[]string{"ceoOf(omar-haddad,larch-networks) modality=past"}},
		{"CEO and president of a described company",
			"Lena Berg became CEO and president of chip maker Granite Labs last year.",
			[]string{"ceoOf(lena-berg,granite-labs)"}},
	})
}

// TestZ21MadeTitle: a post given with "make" and a small clause
// (roles_made.go).
func TestZ21MadeTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"making P CEO and Q chairman",
			"Polar Compute reshuffled its leadership, making Omar Haddad CEO and Jane Park chairman.",
			[]string{"ceoOf(omar-haddad,polar-compute)", "chairmanOf(jane-park,polar-compute)"}},
		{"made P its chief executive",
			"Helix Wireless made Lena Berg its chief executive in 2021.",
			[]string{"ceoOf(lena-berg,helix-wireless)"}},
		{"near miss: made P an offer",
			"Kestrel Telecom made Jane Park an offer she turned down.",
			nil},
	})
}

// TestZ21TitleOfTheGroup: "chairman of the group" is a title at the
// company the sentence named before the person (roles_of_group.go).
func TestZ21TitleOfTheGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"will also become chairman of the group: planned",
			"Borealis Networks said chief executive Lena Berg will also become chairman of the group from July.",
			[]string{"ceoOf(lena-berg,borealis-networks)", "chairmanOf(lena-berg,borealis-networks) modality=planned"}},
		{"was appointed chief executive of the company",
			"Granite Labs announced that Omar Haddad was appointed chief executive of the company on Friday.",
			[]string{"ceoOf(omar-haddad,granite-labs)"}},
		{"near miss: chairman of the group's unit",
			"Cobalt Mobile said Jane Park is chairman of the group's fibre unit.",
			nil},
	})
}

// TestZ21SucceedChair: a chair passed on ("will succeed Q as Chair of the
// Board of X"; roles_succeed_chair.go), and a board electing a person
// named with his employer's possessive ("elected Acme's P as its new
// Chairman").
func TestZ21SucceedChair(t *testing.T) {
	runNews(t, []newsCase{
		{"will succeed Q as Chair of the Board of X: planned",
			"Jane Park will succeed Omar Haddad as Chair of the Board of the Open Edge Alliance.",
			[]string{"chairmanOf(jane-park,open-edge-alliance) modality=planned"}},
		{"replaced Q as chairman of X",
			"Lena Berg replaced Jane Park as chairman of Helix Wireless.",
			[]string{"chairmanOf(lena-berg,helix-wireless)", "chairmanOf(jane-park,helix-wireless) modality=past"}},
		{"the board elected X's P as its new Chairman",
			"The Radio Forum Board of Directors has elected Kestrel Telecom's Omar Haddad as its new Chairman.",
			[]string{"chairmanOf(omar-haddad,radio-forum)"}},
	})
}
