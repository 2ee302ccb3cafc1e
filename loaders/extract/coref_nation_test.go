package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

func nationRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("nation.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  kestrel-network: {name: Kestrel Network, type: company}
  fjord-telecom-norway: {name: Fjord Telecom Norway, type: company}
  halden-deutsche-funk: {name: Deutsche Funk, type: company}
  priya-raman: {name: Priya Raman, type: person}
  cloud-federation: {name: Cloud Federation, type: alliance}
  data-spaces-association: {name: Data Spaces Association, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestNationEvidence: a nationality description names the company the
// article places in that country, by its name or a descriptor's city, over
// the previous sentence's company; a company placed elsewhere is never the
// one meant, and a name dropped once in passing is no antecedent.
func TestNationEvidence(t *testing.T) {
	runNewsWith(t, nationRegister(t), []newsCase{
		{"the country in the name",
			"Kestrel Network won a contract from Fjord Telecom Norway. The Norwegian operator said the deal runs for five years.",
			[]string{"headquarteredIn(fjord-telecom-norway,NO)"}},
		{"a native nationality word in the name",
			"Deutsche Funk opened an AI factory on Monday. Deutsche Funk will run it alone. Kestrel Network supplied the servers. The German operator first outlined the project in June.",
			[]string{"headquarteredIn(halden-deutsche-funk,DE)"}},
		{"a descriptor's city",
			"Cobalt Mobile will invest $1 billion in Kestrel Network, the Abu Dhabi artificial intelligence group. Kestrel Network will spend it on chips. \"We agreed quickly,\" said Priya Raman, Cobalt Mobile's chief executive. The Emirati group is no stranger to outside capital.",
			[]string{"ceoOf(priya-raman,cobalt-mobile)", "headquarteredIn(kestrel-network,AE)", "investedIn(cobalt-mobile,kestrel-network) amount=$1 billion modality=planned"}},
		{"near miss: the company the name places elsewhere",
			"Fjord Telecom Norway signed a deal with Kestrel Network on Monday. The US company will supply the radios.",
			[]string{"headquarteredIn(kestrel-network,US)", "partnerOf(fjord-telecom-norway,kestrel-network)"}},
		{"a pronoun's guess is no antecedent",
			"Kestrel Network said on Monday it would buy towers. The regulator cleared the purchase. It is not the first time the US group has bought towers.",
			nil},
		{"near miss: a company the previous sentence named",
			"The regulator cleared a tower purchase by Kestrel Network. It is not the first time the US group has bought towers.",
			[]string{"headquarteredIn(kestrel-network,US)"}},
		{"near miss: a name dropped in passing",
			"Acme Telecom, which once courted Fjord Telecom Norway, stayed out of the deal. Analysts called the move prudent. Prices fell in the spring. The Norwegian operator has to integrate two networks.",
			nil},
	})
}

// TestNationApposition: a nationality description in apposition describes
// the name before its comma, a bracketed short form's or a sentence's
// opening name the register does not list, and no company named earlier.
func TestNationApposition(t *testing.T) {
	runNewsWith(t, nationRegister(t), []newsCase{
		{"after a bracketed short form",
			"Acme Telecom and Cobalt Mobile will invest in Kestrel Network (KN), the Singapore-based operator owned by a state fund.",
			[]string{"headquarteredIn(kestrel-network,SG)", "investedIn(acme-telecom,kestrel-network) modality=planned", "investedIn(cobalt-mobile,kestrel-network) modality=planned"}},
		{"after a quoted bracketed short form",
			"Acme Telecom, the Qatari telecommunications group, and Kestrel Network Company K.S.C. (\"Kestrel Network\"), the Kuwaiti operator, will form a tower company.",
			[]string{"headquarteredIn(acme-telecom,QA)", "headquarteredIn(kestrel-network,KW)"}},
		{"after an unlisted opening name",
			"Acme Telecom sells its AI assistant to carriers. Free, the French operator, offers Acme Telecom's assistant in its mobile plans.",
			[]string{"headquarteredIn(free,FR)"}},
		{"near miss: a sentence adverb before the comma",
			"Acme Telecom sells its AI assistant to carriers. However, the French operator, like its rivals, lost customers.",
			[]string{"headquarteredIn(acme-telecom,FR)"}},
	})
}

// TestNationCoordinated: a nationality description right after two
// coordinated companies that nothing places states no country; one the
// article places there is meant.
func TestNationCoordinated(t *testing.T) {
	runNewsWith(t, nationRegister(t), []newsCase{
		{"either of a pair",
			"The venture is a 51:49 venture between Acme Telecom and Cobalt Mobile, with the British group holding the larger share.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile) share=51:49"}},
		{"near miss: the pair's member the name places",
			"The venture is a 51:49 venture between Kestrel Network and Fjord Telecom Norway, with the Norwegian group holding the larger share.",
			[]string{"headquarteredIn(fjord-telecom-norway,NO)", "jointVenture(fjord-telecom-norway,kestrel-network) share=51:49"}},
		{"near miss: no coordination",
			"Acme Telecom has signed a supply deal with Cobalt Mobile under which the British operator will buy radios.",
			[]string{"headquarteredIn(acme-telecom,GB)"}},
	})
}

// TestNationBridge: after a sentence that names no company, a
// nationality description is the one company of the sentence before it
// that fits; two that fit, or none so near, decide nothing.
func TestNationBridge(t *testing.T) {
	runNewsWith(t, nationRegister(t), []newsCase{
		{"one fits",
			"Cobalt Mobile agreed to buy 10% of Fjord Telecom Norway. The deal closes in May. The US company has bought stakes before.",
			[]string{"headquarteredIn(cobalt-mobile,US)", "investedIn(cobalt-mobile,fjord-telecom-norway) modality=planned"}},
		{"near miss: two fit",
			"Cobalt Mobile agreed to buy 10% of Kestrel Network. The deal closes in May. The US company has bought stakes before.",
			[]string{"investedIn(cobalt-mobile,kestrel-network) modality=planned"}},
		{"near miss: too far back",
			"Cobalt Mobile agreed to buy 10% of Fjord Telecom Norway. The deal closes in May. Regulators were quick. The US company has bought stakes before.",
			[]string{"investedIn(cobalt-mobile,fjord-telecom-norway) modality=planned"}},
	})
}

// TestPossessiveGap: "N's" describes the noun phrase it opens; a name
// after a preposition that closes that phrase is another party.
func TestPossessiveGap(t *testing.T) {
	runNewsWith(t, nationRegister(t), []newsCase{
		{"a preposition closes the phrase",
			"The venture pairs Japan's largest automaker with Kestrel Network in self-driving cars.",
			nil},
		{"near miss: the name right after the description",
			"The venture pairs Japan's largest carrier Kestrel Network with a carmaker.",
			[]string{"headquarteredIn(kestrel-network,JP)"}},
	})
}

// TestMemberAssociation: "the association" after a roster that lists a
// member association is not that member.
func TestMemberAssociation(t *testing.T) {
	runNewsWith(t, nationRegister(t), []newsCase{
		{"a roster's member association",
			"Acme Telecom, Kestrel Network and Data Spaces Association founded Cloud Federation on Tuesday. The association will be headquartered in Brussels, Belgium.",
			[]string{"founded(cloud-federation) date=2025-06-10", "foundingMember(acme-telecom,cloud-federation)", "foundingMember(data-spaces-association,cloud-federation)", "foundingMember(kestrel-network,cloud-federation)"}},
		{"near miss: the association alone",
			"Data Spaces Association signed its deeds on Tuesday. The association will be headquartered in Brussels, Belgium.",
			[]string{"headquarteredIn(data-spaces-association,BE)"}},
	})
}
