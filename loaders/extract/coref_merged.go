package extract

import (
	"regexp"
	"strings"
)

// This file reads "the combined company" and "the merged operator" (helper
// z24coref, round 20): a merger's product, which news names by what the
// merger did rather than by a name. When no joint venture is in reach
// (coref.go's "the new company"), the description is what a merger told in
// its own sentence or the one before produced:
//
//   - the name a creating verb introduces ("..., creating VodafoneThree,
//     ... The combined company is jointly owned");
//   - else the first party of a merger or takeover, the one that goes on
//     ("When A merged with B, C became a shareholder in the combined
//     company", "A's takeover of B", "A closed its acquisition of B").
//
// A merger of two names that names no survivor ("the merger of A and B")
// decides nothing. The company a section heading names would often be
// right too, but then "The combined business is 51 percent owned by A and
// 49 percent by B" reads as a joint venture of A and B, which writers
// state as two investments (dev2): left out.

// mergedHeads head a merger's product after "combined" or "merged".
var mergedHeads = map[string]bool{"business": true, "entity": true, "venture": true}

// createdBefore ends the text just before a name a merger creates.
var createdBefore = regexp.MustCompile(`(?i)\b(?:(?:creat(?:e|es|ed|ing)|form(?:s|ed|ing)?)(?: a new (?:company|operator|group|business) (?:called|named))?` +
	`|(?:merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|fold(?:s|ed|ing)?|put(?:s|ting)?) (?:(?:their|its|the two|both) )?(?:[\w-]+ ){0,3}?(?:units?|businesses|business|operations|arms?|divisions?|subsidiaries|companies|networks) into)(?: the newly formed| a new company,| a new company called| a new company named)? $`)

// mergerGap is what stands between the surviving party and the other one.
var mergerGap = regexp.MustCompile(`(?i)^(?:(?:'s?|’s?) (?:(?:planned|proposed|completed|recent|earlier|\$?[\d.,]+ (?:billion|million)) )*(?:merger with|takeover of|acquisition of|purchase of|combination with)` +
	`|,? (?:(?:later|then|has|had|have|will|would|first|eventually|finally) )*(?:merged?|merges|combined|combines) with` +
	`|,? (?:(?:later|then|has|had|have|will|would|first|eventually|finally) )*(?:acquired|bought|took over|absorbed|agreed to (?:buy|acquire|merge with))` +
	`|,? (?:(?:has|had|have) )?(?:closed|completed|finished|finalised|finalized) (?:its|their) (?:takeover of|acquisition of|merger with|purchase of|combination with))(?: the rest of)? $`)

// mergedRef resolves "the combined company" or "the merged business"
// opening at token i; n is its length in tokens.
func (x *extractor) mergedRef(toks []token, i int) (slug string, n int) {
	if i+2 >= len(toks) || toks[i].Key != "the" || toks[i+1].Key != "combined" && toks[i+1].Key != "merged" {
		return "", 0
	}
	if h := toks[i+2].Key; !companyNouns[h] && !mergedHeads[h] || h == "group" {
		return "", 0
	}
	if s := x.headNounRef("venture"); s != "" {
		return s, 3
	}
	if s := mergerProduct(x.curText[:x.curPos], x.curMs); s != "" {
		return s, 3
	}
	if x.lastSent != nil {
		if s := mergerProduct(x.lastSent.text, x.lastSent.ms); s != "" {
			return s, 3
		}
	}
	return "", 0
}

// mergerProduct is what a merger told in text (its mentions ms, those
// after text's end ignored) produced: the last name a creating verb
// introduces, else the surviving party of the last merger or takeover.
func mergerProduct(text string, ms []mention) string {
	if s := createdProduct(text, ms); s != "" {
		return s
	}
	var orgs []mention
	for _, m := range ms {
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V') && m.End <= len(text) {
			orgs = append(orgs, m)
		}
	}
	for k := len(orgs) - 1; k > 0; k-- {
		a, b := orgs[k-1], orgs[k]
		if a.End > b.Start || a.Slug == b.Slug {
			continue
		}
		if mergerGap.MatchString(text[a.End:b.Start]) && !strings.Contains(text[a.End:b.Start], ".") {
			return a.Slug
		}
	}
	return ""
}

// createdProduct is the last name a creating verb in text introduces
// ("creating VodafoneThree", "merged their units into Y"), or "".
func createdProduct(text string, ms []mention) string {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V') && m.End <= len(text) && createdBefore.MatchString(text[max(0, m.Start-60):m.Start]) {
			return m.Slug
		}
	}
	return ""
}
