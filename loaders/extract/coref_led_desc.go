package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// A led body named by a description (issue 13, drill ventures2): "The
// project, which A leads, brings together ...", "Led by A, the initiative
// will ...", "The consortium, spearheaded by A, ...". groupRef leaves
// such a description unresolved when two groups are in reach (the leader
// is often a group itself: "Led by the GSMA, the initiative") or when the
// noun is one it reads only as the end of a name ("the project"). Inside
// a lead construction the description is the thing led, so it is never
// the leader nor any other organisation its sentence names: it is the one
// group or joint venture in reach (the last three sentences or the
// paragraph) that the sentence does not name, or nothing. Only the nouns
// of a joint effort (ledProjectNouns: not "the group", often a company's)
// and only with no person in the sentence (a person leading is a title).

// ledAfterDescRE is a lead construction right after the description:
// ", which A leads", ", led by A", " is spearheaded by A".
var ledAfterDescRE = regexp.MustCompile(`^(?:,? (?:which|that) [^,.;:]{1,60}? (?:co-)?(?:leads|lead|led|heads|head|spearheads|spearhead|steers|steer|runs|run)\b|,? (?:(?:is|was|are|were|will be|has been) )?(?:co-led|led|headed|spearheaded|steered|fronted) by )`)

// ledBeforeDescRE is a fronted participle the description follows: "Led
// by A, ".
var ledBeforeDescRE = regexp.MustCompile(`^(?:Co-led|Led|Headed|Spearheaded|Steered|Fronted) by [^,.;:]{1,60}, $`)

// ledDescRef resolves the group-noun description at toks[i] (its head at
// toks[h]) when a lead construction states it is the thing led and
// groupRef's answer got (got) is none or an organisation the sentence
// names; "" keeps got.
func (x *extractor) ledDescRef(text string, toks []token, i, h int, got string) string {
	if h >= len(toks) || !ledProjectNouns[toks[h].Key] || !ledAfterDescRE.MatchString(text[toks[h].End:]) && !ledBeforeDescRE.MatchString(text[:toks[i].Start]) {
		return ""
	}
	named := map[string]bool{}
	for _, m := range x.curMs {
		if m.Kind == 'P' {
			return "" // "The programme, led by P": a title, read by the roles
		}
		if m.Slug != "" && !m.Coref {
			named[m.Slug] = true
		}
	}
	if got != "" && !named[got] {
		return ""
	}
	bound := func(s string) string {
		if b := x.placeholder[s]; b != "" {
			return b
		}
		return s
	}
	return x.onlyOne(x.curGroups, func(last int) bool { return x.sentIdx-last <= groupWindow || last >= x.paraStart }, func(s string) (string, bool) {
		s = bound(s)
		t := x.typeOf(s)
		return s, !named[s] && (t == schema.TypeAlliance || t == schema.TypeJointVenture)
	})
}
