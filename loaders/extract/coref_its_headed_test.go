package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestItsHeadedBy: "its" in the title after "run by P," or "headed by P,"
// is the organisation that is run; when that organisation is a
// description no mention resolved, "its" is left alone rather than given
// to the sentence's first company; a predicate coordinated after the
// subject ("A ... and is headed by P") still speaks of the subject. Later
// in a sentence, "its chairman" after "A's parent, B," is B's.
func TestItsHeadedBy(t *testing.T) {
	reg, err := facts.ReadRegister("headed.yaml", []byte(`entities:
  acme-fund: {name: Acme Fund, type: company}
  borealis-advisers: {name: Borealis Advisers, type: company}
  cobalt-ventures: {name: Cobalt Ventures, type: company}
  lena-berg: {name: Lena Berg, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"the named organisation that is run",
			"Acme Fund is managed by Borealis Advisers, which is run by Lena Berg, its chief executive.",
			[]string{"ceoOf(lena-berg,borealis-advisers)"}, []string{"ceoOf(lena-berg,acme-fund)"}},
		{"an unresolved description that is run",
			"Acme Fund is managed out of London by a small arm run by Omar Haddad, its chief executive.",
			nil, []string{"ceoOf(omar-haddad,acme-fund)"}},
		{"a possessive's noun apposed by an organisation",
			"Acme Fund's parent, Borealis Advisers, said the deal had been approved by its chairman, Omar Haddad.",
			[]string{"chairmanOf(omar-haddad,borealis-advisers)"}, []string{"chairmanOf(omar-haddad,acme-fund)"}},
		{"near miss: a possessive without an apposition",
			"Acme Fund's investment was approved last week by its chairman, Omar Haddad.",
			[]string{"chairmanOf(omar-haddad,acme-fund)"}, nil},
		{"near miss: a coordinated predicate keeps the subject",
			"Cobalt Ventures has been investing since 2015 and is headed by Lena Berg, its chief executive.",
			[]string{"ceoOf(lena-berg,cobalt-ventures)"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
