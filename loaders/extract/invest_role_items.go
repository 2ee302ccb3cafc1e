package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A roster whose lines give each party's role (round 34, dev21): "The
// company gave its line-up of investors as follows:\n\nNEA - co-lead\n
// Nvidia - strategic investor", "One of Monday's slides recapped who is in
// it:\n- SoftBank Group - lead partner and equity funder\n- Oracle -
// equity funder and technology partner\n- Arm, Microsoft, Nvidia -
// technology partners", "Ownership, as disclosed:\n- Telenor (Norwegian
// operator) - 31.7%". The layout masks each item's role (layout.go); the
// role, read from the line as written, says what the item is to the
// company the roster is about: an investor role or a share makes an
// investor, a technology partner a partner. The company is the one the
// last two sentences named that is no item (headingInvestee), as for a
// bulleted investor list under an investor heading (invest_bullets.go).
// A role that denies or is of another kind ("customer, not a shareholder",
// "seller", "adviser") states nothing here.

// investorRoleRE is one part of an item's role that makes it an
// investor: the part whole, between commas, semicolons or "and".
var investorRoleRE = regexp.MustCompile(`(?i)^(?:(?:co-)?lead(?: investor)?|(?:(?:strategic|financial|corporate|anchor|new|existing|returning|minority|majority|early|follow-on) )?(?:investor|backer|shareholder|owner)|equity funder|funder|limited partner|\d+(?:\.\d+)?\s?(?:%|percent|per cent)(?: stake)?)s?$`)

// roleParts splits a role into its parts.
var rolePartsRE = regexp.MustCompile(`\s*(?:[,;]|\band\b)\s*`)

// investorRole reports whether a part of role makes an investor.
func investorRole(role string) bool {
	for _, p := range rolePartsRE.Split(role, -1) {
		if investorRoleRE.MatchString(strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// technologyPartnerRE is an item's role that makes it a partner.
var technologyPartnerRE = regexp.MustCompile(`(?i)\btechnology partners?\b`)

// roleDenialRE is a role that states no stake.
var roleDenialRE = regexp.MustCompile(`(?i)\b(?:not|no|never|former|formerly|seller|sold|exited|customer|adviser|advisor)\b`)

// famRoleItems reads the roles of a layout block's items.
func (x *extractor) famRoleItems(c *clauses) {
	s := c.s
	if !strings.Contains(s.text, "\n") {
		return
	}
	orig := x.verbatim[s.text]
	if orig == "" || len(orig) != len(s.text) {
		return
	}
	type item struct {
		a        arg
		investor bool
		partner  bool
	}
	var items []item
	var slugs []string
	for i, m := range s.ms {
		if !isOrgKind(m.Kind) || m.Coref {
			continue
		}
		ls := strings.LastIndexByte(s.text[:m.Start], '\n') + 1
		if !bulletItemRE.MatchString(s.text[ls:m.Start]) {
			continue // not the first name of its line
		}
		le := strings.IndexByte(s.text[m.Start:], '\n')
		if le < 0 {
			le = len(s.text) - m.Start
		}
		line := orig[ls : m.Start+le]
		role := itemRole(line)
		if role == "" || roleDenialRE.MatchString(role) {
			continue
		}
		inv, part := investorRole(role), technologyPartnerRE.MatchString(role)
		if !inv && !part {
			continue
		}
		for _, a := range x.argOf(s, i) {
			items = append(items, item{a: a, investor: inv, partner: part})
			slugs = append(slugs, x.resolve(a, orgTypesOf()))
		}
	}
	if len(items) == 0 {
		return
	}
	y := x.headingInvestee(slugs)
	if y == "" {
		return
	}
	yArg := arg{slug: y, text: "(" + x.nameOf(y) + ")"}
	for _, it := range items {
		if it.investor {
			x.rule = "invest.role-items"
			x.emitFact(s, schema.RelInvestedIn, it.a, yArg, "", 0.7, schema.Fact{})
		}
		if it.partner {
			x.rule = "partner.role-items"
			x.emitFact(s, schema.RelPartnerOf, it.a, yArg, "", 0.65, schema.Fact{})
		}
	}
}

// itemRole is the role an item line gives after its name's last spaced
// dash ("Oracle - equity funder and technology partner"), or "".
func itemRole(line string) string {
	body := strings.TrimLeft(line, " \t")
	if loc := itemRE.FindStringIndex(body); loc != nil {
		body = body[loc[1]:]
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(body, d); i > 0 {
			return strings.TrimSpace(body[i+len(d):])
		}
	}
	return ""
}
