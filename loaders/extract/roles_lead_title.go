package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A roster's lead-in may name the title its items hold (round 19, helper
// z23roles; dev4's roster of chief executives):
//
//	Chief executives of the founding companies, as of July 2024:
//	- Nokia: Pekka Lundmark
//	- Arm: Rene Haas, who took over in June
//
// Each item names an organisation and, after a colon or a dash, a
// registered person with no title of its own: the person holds the title
// the lead-in line opens with, in the plural ("Chief executives", "CEOs",
// "Chairs of the members' boards"), at the item's organisation. A lead-in
// of former holders ("Former chief executives") states nothing, and an
// item that gives its own title is read by famItemTitles.

// leadInTitleRels are the relations of the title a lead-in line opens
// with: the plural title words before "of", "at", a comma or the colon
// that ends the line. lead is the evidence before the item.
func leadInTitleRels(lead string) []schema.Relation {
	lines := strings.Split(strings.TrimRight(lead, " \n"), "\n")
	for len(lines) > 1 && itemRE.MatchString(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1] // the items before this one
	}
	lead = strings.TrimSpace(lines[len(lines)-1])
	if !strings.HasSuffix(lead, ":") || itemRE.MatchString(lead) {
		return nil
	}
	head := strings.ToLower(strings.TrimSuffix(lead, ":"))
	if i := strings.IndexAny(head, ",(:"); i >= 0 {
		head = head[:i]
	}
	for _, sep := range []string{" of ", " at ", " in "} {
		if i := strings.Index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	head = strings.TrimPrefix(strings.TrimSpace(head), "the ")
	if !pluralTitle(head) {
		return nil // "Chief executive of Acme:" heads one person's item
	}
	rels, past := titleRels(head)
	if past {
		return nil
	}
	return rels
}

// leadInItemTitle states the lead-in's title of the person an item names
// after its organisation: rest after the person is empty, a bracket or a
// relative clause ("Matt Garman, who took over in June").
func (x *extractor) leadInItemTitle(s *sent, lead string, person, org arg, after string) {
	after = strings.TrimSpace(after)
	if after != "" && !strings.HasPrefix(after, "(") && !strings.HasPrefix(after, ", who ") {
		return
	}
	for _, rel := range leadInTitleRels(lead) {
		x.emitFact(s, rel, person, org, "", 0.7, schema.Fact{})
	}
}
