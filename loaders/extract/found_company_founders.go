package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// A company's founders (foundedBy, Wikidata's P112 "founded by"; round 39,
// from round 37's reverted reading). The organisations a passive founding
// clause names after "by" set the company up ("Y was set up by A, B and
// C", "Y, the company set up by A and B,"). An alliance's founders stay its
// founding members (families_found.go): foundedBy is stated only where the
// founding member cannot be, for a company the register knows as one.
// Only a founding verb proper counts (found, set up, establish, form,
// create, incorporate: founders), and founders the register knows as
// organisations, named (not "the operator"). A person who founded a company
// fits the relation but is not stated: the read golds annotate a company's
// founders as foundingMember, which takes organisations only, so a person
// could not be checked (docs/briefs/annotation-guide.md §1). The active voice
// ("A and B set up Y, an investment company", "Y, which A founded in 2011")
// stays unread: on the read splits it stated 4 right and 6 wrong, on the
// unread ones 0 and 6 (round 37: the writers leave a parent's own unit and a
// pair's new company unannotated there). A joint venture's founders are its
// partners (jointVenture), the venture rules' fact.

// ventureTextRE finds a venture noun: a company told as a joint venture is
// the venture rules' fact, and the writers annotate its owners as its
// partners only ("Y is a joint venture formed by A and B").
var ventureTextRE = regexp.MustCompile(`(?i)\b(?:joint[- ]venture|JV)s?\b`)

// companyFounder states foundedBy(co, a) when co is a registered company
// and a a registered organisation named in the sentence; it reports
// whether it did.
func (x *extractor) companyFounder(s *sent, a, co arg, modText string, base float64) bool {
	text := s.text
	if v, ok := x.verbatim[s.text]; ok {
		text = v // a restated sentence (restate.go): its words as written
	}
	if co.slug == "" || a.slug == "" || x.typeOf(co.slug) != schema.TypeCompany || a.m != nil && a.m.Coref || ventureTextRE.MatchString(text) {
		return false
	}
	switch x.typeOf(a.slug) {
	case schema.TypeCompany, schema.TypeAlliance, schema.TypeJointVenture:
	default:
		return false
	}
	return x.emitFact(s, schema.RelFoundedBy, co, a, modText, base, schema.Fact{})
}

// foundingMemberOf states a founding member of what a founding clause
// founded: an alliance, as before, or, when company is set (a founding
// verb proper with the founders named after "by"), a company's founder.
func (x *extractor) foundingMemberOf(s *sent, a, org arg, company bool, modText string, base float64) {
	if x.emitFact(s, schema.RelFoundingMember, a, org, modText, base, schema.Fact{}) {
		return
	}
	if company {
		x.companyFounder(s, a, org, modText, base)
	}
}

// foundingHolderRE finds a founding holder noun: "the founding
// shareholders are A, B and C", "A, a founding investor in Y".
var foundingHolderRE = regexp.MustCompile(`(?i)\bfounding (?:shareholder|investor|backer|owner|stakeholder)s?\b`)

// foundingHolder: an investment a sentence tells of a founding holder
// ("The founding shareholders of Y are A, B and C") makes the holder one of
// Y's founders too, when Y is a company.
func (x *extractor) foundingHolder(s *sent, f schema.Fact, conf float64) {
	if f.Relation != schema.RelInvestedIn || f.Modality != "" || !foundingHolderRE.MatchString(s.text) {
		return
	}
	a := arg{slug: f.Subject.ID, text: f.Subject.Text}
	b := arg{slug: f.Object.ID, text: f.Object.Text}
	x.companyFounder(s, a, b, "", conf)
}
