package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/schema"
)

// TestGroupFocus: a clause that joins without naming what ("came aboard",
// "signed up", "a dozen newcomers, among them A and B, joined") joins the
// group in focus - the last one a sentence named alone, however far back;
// near misses: two groups named together, no group at all, a membership
// held through a unit, customers rather than members.
func TestGroupFocus(t *testing.T) {
	const head = "Open Edge Alliance elects a new board\n\nThe Open Edge Alliance met in Oslo on Monday. Jane Park was elected chair. She spoke about spectrum. Lena Berg spoke about money. Delegates dined at the harbour. "
	runNews(t, []newsCase{
		{"came aboard, far from the group's name",
			head + "Granite Labs came aboard last year together with Larch Networks.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "memberOf(granite-labs,open-edge-alliance) since=2024", "memberOf(larch-networks,open-edge-alliance) since=2024"}},
		{"newcomers, among them, joined",
			head + "In 2023 a dozen newcomers, among them Cobalt Mobile and Helix Wireless, signed up.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance) since=2023", "memberOf(helix-wireless,open-edge-alliance) since=2023"}},
		{"are in as well",
			head + "Acme Telecom is a member. The operators Granite Labs and Larch Networks are in as well.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "memberOf(acme-telecom,open-edge-alliance)", "memberOf(granite-labs,open-edge-alliance)", "memberOf(larch-networks,open-edge-alliance)"}},
		{"we started this with A and B: the founded group in focus",
			head + "Q: How did it begin?\nA: We started this with Granite Labs and Larch Networks around the table.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)"}},
		{"near miss: started this after two groups",
			head + "The Radio Forum and the Open Edge Alliance will share a lab. The lab opens in May. Rents are low. Trains are fast. Hotels are full. Food is good.\nA: We started this with Granite Labs and Larch Networks around the table.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)"}},
		{"near miss: we did not start it with them",
			head + "Q: How did it begin?\nA: We never started this with Granite Labs and Larch Networks.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)"}},
		{"near miss: the last sentence named two groups",
			head + "The Radio Forum and the Open Edge Alliance will share a lab. The lab opens in May. Rents are low. Trains are fast. Hotels are full. Food is good. Granite Labs came aboard last year together with Larch Networks.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)"}},
		{"near miss: no group named",
			"Delegates met in Oslo on Monday. Jane Park spoke about spectrum. Granite Labs came aboard last year together with Larch Networks.", nil},
		{"near miss: joined through a unit",
			head + "Polar Compute came aboard last year through its cloud unit.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)"}},
		{"near miss: customers, among them, signed up",
			head + "Several customers, among them Cobalt Mobile and Helix Wireless, signed up last year.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)"}},
	})
}

// TestShortFormSameSentence: a group's short form names it right after its
// full name in the same sentence ("members of the TarnNet Alliance ... helped
// found TarnNet"), not only in later sentences; alone, before the full name,
// it names nothing.
func TestShortFormSameSentence(t *testing.T) {
	reg := newsRegister(t)
	if err := reg.Add(schema.Entity{Slug: "tarn-alliance", Name: "TarnNet Alliance", Type: schema.TypeAlliance}); err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"short form after the full name",
			"Acme Telecom and Ion Cloud are members of the TarnNet Alliance, and Cobalt Mobile and Helix Wireless helped found TarnNet.",
			[]string{"foundingMember(cobalt-mobile,tarn-alliance)", "foundingMember(helix-wireless,tarn-alliance)", "founded(tarn-alliance)",
				"memberOf(acme-telecom,tarn-alliance)", "memberOf(ion-cloud,tarn-alliance)"}},
		{"near miss: the short form before any full name",
			"Cobalt Mobile and Helix Wireless helped found TarnNet in 2019.", nil},
	})
}
