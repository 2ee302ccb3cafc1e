package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Elliptical second members (helper z25bellip, issue 13): a clause whose
// verb phrase is left out shares the fact of the clause before it. The
// marker after the antecedent ("A joined X, as did B", "and so did B",
// ", followed by B") is member_so_did.go's; this file reads the new
// member standing before its marker ("A invested in Y, and B has too",
// "A joined X; B followed in May") and a sentence that is nothing but the
// ellipsis ("So did B.", "B did the same in May.", "B followed a few
// months later, paying $X for a stake"). The copy keeps the relation, the
// object and the modality; an amount or share is the antecedent's own and
// is dropped, as are its dates when the ellipsis says "followed" or is a
// sentence of its own. A
// negated second clause ("but B did not", "B has not") matches none of
// the forms, and an antecedent that stated no fact has nothing to copy.

// ellipsisRels are the relations an elided verb phrase carries.
var ellipsisRels = map[schema.Relation]bool{
	schema.RelMemberOf:       true,
	schema.RelFoundingMember: true,
	schema.RelInvestedIn:     true,
	schema.RelPartnerOf:      true,
}

// ellNames is a list of names (and a few describing words) standing as the
// elided clause's subject.
const ellNames = `((?:(?:its|their|rival|fellow|the|and|[A-Z][\w&.'-]*)(?:,? |$))*?[A-Z][\w&.'-]*)`

// ellTail is what may follow an elided verb phrase: a short adjunct of
// time and a participle clause ("in May", "a few months later, paying").
const ellTail = `(?: (?:in|on|at|during|later|soon|shortly|a|two|three|weeks|months|a year|the following|that|this|last|next|[A-Z]?[a-z]+ later)[^,;.]{0,30})?(?:, (?:paying|putting|taking|adding|investing|buying|signing|joining)\b[^;]*)?[.!]?$`

// ellBeforeRE finds "and B has too" / "; B followed" inside a sentence
// after its first clause.
var ellBeforeRE = mustFiltered(`(?:,? and|;) ` + ellNames + ` (?:(?:has|have|did|was|were|is|are|does|do)(?: so)? (?:too|as well|likewise|the same)|followed(?: suit)?(?:[.,;]|$| (?:in|on|at|during|later|soon|shortly|a few|weeks|months|two|three|that|this|last|next)\b))`)

// ellSentRE is a sentence that is only the ellipsis: "So did B.", "And so
// has B."; ellSubjRE "B did the same.", "B followed in May.".
var (
	ellSentRE = mustFiltered(`^(?:And )?[Ss]o (?:did|has|have|was|were|is|are|does|do) ` + ellNames + `[.!]?$`)
	ellSubjRE = mustFiltered(`^` + ellNames + `(?:,? too,)? (?:did (?:the same|so|likewise|too|as well)|has (?:too|as well)|have (?:too|as well)|was too|were too|followed(?: suit)?)` + ellTail)
	// ellSoDidRE is "So did B" with an apposition on B or companions
	// after it (round 31, dev18): "So did T.Capital, the venture arm of
	// Deutsche Telekom.", "So did C, the venture arm of the Japanese
	// operator, alongside D, E and F." The apposition's names are no
	// followers.
	ellSoDidRE = mustFiltered(`^(?:And )?[Ss]o (?:did|has|have|was|were|is|are|does|do) ` + ellNames + `(?:, (?:the|a|an|its) [^,;]*)?(?:,? (?:alongside|along with|together with) ` + ellNames + `)?[.!]?$`)
	// ellMoneyRE is a follower told with its money, after a sentence of
	// investments (round 31): "B followed a month later with a commitment
	// of up to $4 billion", "C followed in July with ₹33,737 crore for
	// 7.73%". Only the antecedent's investments are copied.
	ellMoneyRE = mustFiltered(`^` + ellNames + `(?:,? too,)? followed(?: (?:in|on|at|during|later|soon|shortly|a|an|two|three|weeks|months|days|that|this|last|next|[A-Z]?[a-z]+ later)[^,;$€£¥₹]{0,30}?)?,? with [^;]{0,50}?(?:[$€£¥₹]|\b(?:USD|EUR|GBP)\b|\b\d[\d.,]* ?(?:million|billion|bn|mn|crore|trillion)\b)[^;]{0,60}$`)
)

// ellipsis reads the elided clauses of sentence s whose facts since index
// from are stated; it runs where a sentence's facts are finished.
func (x *extractor) ellipsis(s *sent, from int) {
	prev := x.ellPrev
	x.ellPrev = s.text
	text := strings.TrimSpace(s.text)
	if m := ellSentRE.FindStringSubmatchIndex(text); m != nil {
		x.ellipsisNext(s, prev, x.ellNamed(s, m[2], m[3]), len(s.text), "")
		return
	}
	if m := ellSoDidRE.FindStringSubmatchIndex(text); m != nil {
		extra := x.ellNamed(s, m[2], m[3])
		if m[4] >= 0 {
			extra = append(extra, x.ellNamed(s, m[4], m[5])...)
		}
		x.ellipsisNext(s, prev, extra, len(s.text), "")
		return
	}
	if m := ellSubjRE.FindStringSubmatchIndex(text); m != nil {
		x.ellipsisNext(s, prev, x.ellNamed(s, m[2], m[3]), m[3], "")
		return
	}
	if m := ellMoneyRE.FindStringSubmatchIndex(text); m != nil {
		x.ellipsisNext(s, prev, x.ellNamed(s, m[2], m[3]), m[3], schema.RelInvestedIn)
		return
	}
	m := ellBeforeRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return
	}
	extra := x.ellNamed(s, m[2], m[3])
	if len(extra) == 0 {
		return
	}
	followed := strings.Contains(s.text[m[3]:m[1]], "followed")
	n := len(x.facts)
	for k := from; k < n; k++ {
		f := x.facts[k].Fact
		if ellipsisRels[f.Relation] && f.Evidence == s.text && x.ellSubjectBefore(s, f, m[0]) {
			x.copyElided(s, f, extra, followed)
		}
	}
}

// ellNamed are the organisations named in s between offsets a and b.
func (x *extractor) ellNamed(s *sent, a, b int) []mention {
	var out []mention
	for _, m := range s.ms {
		if m.Start >= a && m.Start < b && (m.Kind == 'C' || m.Kind == 'V') && m.Slug != "" && !m.Poss {
			out = append(out, m)
		}
	}
	return out
}

// ellOrgAfter reports whether s names, from offset at on, an organisation
// or a group by name that is none of the antecedent facts' objects: "B followed a
// path C set" is no bare ellipsis, "B followed, paying $X for a stake in
// it" is.
func (x *extractor) ellOrgAfter(s *sent, at int, ante []schema.Fact) bool {
	for _, m := range s.ms {
		if m.Start >= at && !m.Coref && strings.ContainsRune("CVAG", rune(m.Kind)) && !slices.ContainsFunc(ante, func(f schema.Fact) bool { return f.Object.ID == m.Slug }) {
			return true
		}
	}
	return false
}

// ellSubjectBefore reports whether fact f's subject is named in s before
// offset end (the antecedent clause's own member).
func (x *extractor) ellSubjectBefore(s *sent, f schema.Fact, end int) bool {
	for _, m := range s.ms {
		if m.Slug == f.Subject.ID && m.Start < end {
			return true
		}
	}
	return false
}

// ellipsisNext copies to extra the facts of the previous sentence (text
// prev) whose relations an ellipsis carries, when they all tell of one
// subject: "A joined X and Y in May. So did B." A previous sentence of two
// subjects leaves the ellipsis unread, as does one naming another
// organisation after offset after. A relation only, when given, is the
// one relation copied.
func (x *extractor) ellipsisNext(s *sent, prev string, extra []mention, after int, only schema.Relation) {
	if prev == "" || len(extra) == 0 {
		return
	}
	var ante []schema.Fact
	for _, e := range x.facts {
		if e.Fact.Evidence == prev && ellipsisRels[e.Fact.Relation] && (only == "" || e.Fact.Relation == only) {
			ante = append(ante, e.Fact)
		}
	}
	if len(ante) == 0 {
		return
	}
	for _, f := range ante[1:] {
		if f.Subject.ID != ante[0].Subject.ID {
			return
		}
	}
	if x.ellOrgAfter(s, after, ante) {
		return
	}
	for _, f := range ante {
		x.copyElided(s, f, extra, true) // a sentence of its own: its own time
	}
}

// copyElided states fact f again for each organisation of extra, as the
// subject in f's place; ownTime drops f's dates (a follower's, or those of
// an ellipsis told in a sentence of its own, are its own).
func (x *extractor) copyElided(s *sent, f schema.Fact, extra []mention, ownTime bool) {
	for _, m := range extra {
		if m.Slug == f.Subject.ID || m.Slug == f.Object.ID || x.hasFact(f.Relation, m.Slug, f.Object.ID) ||
			f.Relation == schema.RelPartnerOf && (x.hasFact(f.Relation, f.Object.ID, m.Slug) || x.hasFact(f.Relation, m.Slug, f.Subject.ID) || x.hasFact(f.Relation, f.Subject.ID, m.Slug)) {
			continue
		}
		g := f
		if f.Relation == schema.RelPartnerOf && f.Object.ID == x.ellFirst(s, f) {
			g.Subject, g.Object = f.Object, f.Subject // the antecedent's subject is replaced
		}
		g.Subject = x.mention(arg{m: &m, slug: m.Slug, text: m.Text}, m.Slug)
		g.Amount, g.Share = "", ""
		if ownTime {
			g.Since, g.Date = schema.Date{}, schema.Date{}
		}
		x.emit(s, g, f.Confidence)
	}
}

// ellFirst is the side of partnership f the antecedent clause names first:
// in s when s states f, else the previous sentence's first company.
func (x *extractor) ellFirst(s *sent, f schema.Fact) string {
	if f.Evidence != s.text {
		return x.prevSubj
	}
	for _, m := range s.ms {
		if m.Slug == f.Subject.ID || m.Slug == f.Object.ID {
			return m.Slug
		}
	}
	return f.Subject.ID
}
