package extract_test

import "testing"

// TestPickTieBySentenceOrder: a short form two companies share, both first
// named in one sentence, names the one that sentence named first.
func TestPickTieBySentenceOrder(t *testing.T) {
	reg := mustRegister(t, "tie.yaml", `entities:
  kestrel-corp: {name: Kestrel Corp., type: company}
  kestrel-group: {name: Kestrel Group, type: company}
  lena-moss: {name: Lena Moss, type: person}
  ivo-brandt: {name: Ivo Brandt, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the group named first",
			"Kestrel Group, the Danish investor that also controls the carrier Kestrel Corp., opened an office in Oslo. Kestrel's chief executive, Lena Moss, said the deal was small.",
			// "the Danish investor that also controls" Kestrel Corp.: an owner (round 27 reads "the investor" as a company description)
			[]string{"ceoOf(lena-moss,kestrel-group)", "headquarteredIn(kestrel-group,DK)", "investedIn(kestrel-group,kestrel-corp)"}},
		{"the carrier named first",
			"Kestrel Corp., the Danish carrier controlled by Kestrel Group, signed a roaming deal on Monday. Kestrel's chief executive, Ivo Brandt, said more would follow.",
			[]string{"ceoOf(ivo-brandt,kestrel-corp)", "headquarteredIn(kestrel-corp,DK)", "investedIn(kestrel-group,kestrel-corp) date=2025-06-09"}},
	})
}
