package extract_test

import "testing"

// TestPartnerEnlist: a company enlisted, tapped or recruited for a job
// is a partner; near misses: money or supply as the purpose, a person
// tapped for a post, no purpose, a negated or passive verb.
func TestPartnerEnlist(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"tapped B for", "Acme Telecom tapped Borealis Networks for AI-RAN base stations.", ab},
		{"has enlisted B to power", "Acme Telecom has enlisted Borealis Networks to power the assistant in its stores.", ab},
		{"recruited B to build", "Acme Telecom recruited Borealis Networks to build its edge cloud.", ab},
		{"described object", "Acme Telecom tapped cloud provider Borealis Networks for its model hosting.", ab},
		{"near miss: tapped for funding", "Acme Telecom tapped Borealis Networks for fresh funding.", nil},
		{"near miss: enlisted to supply", "Acme Telecom enlisted Borealis Networks to supply the radios.", nil},
		{"near miss: a person tapped for a post", "Acme Telecom tapped Jane Park to lead the unit.", nil},
		{"near miss: no purpose", "Acme Telecom tapped Borealis Networks.", nil},
		{"near miss: negated", "Acme Telecom did not tap Borealis Networks for the project.", nil},
	})
}

// TestPartnerWidenEnter: more verbs over a partnership noun ("widened
// their alliance", "entered into a collaboration agreement with B");
// near misses: a supply agreement, a negated verb.
func TestPartnerWidenEnter(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"widened their alliance", "Acme Telecom and Borealis Networks widened their alliance to cover AI tools.", ab},
		{"strengthened their partnership", "Acme Telecom and Borealis Networks strengthened their partnership on AI.", ab},
		{"entered into a collaboration agreement with", "Acme Telecom has entered into a collaboration agreement with Borealis Networks on AI-RAN trials.", ab},
		{"near miss: entered into a supply agreement", "Acme Telecom has entered into a supply agreement with Borealis Networks for radios.", nil},
		{"near miss: did not widen", "Acme Telecom and Borealis Networks did not widen their alliance.", nil},
	})
}

// TestPartnerRumour: a partnership only rumoured, reported or negotiated
// states nothing; the plain statement next to it does.
func TestPartnerRumour(t *testing.T) {
	runNews(t, []newsCase{
		{"near miss: rumoured to be partnering", "Acme Telecom, which had been rumoured to be partnering with Borealis Networks, said it had no agreement.", nil},
		{"near miss: in talks to partner", "Acme Telecom denied a newspaper report that it was in talks to partner with Borealis Networks.", nil},
		{"near miss: reported to be working with", "Acme Telecom was reported to be working with Borealis Networks on a chip.", nil},
		{"near miss: a denied report of talks", "Acme Telecom dismissed press speculation that its chief executive had flown to Oslo for talks to team up with Borealis Networks.", nil},
		{"near miss: speculation that the two will sign", "Acme Telecom supplies Borealis Networks, and there is speculation that the two will sign a wider deal.", nil},
		{"near miss: rumours that A will team up with B", "Rumours that Acme Telecom will team up with Borealis Networks lifted its shares.", nil},
		{"a plain partnership still counts", "Acme Telecom is partnering with Borealis Networks on a chip.", []string{"partnerOf(acme-telecom,borealis-networks)"}},
	})
}
