package extract_test

import (
	"testing"
)

// TestBrandOverPrefixCut: a short form that is one company's brand
// ("Corvid" for Corvid AI) and also another name less its prefix (AX
// Corvid, a venture named after the brand) names the brand's company; a
// prefix cut with no brand of that spelling still names its own ("Docomo"
// for NTT Docomo).
func TestBrandOverPrefixCut(t *testing.T) {
	reg := mustRegister(t, "cut.yaml", `entities:
  corvid-ai: {name: Corvid AI, type: company}
  ax-corvid: {name: AX Corvid, type: joint_venture}
  tern-group: {name: Tern Group, type: company}
  ntt-docomo: {name: NTT Docomo, type: company}
  maya-lin: {name: Maya Lin, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the brand, not the venture named after it",
			"Last June Tern Group and Corvid AI formed AX Corvid, a joint venture to bring hospital software to Japan. Corvid founder and CEO Maya Lin came to Tokyo for that launch.",
			[]string{"jointVenture(corvid-ai,tern-group)", "ceoOf(maya-lin,corvid-ai)", "foundedBy(corvid-ai,maya-lin)"}},
		{"a prefix cut alone still names its company",
			"Omar Haddad, Docomo's chief executive, opened the show.",
			[]string{"ceoOf(omar-haddad,ntt-docomo)"}},
	})
}
