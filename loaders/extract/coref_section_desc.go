package extract

import (
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// A digest's or a listicle's item under a heading that names a company
// ("2. Perplexity", "- Lambda.", "3. Groq") describes that company afresh
// instead of naming it: "A few weeks earlier the answer-engine start-up
// took $10 million from the same operator", "SKT joined the GPU cloud's
// $320 million Series C", "SKT put $100 million into the maker of the
// Claude models" (issue 13, round 30, from dev16 and dev17). No earlier
// sentence gave the company that descriptor, so descriptorRef found none;
// within the item, a description whose head is a start-up's or a
// supplier's ("start-up", "maker", "developer", "cloud", "lab") is the
// heading's company. Heads that name a telecom operator ("the carrier",
// "the operator") are left alone: in an item about a start-up they are
// usually its backer ("The Korean carrier is buying 200,000 preferred
// shares"). "The same operator" and "another start-up" refer elsewhere,
// and a description with the heading's company named later in the
// sentence is some other company.

// sectionDescHeads head descriptions of the company an item is about.
var sectionDescHeads = map[string]bool{
	"start-up": true, "startup": true, "maker": true, "chipmaker": true, "designer": true, "developer": true,
	"provider": true, "lab": true, "cloud": true, "company": true, "firm": true, "specialist": true,
}

// sectionDesc is the heading's company a description with head and mods
// at byte offset at stands for, or "".
func (x *extractor) sectionDesc(head string, mods []string, exclude map[string]bool, at int) string {
	// mods are the words before the head, as written
	if !sectionDescHeads[head] || slices.Contains(mods, "same") || slices.Contains(mods, "other") || slices.Contains(mods, "another") {
		return ""
	}
	if len(mods) == 0 && (head == "lab" || head == "company" || head == "firm") {
		return "" // "The lab will be based in Oulu": some lab the item spoke of
	}
	sec, _ := x.sectionTopic()
	if sec == "" || exclude[sec] || x.typeOf(sec) != schema.TypeCompany || x.sentIdx-x.sectionSent > 3 {
		return "" // only near the heading: further on, the text has named others
	}
	for _, m := range x.curMs {
		if m.Slug == sec && m.Start < at {
			return "" // "Fujitsu also wrote a cheque into the model maker": another company
		}
	}
	return sec
}

// tokKeys are the keys of toks.
func tokKeys(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Key)
	}
	return out
}

// beforeSection reports whether every one of fits was described before the
// current item's heading.
func (x *extractor) beforeSection(fits []string) bool {
	if sec, _ := x.sectionTopic(); sec == "" {
		return false
	}
	for _, e := range x.descs {
		if slices.Contains(fits, e.slug) && e.sent >= x.sectionSent {
			return false
		}
	}
	return true
}
