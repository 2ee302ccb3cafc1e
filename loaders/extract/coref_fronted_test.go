package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestFrontedParticiple: the organisations of a fronted participial phrase
// ("Created by A and B, it ...") are not what "it" or a following "Its
// chief executive" stands for; the subject the phrase describes is. An
// opening prepositional phrase ("At A's trade show, B said its chief ...")
// names no subject either.
func TestFrontedParticiple(t *testing.T) {
	reg, err := facts.ReadRegister("fronted.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-fibre: {name: Ion Fibre, type: company}
  lena-berg: {name: Lena Berg, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"'it' and 'Its' after a fronted participle",
			"Ion Fibre builds rural networks in Portugal. Created by Acme Telecom and Cobalt Mobile, it is now run from Lisbon. Its chief executive is Lena Berg.",
			[]string{"ceoOf(lena-berg,ion-fibre)"}, []string{"ceoOf(lena-berg,acme-telecom)", "ceoOf(lena-berg,cobalt-mobile)"}},
		{"'its' in the main clause after a fronted participle",
			"Ion Fibre is a rural fibre company. Built to carry Acme Telecom's traffic to small towns, the company is headed by Omar Haddad, its chief executive.",
			[]string{"ceoOf(omar-haddad,ion-fibre)"}, []string{"ceoOf(omar-haddad,acme-telecom)"}},
		{"an opening prepositional phrase names no subject",
			"At Acme Telecom's trade show in Lisbon, Ion Fibre said its chief executive, Omar Haddad, would step down.",
			[]string{"ceoOf(omar-haddad,ion-fibre)"}, []string{"ceoOf(omar-haddad,acme-telecom)"}},
		{"near miss: a named subject opens the sentence",
			"Ion Fibre builds rural networks in Portugal. Acme Telecom, which created it in 2019, is run from Lisbon. Its chief executive is Lena Berg.",
			[]string{"ceoOf(lena-berg,acme-telecom)"}, []string{"ceoOf(lena-berg,ion-fibre)"}},
	}
	checkFacts(t, reg, tests)
}

// factCase is a text, facts it must state and facts it must not.
type factCase struct {
	name, text string
	want, not  []string
}

// checkFacts extracts each case's text with reg and checks its facts.
func checkFacts(t *testing.T, reg *schema.Register, tests []factCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFacts(t, tt.text, reg)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("facts of %q: want %s, got %s", tt.text, w, strings.Join(got, " "))
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("facts of %q: %s is wrong, got %s", tt.text, n, strings.Join(got, " "))
				}
			}
		})
	}
}
