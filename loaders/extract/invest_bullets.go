package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a bulleted list of investors under a heading (helper
// x13z5, issue 13): "The investors, by commitment:\n- A, the anchor, with
// up to $45 billion\n- B, with $28 billion\n- C" gives investedIn(item,
// Y) for every item, where Y is the one company the last two sentences
// named that is none of the items ("SoftBank Group announced the first
// close of the SoftBank Vision Fund ... The investors, by commitment:"
// is about the fund, SoftBank Group being an item). Two such companies in
// the latest sentence, or none, decide nothing; a heading of customers,
// members or partners is no investor list, and a heading naming its
// company ("Granite Labs' investors:") is the clause rules'.

// investorHeadingRE is a heading that opens a bulleted list of investors.
// A round's roster is often split under several such headings with no
// determiner ("Co-leads:", "New investors:", "Returning investors:"):
// the kind of backer is the heading (helper x13i10); a heading of those
// "Not in this round:" or of customers names no investor.
var investorHeadingRE = regexp.MustCompile(`^(?:(?:The|Its|Our|Their) )?(?i:` + investorHeadingKinds + `)(?:,[^:\n]{0,40})?:[ \t]*\n`)

// investorHeadingKinds are the kinds of backer a heading names, with no
// determiner (shared with invest_colon.go's one-line rosters).
const investorHeadingKinds = `(?:(?:main|largest|biggest|key|new|initial|founding|anchor|other|lead|existing|returning|participating|strategic|financial|follow-on|additional|early|institutional) )?(?:investors|backers|shareholders|funders|limited partners|co-leads|co-lead investors|lead investors)`

// famInvestorBullets reads the items of a bulleted investor list.
func (x *extractor) famInvestorBullets(c *clauses) {
	h := investorHeadingRE.FindStringIndex(c.s.text)
	if h == nil {
		return
	}
	var items []arg
	var slugs []string
	for i, m := range c.s.ms {
		if m.Start < h[1] || !isOrgKind(m.Kind) {
			continue
		}
		line := c.s.text[strings.LastIndexByte(c.s.text[:m.Start], '\n')+1 : m.Start]
		if !bulletItemRE.MatchString(line) {
			continue // not the first name of its line
		}
		for _, a := range x.argOf(c.s, i) {
			items = append(items, a)
			slugs = append(slugs, x.resolve(a, orgTypesOf()))
		}
	}
	if len(items) < 2 {
		return
	}
	y := x.headingInvestee(slugs)
	if r := x.bulletRoster; r.co != "" && r.sent == x.sentIdx-1 && !slices.Contains(slugs, r.co) {
		// a roster continued under the next heading ("Co-leads: ...",
		// "New investors: ...") is of the same company, whatever the
		// items of the heading before named
		y = r.co
	}
	if y == "" {
		return
	}
	x.bulletRoster.co, x.bulletRoster.sent = y, x.sentIdx
	x.rule = "invest.bullets"
	for _, a := range items {
		x.emitFact(c.s, schema.RelInvestedIn, a, arg{slug: y, text: "(" + x.nameOf(y) + ")"}, "", 0.7, schema.Fact{})
	}
}

// bulletItemRE is what stands before the first name of a bulleted line:
// the bullet, maybe a country's possessive ("- Saudi Arabia's PIF").
var bulletItemRE = regexp.MustCompile(`^[ \t]*(?:[-*•–—·]|\d{1,2}[.)])[ \t]+(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s )?$`)

// orgTypesOf are the types an investor may have.
func orgTypesOf() []schema.EntityType {
	spec, _ := schema.RelInvestedIn.Spec()
	return spec.SubjectTypes
}

// headingInvestee is the company the last two sentences named most
// recently that is none of the list's items, or "" on a tie or none.
func (x *extractor) headingInvestee(items []string) string {
	return x.latestSeen(2, func(slug string) bool { // invest_described_focus.go
		return !slices.Contains(items, slug) && slices.Contains(companyTypes, x.typeOf(slug))
	})
}
