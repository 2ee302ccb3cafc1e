package extract_test

import "testing"

// TestPartnerSupport: a verb of joint work whose partner comes in a phrase
// of help ("alongside B", "with support from B"), a partnering participle
// in apposition after its subject, a possessive holder over a named
// modifier and the slash pair before a partnership noun
// (partner_support.go, partner_hyphen.go); near misses: money ("with
// funding from"), a person as the helper, a negated verb.
func TestPartnerSupport(t *testing.T) {
	const ab = "partnerOf(acme-telecom,borealis-networks)"
	runNews(t, []newsCase{
		{"alongside after the object", "Acme Telecom co-develops robot software alongside Borealis Networks.", []string{ab}},
		{"with support from", "Acme Telecom built the edge platform with support from Borealis Networks.", []string{ab}},
		{"with the help of", "Acme Telecom is testing the new core with the help of Borealis Networks.", []string{ab}},
		{"participle in apposition", "Acme Telecom, working with Borealis Networks, is tuning open models for Swahili.", []string{ab}},
		{"participle in apposition, two partners", "Acme Telecom, working alongside Borealis Networks and Cobalt Mobile, is tuning open models.",
			[]string{ab, "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"possessive over a named modifier", "Acme Telecom's Open Edge Alliance work with Borealis Networks began in 2023.", []string{ab}},
		{"slash before alliance", "The Acme Telecom/Borealis Networks alliance produced a new radio unit.", []string{ab}},
		{"near miss: funding", "Acme Telecom built the edge platform with funding from Borealis Networks.", nil},
		{"near miss: a person helps", "Acme Telecom built the edge platform with support from Jane Park.", nil},
		{"near miss: negated", "Acme Telecom did not build the platform with support from Borealis Networks.", nil},
	})
}

// TestLegalSuffixNoShortForm: the suffix of a registered "XY Corp" is no
// short name of it, so another company's "... Group Corp." does not name it
// (lexicon.go shortForms).
func TestLegalSuffixNoShortForm(t *testing.T) {
	reg := mustRegister(t, "corp.yaml", `entities:
  qx-corp: {name: QX Corp, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"another company's Corp.", "Zenith Holdings Corp. has teamed up with Acme Telecom.", []string{"partnerOf(acme-telecom,zenith-holdings)"}},
		{"the registered name still", "QX Corp. has teamed up with Acme Telecom.", []string{"partnerOf(acme-telecom,qx-corp)"}},
	})
}
