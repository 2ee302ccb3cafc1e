package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A group's driving force is its leader (helper z26fmp, members8 drill and
// writer f): "GTI was set up in 2011 with A as its driving force", "B
// spearheaded it, with C as the other driving force", "D is the
// alliance's main driving force". The group is the one alliance the
// sentence names (or refers to) before the with-phrase, or the possessor;
// two alliances before it decide nothing. A group set up "with A as its
// driving force" is led by A, not founded by it (drivingForceAfter keeps
// the founding rule off A); a sponsor or customer named the same way is
// neither.

// drivingForceRE is the role noun after "as": the driving force or the
// leader of the group, with the adjectives news sets before it.
const drivingForceRE = `(?:other |main |chief |principal |key |real |original |lead )?(?:driving forces?|leaders?|lead partners?)\b`

var drivingForceAsRE = regexp.MustCompile(`^ as (?:its|their|the) ` + drivingForceRE)

var allianceMarkerRE = regexp.MustCompile(`<A\d+>`)

var drivingForceRules = []rule{
	{name: "Y, with A as its driving force", keys: []string{"driving force", "leader", "lead partner"}, re: rx(`\bwith ` + rOrgs + ` as (?:its|their|the) ` + drivingForceRE), fn: func(x *extractor, s *sent, m []string) {
		at := strings.Index(s.sk, m[0])
		if at < 0 {
			return
		}
		led := onlyAllianceBefore(s.sk[:at])
		if led == "" {
			return
		}
		x.ledByEach(s, led, m[1], s.sk[:at]+m[0])
	}},
	{name: "A is Y's driving force", keys: []string{"driving force", "leader", "lead partner"}, re: rx(rOrgs + ` (?:is|was|are|were|remains|remain|has been|have been) (?:also |still )?(?:the )?` + rAll + `(?:['’]s?)? ` + drivingForceRE), fn: func(x *extractor, s *sent, m []string) {
		x.ledByEach(s, m[2], m[1], m[0])
	}},
}

func init() { rules = append(rules, drivingForceRules...) }

// onlyAllianceBefore is the one alliance marker in sk, or "" for none or
// two different ones.
func onlyAllianceBefore(sk string) string {
	found := ""
	for _, a := range allianceMarkerRE.FindAllString(sk, -1) {
		if found != "" && a != found {
			return ""
		}
		found = a
	}
	return found
}

// ledByEach states ledBy(led, l) for each organisation l of leaders (a
// marker or a list), in the modality of modText.
func (x *extractor) ledByEach(s *sent, led, leaders, modText string) {
	ls := x.args(s, led)
	mod, drop := modalityOf(modText)
	if len(ls) != 1 || drop {
		return
	}
	spec, _ := schema.RelLedBy.Spec()
	for _, l := range x.args(s, leaders) {
		// Not emitFact: its guard against a possessed led one ("X will run
		// AT&T's traffic") would refuse "A is the alliance's driving force".
		sa, sb := x.resolve(ls[0], spec.SubjectTypes), x.resolve(l, spec.ObjectTypes)
		if sa == "" || sb == "" || sa == sb || personOfPoss(s, l) {
			continue
		}
		x.emit(s, schema.Fact{Relation: schema.RelLedBy, Subject: x.mention(ls[0], sa), Object: x.mention(l, sb), Modality: mod}, confOf(0.8, ls[0], l))
	}
}

// drivingForceAfter reports whether the text after a founding clause's
// with-phrase gives its companies the group's lead ("set up with A as its
// driving force"), which is no founding.
func drivingForceAfter(sk, matched string) bool {
	at := strings.Index(sk, matched)
	return at >= 0 && drivingForceAsRE.MatchString(sk[at+len(matched):])
}

var drivingForceClauseRE = regexp.MustCompile(`\bwith [^,;]{1,80}? as (?:its|their|the) ` + drivingForceRE)

// drivingForceClause reports whether a frame's clause names its companies
// the group's driving force or leader in a with-phrase.
func drivingForceClause(clause string) bool {
	return drivingForceClauseRE.MatchString(clause)
}

// objectIsGroup reports whether the object of verb v is a group and only
// groups: "A drives the alliance", "B fronts the forum", not "A drives
// demand" or "A drives the alliance's test kits".
func (x *extractor) objectIsGroup(c *clauses, v int) bool {
	obj := c.object(v)
	if obj < 0 || c.us[obj].Kind != 'E' || c.nameModifies(obj) {
		return false
	}
	as := c.args(x, obj)
	for _, a := range as {
		if x.resolve(a, allianceTypes) == "" {
			return false
		}
	}
	return len(as) > 0
}
