package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// In an interview's questions, "your company" (or firm, group, ...) is the
// interviewee's company, as "we" is in the answers: "Q: Your company was a
// founding member." The interviewee's company is the one the article gave
// a person a role at before the first question (the introduction's
// "P, chief executive of C"), else the company the article names most.

// yourTitles are the titles "your" owns in a question ("Your chairman").
var yourTitles = map[string]bool{"chairman": true, "chair": true, "chairwoman": true, "chairperson": true, "ceo": true, "chief": true, "board": true}

// yourCompany resolves "your <company noun>" at toks[i] in a question.
func (x *extractor) yourCompany(text string, toks []token, i int) (mention, int, bool) {
	if !strings.HasPrefix(text, "Q:") && !strings.HasPrefix(text, "Q :") {
		return mention{}, 0, false
	}
	if i+1 < len(toks) && yourTitles[toks[i+1].Key] {
		// "Q: Your chairman, P, says ...": "your" alone is the
		// interviewee's company, a possessive before the title
		s := x.interviewee()
		if s == "" {
			return mention{}, 0, false
		}
		m := mention{Start: toks[i].Start, End: toks[i].End, PossEnd: toks[i].End, Poss: true, Coref: true}
		m.Kind, m.Slug = x.kindFor(s), s
		return m, 1, true
	}
	if i+1 >= len(toks) || !companyNouns[toks[i+1].Key] || toks[i+1].Key == "group" {
		return mention{}, 0, false
	}
	s := x.interviewee()
	if s == "" {
		return mention{}, 0, false
	}
	last := toks[i+1]
	m := mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	m.Kind, m.Slug = x.kindFor(s), s
	return m, 2, true
}

// interviewee is the company of the first person the article gave a
// chief executive's or chairman's role, else the main company.
func (x *extractor) interviewee() string {
	for _, f := range x.facts {
		if (f.Relation == schema.RelCEOOf || f.Relation == schema.RelChairmanOf) && f.Modality == "" && x.typeOf(f.Object.ID) == schema.TypeCompany {
			return f.Object.ID
		}
	}
	return x.mainCompany()
}

// youActs are the verbs after which a question's "you" is the
// interviewee's company: what a company does, not what a person says
// ("Q: You put $100 million into Anthropic last month": round 33, dev20).
// "You led X" may be the interviewee in person, and an interview with a
// group's chair ("P has chaired the AI-RAN Alliance since ...") has no
// company "you" stands for.
var youActs = map[string]bool{
	"put": true, "invested": true, "bought": true, "backed": true, "acquired": true, "signed": true, "joined": true,
	"partnered": true, "agreed": true, "launched": true, "founded": true, "formed": true, "own": true, "hold": true,
	"took": true, "co-founded": true,
}

// youCompany resolves "you" at toks[i], the subject of a question ("Q:
// ..." or an interview's question paragraph) before a company's act, to
// the interviewee's company.
func (x *extractor) youCompany(text string, toks []token, i int) (mention, int, bool) {
	q := strings.HasPrefix(text, "Q:") || strings.HasPrefix(text, "Q :") || x.questions[x.para]
	j := i + 1
	if j < len(toks) && (toks[j].Key == "also" || toks[j].Key == "recently" || toks[j].Key == "just") {
		j++
	}
	if !q || j >= len(toks) || !youActs[toks[j].Key] || i > 0 && toks[i-1].Key != "q" && toks[i-1].Text != ":" && toks[i-1].Text != "," || x.groupChairFirst() {
		return mention{}, 0, false
	}
	s := x.interviewee()
	if s == "" {
		return mention{}, 0, false
	}
	m := mention{Start: toks[i].Start, End: toks[i].End, PossEnd: toks[i].End, Coref: true}
	m.Kind, m.Slug = x.kindFor(s), s
	return m, 1, true
}

// groupChairFirst reports whether the article's first chief executive's
// or chairman's role is at an alliance.
func (x *extractor) groupChairFirst() bool {
	for _, f := range x.facts {
		if (f.Relation == schema.RelCEOOf || f.Relation == schema.RelChairmanOf) && f.Modality == "" {
			return x.typeOf(f.Object.ID) == schema.TypeAlliance
		}
	}
	return false
}
