package extract_test

import (
	"testing"
)

const round43Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  orbitra: {name: Orbitra Networks, type: company}
  kestrel: {name: Kestrel Capital, type: company}
  borealis: {name: Borealis Partners, type: company}
  granite-labs: {name: Granite Labs, type: company}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  link-forum: {name: Link Forum, type: alliance}
  DE: {name: Germany, type: country}
  AT: {name: Austria, type: country}
`

// TestRound43ApposDropped: a company's description between commas does
// not hide the rest of its clause from the verb: "sold 51 percent of Y,
// its mast business in Germany and Austria, to A and B" is read as "sold
// 51 percent of Y to A and B" (clause_appos_drop.go), and "its" there is
// the seller's, not the buyers' (invest_guard.go). Near misses: the
// investor's own unit ("A invested in Y, its mast business") is no
// investment, and a person's description (a title) is not dropped.
func TestRound43ApposDropped(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"sold part of Y, its unit, to A and B", "Acme Telecom sold 51 percent of Orbitra Networks, its mast business in Germany and Austria, to Kestrel Capital and Borealis Partners in a deal that valued the unit at 17.5 billion euros.",
			[]string{"investedIn(kestrel,orbitra)", "investedIn(borealis,orbitra)"}},
		{"has run Y, a description, since", "Jane Park has run Orbitra Networks, the network unit of Acme Telecom, since 2016.",
			[]string{"ceoOf(jane-park,orbitra)"}},
		// near misses
		{"the investor's own unit", "Acme Telecom invested in Orbitra Networks, its mast business.",
			[]string{}},
		{"a person's title between commas", "The Link Forum met in Paris. Acme Telecom and Orbitra Networks sent delegates. The board elected Jane Park, president of Granite Labs, as its chairman.",
			[]string{"chairmanOf(jane-park,link-forum)"}},
	})
}

// TestRound43TalksToSell: a stake only talked about ("entered exclusive
// talks to sell half of Y to A", "is in talks to buy") is no investment,
// as the writers of five read splits annotate it. Near miss: a sale
// agreed is a planned stake.
func TestRound43TalksToSell(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"entered exclusive talks to sell", "Acme Telecom entered exclusive talks to sell half of Orbitra Networks to Kestrel Capital.",
			[]string{}},
		{"in talks to buy", "Kestrel Capital is in talks to buy a 20% stake in Orbitra Networks.",
			[]string{}},
		// near miss
		{"agreed to sell", "Acme Telecom agreed to sell half of Orbitra Networks to Kestrel Capital.",
			[]string{"investedIn(kestrel,orbitra) modality=planned"}},
	})
}
