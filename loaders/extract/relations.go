package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Marker classes of the skeletons the rules match.
const (
	rOrg   = `(<[CAVUG]\d+>)`  // one organisation
	rOrgs  = `(<[CAVUGL]\d+>)` // an organisation or a list of them
	rComps = `(<[CUGL]\d+>)`   // companies
	rAll   = `(<A\d+>)`        // an alliance
	rPer   = `(<[PU]\d+>)`     // a person (or an unknown name)
	rNat   = `(<N\d+>)`        // a country
	// rCompanyHead are the common nouns that head a company's description
	// after a nationality ("French start-up X", "X, Japan's biggest
	// carrier"); one list, so that a spelling ("start-up") added once
	// serves every rule.
	rCompanyHead = `(?:start-?up|company|firm|carrier|operator|giant|group|conglomerate|chip-?maker|maker|developer|vendor|telco|incumbent|provider|unit|rival|lender|bank|insurer|player|manager|fund|investor|house|institution|specialist|champion|subsidiary|affiliate|outfit|supplier|manufacturer|designer)`
	rAux         = `((?:[a-z']+ ){0,4}?)` // auxiliaries and adverbs: "plans to", "has also"
	rAmt         = `((?:US)?\$ ?\d[\d,.]*(?: ?(?:billion|million|trillion|bn|mn)\b|[mbk]\b)?|[€£] ?\d[\d,.]*(?: ?(?:billion|million|bn|mn)\b|[mbk]\b)?|` + rAmtCode + `|` + rAmtRupee + `|\d[\d,.]* (?:billion|million|trillion) (?:won|yen|euros?|dollars|pounds|yuan|rupees|riyals|dirhams))`
)

// rule is one phrasing: a pattern over a skeleton and what it states.
type rule struct {
	name string
	re   *regexp.Regexp
	flat bool     // match the skeleton without lists collapsed
	keys []string // lower-case cues, one of which the sentence must contain; none means always try
	fn   func(x *extractor, s *sent, m []string)
}

func rx(p string) *regexp.Regexp { return regexp.MustCompile(p) }

// chairedPartRE is a part of an organisation after its name: "chairs the
// Ion Cloud audit committee" chairs no company.
var chairedPartRE = regexp.MustCompile(`^(?:'s|’s)? (?:[a-z-]+ )?(?:committee|council|panel|group|unit|division|foundation|fund|institute|programme|program|project|lab|workshop|session|meeting|summit|forum)\b`)

var (
	negRE      = mustFiltered(`(?i)\b(?:not|n't|never|declined to|refused to|chose not|decided against|rejected|denied|no longer|ruled out|failed to|yet to|instead of|rather than|quit|left|exited|withdrew|backed out|pulled out|walked away|abandoned|called off|scrapped|no (?:immediate |current )?(?:plans?|intention) to)\b`)
	progressRE = mustFiltered(`(?i)\b(?:(?:is|are) (?:setting|forming|creating|building|establishing|finalising|finalizing)|sketched out|sketching out|in the process of|working (?:on|to)|in the works|negotiating)\b`)
	plannedRE  = mustFiltered(`(?i)\b(?:will|would|plans?|planning|planned|intends?|aims?|expected|set to|about to|is to|are to|in talks|talks|considering|consider|could|may|might|proposed|proposes|wants?|hopes?|seeks?|agreed to|looking to|to be|designate|mulls|mulling|eyes|eyeing|potential|possible|reportedly)\b`)
	// monthMayRE is the month May where plannedRE would read the modal:
	// after a preposition or before a day or year.
	// The preposition may open the sentence ("In May A joined").
	monthMayRE = rx(`\b((?i:in|since|of|until|by|from|last|early|late|mid|mid-|this|next|during|through|before|after|on|since early|since late)) May\b|\bMay( \d)`)
	pastRE     = mustFiltered(`(?i)\b(?:former|formerly|past|previously|once|stepped down|resigned|retired)\b|\b(?:ex|then)-`) // "ex-" alone: the prefix before a name ("ex-Telia CEO")
)

// continuesRE is a future that only carries the present on: "will
// continue to be run by P", "will remain chairman" state that P holds the
// post now (round 31, dev18). "Will stay on as a strategic partner" stays
// planned, as families_test.go pins.
var continuesRE = regexp.MustCompile(`(?i)\bwill (?:continue to|remain)\b`)

// heldBefore reports whether an adverb before a title puts it in the
// past: "P was most recently chief executive of X", "until recently",
// "earlier" (round 33, dev20).
func heldBefore(adv string) bool {
	adv = strings.TrimSpace(adv)
	return adv == "most recently" || adv == "until recently" || adv == "earlier" || strings.HasPrefix(adv, "most recently ") || strings.HasPrefix(adv, "until recently ") || strings.HasPrefix(adv, "earlier ")
}

// modalityOf reads how a stretch of text asserts its relation. drop is true
// for negated statements ("chose not to join"), which state no fact.
func modalityOf(t string) (m schema.Modality, drop bool) {
	t = strings.Join(strings.Fields(t), " ")
	t = noCaptionPlace(t) // "P (left) and Q at the signing", "From left, A and B" (modality_caption.go)
	if strings.Contains(t, "May") {
		t = monthMayRE.ReplaceAllString(t, "$1 month") // "set up in May by A": the month, not the modal
	}
	if strings.Contains(t, "will ") {
		t = continuesRE.ReplaceAllString(t, "") // "will continue to be run by P": P runs it now (round 31)
	}
	if strings.Contains(t, "left") || strings.Contains(t, "quit") {
		t = leftToRE.ReplaceAllString(t, "$1") // "left to become X's chief executive" (modality_left_to.go)
	}
	switch {
	case negRE.MatchString(t), undecided(t):
		return "", true
	case progressRE.MatchString(t):
		return schema.InProgress, false
	case plannedRE.MatchString(t):
		return schema.Planned, false
	case pastRE.MatchString(t):
		return schema.Past, false
	}
	return "", false
}

var orgTypesAll = []schema.EntityType{schema.TypeCompany, schema.TypeAlliance, schema.TypeJointVenture}
var companyTypes = []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture}
var allianceTypes = []schema.EntityType{schema.TypeAlliance}
var personTypes = []schema.EntityType{schema.TypePerson}
var countryTypes = []schema.EntityType{schema.TypeCountry}

// baseRules are the first phrasings tried on every sentence; each may state
// several facts.
var baseRules = []rule{
	// ledBy
	{name: "X-led Y", keys: []string{"-led"}, re: rx(rAll + `,? (?:an? |the )?[^<,;:.]{0,40}?` + rOrg + `-led\b`), fn: func(x *extractor, s *sent, m []string) {
		if labelledByOthers(s.sk, m[0]) {
			return // "Critics call it the IBM-led alliance" (lead_naming.go)
		}
		x.binary(s, schema.RelLedBy, m[1], m[2], "", 0.9)
	}},
	{name: "the X-led Y", keys: []string{"-led"}, re: rx(rOrg + `-led (?:[\w-]+ ){0,3}?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		if ledFillerBreaks(m[0]) {
			return // "the SKT-led club formed with Bridge Alliance carriers"
		}
		x.binary(s, schema.RelLedBy, m[2], m[1], "", 0.9)
	}},
	{name: "Y was led by X", keys: []string{"led by", "headed by", "spearheaded by", "fronted by", "coordinated by"}, re: rx(rAll + `[^<]{0,80}?(?:\b(?:is|was|are|were|been|being)|,) ?((?:co-)?(?:led|headed|spearheaded|fronted|coordinated)) by ` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.binary(s, schema.RelLedBy, m[1], m[3], "", 0.85)
	}},
	{name: "X leads Y", keys: []string{"lead", "head"}, re: rx(rOrg + ` ` + rAux + `(?:leads|heads|spearheads|is leading|is heading|led) (?:the )?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		x.leadsObject(s, m) // lead_it_round.go
	}},
	// founding
	{name: "A and B formed Y", re: rx(rComps + ` ` + rAux + `(?:have |has |had )?(put together|set up|formed|founded|co-founded|launched|established|created|started|unveiled|forged|form|found|launch|establish|create) (?:a |an |the )?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		founders := append(x.teamedWith(s, m[0]), x.args(s, m[1])...) // found_teamed_with.go
		verb := m[3]
		// "A helped launch Y" (round 30): one of its founders, as "co-founded" says
		if len(founders) > 1 || verb == "founded" || verb == "co-founded" || verb == "formed" || verb == "put together" || helpedRE.MatchString(m[2]) {
			x.membership(s, schema.RelFoundingMember, founders, m[4], m[2], 0.85)
		}
		x.founded(s, m[4], m[2], 0.85)
	}},
	{name: "X co-founded Y with A", re: rx(rOrg + ` ` + rAux + `(?:co-founded|founded|formed|launched|set up|established) (?:the )?` + rAll + `(?: [^<]{0,30}?)? (?:with|alongside|together with) (?:[a-z]+ )?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		all := append(x.args(s, m[1]), x.args(s, m[4])...)
		x.membership(s, schema.RelFoundingMember, all, m[3], m[2], 0.85)
		x.founded(s, m[3], m[2], 0.85)
	}},
	{name: "X joined forces with A to launch Y", keys: []string{"forces"}, re: rx(rOrg + ` ` + rAux + `(?:joined|join|joins|joining) forces with [^<]*?` + rOrgs + `[^<]*? to (?:launch|form|create|set up|establish|found|start|build) [^<]*?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		all := append(x.args(s, m[1]), x.args(s, m[3])...)
		x.membership(s, schema.RelFoundingMember, all, m[4], m[2], 0.85)
		x.founded(s, m[4], m[2], 0.85)
	}},
	{name: "A are the founding partners", keys: []string{"founding", "launch", "inaugural"}, re: rx(rOrgs + ` (?:are|were|is|was|became|become) (?:the |its |among the |one of the |two of the )?(?:founding|launch|inaugural) (?:partners?|members?)`), fn: func(x *extractor, s *sent, m []string) {
		x.membership(s, schema.RelFoundingMember, x.args(s, m[1]), x.sentenceAlliance(s), "", 0.8)
	}},
	{name: "founding members A", keys: []string{"founding", "launch"}, re: rx(`(?i)\b(?:founding|launch) (?:partners|members|two|three|four|five|six|seven|eight|nine|ten|trio|quartet)(?: include| including| are| were|,)?:? (?:[^<]{0,20}?)` + rOrgs + `(?:,? (?:as well as|plus|along with|and) (?:the )?(?:[a-z]+ )?` + rOrgs + `)?`), fn: func(x *extractor, s *sent, m []string) {
		if gap := m[0][:strings.Index(m[0], "<")]; strings.Contains(gap, ", and ") || strings.Contains(gap, ", but ") || strings.Contains(gap, ", while ") || strings.Contains(gap, " of ") || strings.Contains(gap, " to ") {
			// "A and B are founding members, and C joined as a sponsor": a
			// new clause; "founding members of the Forum, and C ...": the
			// group, not a member
			return
		}
		x.membership(s, schema.RelFoundingMember, append(x.args(s, m[1]), x.args(s, m[2])...), x.allianceBefore(s, m[0]), "", 0.8) // member_owner_before.go
	}},
	{name: "A and B's new X", keys: []string{"s new", "s newly"}, re: rx(rOrgs + `(?:'s|’s) (?:new|newly formed|newly launched|fledgling) (?:[a-z-]+ ){0,2}?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		// "IBM and Meta's new AI Alliance arrived on Tuesday" (round 29,
		// dev16): the owners of a new group founded it
		x.membership(s, schema.RelFoundingMember, x.args(s, m[1]), m[2], "", 0.75)
	}},
	{name: "Y launched with A", re: rx(rAll + ` (?:was |were |has been )?(?:officially |formally )?(?:launched|founded|formed|established|created|set up|started)\b(?:[^<]|<[CUNX]\d+>){0,100}?\b(?:in partnership with|together with|alongside|with) ` + `(?:[^<]|<[NX]\d+>)*?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		if foundsOtherText(m[0]) || drivingForceAfter(s.sk, m[0]) || foundHelperText(m[0], m[2]) {
			return // "X started a pilot with A" (frames_found_object.go); "with A as its driving force" (lead_driving_force.go); "with support from A" (found_behind_copula.go)
		}
		x.membership(s, schema.RelFoundingMember, x.args(s, m[2]), m[1], "", 0.8)
	}},
	{name: "Y was launched", re: rx(`((?:\b[a-z]+ )?(?:the )?)` + rAll + ` ((?:was |were |has been |had been |will be |is to be )?(?:officially |formally )?)(?:launched|founded|formed|established|created|set up|started|unveiled)\b( ?(?:the |a |an )?<?)`), fn: func(x *extractor, s *sent, m []string) {
		if strings.HasSuffix(m[4], "<") {
			return // "X launched Y": X is the founder, not the founded
		}
		if m[3] == "" && strings.TrimSpace(m[4]) != "" {
			return // "X launched a test suite": X made something else
		}
		if w := strings.Fields(m[1]); m[3] == "" && len(w) == 2 && !clauseWords[w[0]] {
			return // "an effort the GSMA unveiled": a relative clause about something else
		}
		m = append([]string{m[0]}, m[2:]...)
		x.founded(s, m[1], m[2], 0.85)
	}},
	{name: "launched Y", re: rx(`(?i)((?:\b[a-z']+ ){0,3})\b(?:launched|founded|formed|established|created|set up|started|unveiled|unveils|launches|launch|forms|founds|establishes|co-founded)(?: the| a| an)?(?: new)? ["“]?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		x.founded(s, m[2], m[1], 0.8)
	}},
	// membership
	{name: "X joined Y", re: rx(rOrgs + `((?:,? [a-z']+){0,5}?) (joined|joins|join|joining|signed up to|sign up to|signs up to|signed on to|signing up to|became (?:a |the )?(?:new )?members? of|become (?:a |the )?(?:new )?members? of|was admitted to|were admitted to) (?:the )?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		if at := strings.Index(s.sk, m[0]); at >= 0 && asNonMember(clauseHead(s.sk[at+len(m[0]):])) {
			return // "A joined X as its technology adviser"
		}
		if at := strings.Index(s.sk, m[0]); at >= 0 && asideObject(s.sk, at, m[2]) {
			return // "A, a unit of P, joined X" (member_aside_parent.go)
		}
		if g := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[2]), ",")); g == "and" || strings.HasPrefix(g, "and ") {
			return // "A invested in B and joined X": B is the first verb's object; the clause rules read A (round 31)
		}
		x.membership(s, schema.RelMemberOf, x.args(s, m[1]), m[4], infinitivePlan(m[2])+" "+m[3], 0.85)
	}},
	{name: "X is a member of Y", re: rx(rOrgs + ` ((?:[a-z']+ ){0,2}?)(?:is|are|was|were|remains|remain) (?:now )?(?:also )?(?:a |the |an )?(?:new |existing |full )?members? of (?:the )?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		x.membership(s, schema.RelMemberOf, x.args(s, m[1]), m[3], m[2], 0.85)
		if y := andOfAlliance(s.sk, m[0]); y != "" { // member_and_of.go
			x.membership(s, schema.RelMemberOf, x.args(s, m[1]), y, m[2], 0.85)
		}
	}},
	{name: "Y welcomed A", keys: []string{"welcom", "added", "adds", "admit", "signed up", "recruit", "brought in"}, re: rx(rAll + `([^<]*?)\b(?:welcomed|welcomes|added|adds|admitted|admits|signed up|recruited|brought in)\b(?:[^<]|<[NX]\d+>)*?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		if welcomedEvent(m) {
			return // member_welcomed.go
		}
		x.membership(s, schema.RelMemberOf, x.args(s, m[3]), m[1], m[2], 0.85)
	}},
	{name: "Y joined by A", keys: []string{"joined by"}, re: rx(rAll + `([^<]*?)\bjoined by (?:<N\d+>'s )?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		x.membership(s, schema.RelMemberOf, x.args(s, m[3]), m[1], m[2], 0.8)
	}},
	// joint ventures
	{name: "A and B set up a joint venture", keys: []string{"joint venture", "joint company"}, re: rx(rOrgs + ` ` + rAux + `(setting up|set up|sets up|forming|formed|form|forms|create|created|creating|launch|launched|launching|establish|established|establishing|sketched out|announced|unveiled|agreed to form|agreed to set up|plan to form|plan to set up|struck|strike|strikes|striking|inked|sealed|entered into|enter into|enters into)(?: a| an)?(?: new)?(?: [\w-]+){0,2}? joint (?:venture\b(?: company)?|company\b)((?:,? (?:called|named|dubbed) (?:<[VUCA]\d+>|[^,<]+))?)((?:,? to ` + rClause + `)?)`), fn: func(x *extractor, s *sent, m []string) {
		// "agreed to form a joint venture": the agreement is the fact.
		parts := x.args(s, m[1])
		if subj := agreedWithSubject(s.sk, m[0]); subj != "" {
			parts = append(x.args(s, subj), parts...) // "A agreed with B and C to set up a joint venture" (partner_agreed.go)
		}
		x.jointVenture(s, parts, agreedToRE.ReplaceAllString(m[2]+" "+m[3], ""), x.unmark(s, m[4]), x.unmark(s, m[5]), "", 0.85)
	}},
	{name: "a venture owned by A and B", keys: []string{"venture", "jv", "owned", "held", "controlled"}, re: rx(`(?i)^(.*?)(?:\b(?:joint )?venture\b|\bJV\b|<V\d+>)[^<]{0,40}?\b(?:owned|held|controlled) (equally |jointly |50-50 )?by ` + rOrgs), flat: false, fn: func(x *extractor, s *sent, m []string) {
		share := ""
		if strings.TrimSpace(m[2]) == "equally" || strings.TrimSpace(m[2]) == "50-50" {
			share = "50-50"
		}
		x.jointVenture(s, x.args(s, m[3]), m[1], "", "", share, 0.8)
	}},
	{name: "the venture that A and B announced", keys: []string{"venture"}, re: rx(`(?i)^(.*?)\b(?:joint )?venture,? (?:that|which) (?:<N\d+>(?:'s)? )?` + rOrgs + ` ((?:have |has |had |jointly )?)(?:announced|formed|set up|created|established|launched|unveiled|own|co-own|founded)\b`), fn: func(x *extractor, s *sent, m []string) {
		// "The enterprise-AI venture that Reliance Industries and Meta
		// announced in August" (round 33, dev20); "Y, a joint venture that
		// Qatar's A and Hong Kong's B own" names the venture (round 40)
		x.jointVentureOf(s, x.ventureBefore(s, m[1]), x.args(s, m[2]), m[1]+m[3], "", "", "", 0.75)
	}},
	{name: "a venture N% owned by A and N% by B", keys: []string{"venture"}, re: rx(`(?i)^(.*?)\b(?:joint )?venture\b[^<]{0,40}?\b(\d+(?:\.\d+)?) ?(?:%|percent|per cent) owned by (<[CU]\d+>),? and (\d+(?:\.\d+)?) ?(?:%|percent|per cent) by (<[CU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		// "the seven-year joint venture is 60% owned by Accenture and
		// 40% by Telstra" (round 33, dev20)
		x.jointVenture(s, append(x.args(s, m[3]), x.args(s, m[5])...), m[1], "", "", m[2]+"-"+m[4], 0.8)
	}},
	{name: "joint venture between A and B", keys: []string{"joint venture", "joint company", "50:50 company", "50-50 company", "fifty-fifty company"}, re: rx(`(?i)^(.*?)\b(?:joint venture|(?:50:50|50-50|fifty-fifty|joint) company) (?:between|of|(?:formed|set up|created|established)(?: (?:in|on|last|earlier this|this) [\w-]+(?: \d{4})?)? by) ` + rDescBefore + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		x.ventureBetween(s, m) // venture_named.go
	}},
	// "The business is now a joint venture in which A owns 51% and B 49%"
	// (round 41, dev26): the owners whose shares the venture's clause gives
	{name: "joint venture in which A owns N% and B M%", keys: []string{"joint venture in which"}, re: rx(`(?i)^(.*?)\bjoint venture in which ` + rOrg + ` (?:owns|holds|has|will own|will hold) (?:about |around |roughly )?\d+(?:\.\d+)? ?(?:%|per ?cent) and ` + rOrg + `(?: (?:owns|holds|has|will own|will hold))? (?:the remaining |the other |about |around |roughly )?\d+(?:\.\d+)? ?(?:%|per ?cent)`), fn: func(x *extractor, s *sent, m []string) {
		partners := append(x.args(s, m[2]), x.args(s, m[3])...)
		x.jointVentureOf(s, x.ventureBefore(s, m[1]), partners, m[1], "", "", "", 0.8)
	}},
	// chief executives
	{name: "X CEO Z", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)((?:\bformer |\bex-|\bthen-)?)` + rOrg + `(?:'s)? ((?:former |new |interim |then-|outgoing |incoming )?)` + rTitles + rCEO + `(,?) ` + rPer), fn: func(x *extractor, s *sent, m []string) {
		if m[4] == "," && personBefore(s.flat, m[0]) {
			return // "Sam Altman, OpenAI's chief executive, Larry Ellison, ...": the title is Altman's
		}
		x.personRole(s, schema.RelCEOOf, m[5], m[2], m[1]+m[3], 0.9)
	}},
	{name: "Z, X's CEO", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)` + rPer + `, (?:now |currently |still )?(?:the )?((?:former |new |interim |outgoing |then |once |(?:newly )?(?:appointed|named) )?)` + rOrg + `'s ((?:former |new |interim )?)(?:chief executive(?: officer)?|ceo)\b`), fn: func(x *extractor, s *sent, m []string) {
		if strings.HasSuffix(m[2], "appointed ") || m[2] == "named " {
			m[2] = "" // "P, appointed FiberCop's chief executive when the deal closed," (round 45, dev29)
		}
		if m[2] == "then " || m[2] == "once " {
			if a, ok := x.one(s, m[3]); !ok || a.m == nil || a.m.Coref {
				return // "P, then its chief executive": a named company only ("its" is the founding's, TestRound32NowItsChief)
			}
			m[2] = "former " // "P, then Equinix's chief executive," (round 44)
		}
		x.personRole(s, schema.RelCEOOf, m[1], m[3], m[2]+m[4], 0.9)
	}},
	{name: "Z, CEO of X", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)` + rPer + `,? (?:who is |who was |is |was |had been |the |a |an )?(?:the )?((?:(?:also|now|still|currently|then|once|previously|formerly|until now|until recently|most recently|earlier|himself|herself|both) )?(?:the )?(?:former |new |interim |acting )?)(?:first |founding )?` + rTitles + rCEO + ` (?:of|at) (?:the )?` + rDescriptor + rOrg), fn: func(x *extractor, s *sent, m []string) {
		if !companyDescriptor(m[3]) || unitAfter(s, m[0]) {
			return
		}
		defer x.gappedPosts(s, m, schema.RelCEOOf) // "..., of B from 2018 and of C from 2020" (roles_gapped_of.go)
		mod := m[2]
		if l := strings.ToLower(mod); strings.HasPrefix(l, "then ") || strings.HasPrefix(l, "once ") || strings.HasPrefix(l, "until now ") || heldBefore(l) {
			mod = "former " + mod // "P, then chief executive of X": a title held before
		}
		if strings.HasPrefix(strings.ToLower(s.flat[strings.Index(s.flat, m[1])+len(m[1]):]), ", a former") {
			mod = "former " + mod // "P, a former chief executive of X"
		}
		x.personRole(s, schema.RelCEOOf, m[1], m[4], mod, 0.85)
		if m[3] != "" && chairBeforeCEO(m[0][len(m[1]):]) {
			// "P, who is chair and CEO of the US chipmaker X": the title
			// rules read the chair only with no description (round 35)
			x.rule = "Z, chair and CEO of X"
			x.personRole(s, schema.RelChairmanOf, m[1], m[4], mod, 0.85)
		}
	}},
	{name: "CEO Z of X", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)\b((?:former |new |interim )?)(?:chief executive(?: officer)?|ceo) ` + rPer + ` of (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.personRole(s, schema.RelCEOOf, m[2], m[3], m[1], 0.85)
	}},
	{name: "Z was named CEO of X", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)` + rPer + `((?: [a-z']+){0,4}) (?:named |appointed |as |became |becomes |become )(?:the |its )?(?:new )?(?:chief executive(?: officer)?|ceo)(?: and (?:president|chairman|chairwoman|chair|co-founder|founder))? of (?:the )?` + rDescriptor + rOrg), fn: func(x *extractor, s *sent, m []string) {
		if !companyDescriptor(m[3]) {
			return // "named CEO of the group's cloud unit X" is no title at X's owner
		}
		x.personRole(s, schema.RelCEOOf, m[1], m[4], m[2], 0.8) // "stepped down as CEO of telecoms company X"
	}},
	// chairs
	{name: "Z chairs Y", keys: []string{"chair"}, flat: true, re: rx(rPer + `(?:, (?:[^,<]|<[CAVUN]\d+>){1,50},)?,? (?:who )?((?:also |previously |once |later |formerly |currently |now )?)(chairs|chaired|has chaired|had chaired|co-chairs|co-chaired|will chair) (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		if at := strings.Index(s.sk, m[0]); at >= 0 && chairedPartRE.MatchString(s.sk[at+len(m[0]):]) {
			return // "chairs the Ion Cloud audit committee": a part of the company (round 29)
		}
		mod := m[2] + " " + m[3]
		if strings.HasSuffix(m[3], "chaired") && m[3] != "has chaired" {
			mod += " past" // "has chaired X since 2021" holds the post now
		}
		x.personRole(s, schema.RelChairmanOf, m[1], m[4], mod, 0.85)
	}},
	{name: "Z is chairman of Y", keys: []string{"chair"}, flat: true, re: rx(rPer + ` ((?:[a-z']+ ){0,2}?)(is|was|has been|had been|became|becomes|serves as|served as|remains|will become) ((?:(?:previously|formerly|also|now|still|currently|once|himself|herself|until then|until recently|most recently|earlier) )?)(?:the |a |an )?((?:past |former |current |first |founding |new |executive |non-executive )?)(?:chair|chairman|chairwoman|chairperson) of (?:the |both )?` + rDescriptor + rOrg), fn: func(x *extractor, s *sent, m []string) {
		// ("chair of both A and B": round 45, dev29)
		if !companyDescriptor(m[6]) || unitAfter(s, m[0]) {
			return // "chairman of the audit committee of X"
		}
		mod := m[2] + " " + m[4] + m[5]
		if heldBefore(strings.ToLower(m[4])) {
			mod = "former " + mod // "P was most recently chairman of X"
		}
		if m[3] == "was" || m[3] == "served as" || m[3] == "had been" {
			mod += " past"
		}
		x.personRole(s, schema.RelChairmanOf, m[1], m[7], mod, 0.85)
	}},
	{name: "Y chairman Z", keys: []string{"chair"}, flat: true, re: rx(rOrg + `(?:'s)? ((?:former |new |then-)?)(?:[Bb]oard )?(?:Chairman|Chairwoman|Chair|chairman|chairwoman|chair|Chairperson),? (?:<[CU]\d+>(?:'s|’s) )?` + rPer), fn: func(x *extractor, s *sent, m []string) {
		// "Its chair, SoftBank's Alex Jinsung Choi, told" (round 34, dev21):
		// the employer before the name is the person's, the chair the group's
		x.personRole(s, schema.RelChairmanOf, m[3], m[1], m[2], 0.85)
	}},
	{name: "Y had Z as its chairman", keys: []string{"chair"}, flat: true, re: rx(rOrg + `(?: [^<]{0,30}?)? (had|has|named|appointed|elected|picked) (?:<[CUVG]\d+>(?:'s|’s) )?(<P\d+>) as (?:its|their) ((?:first |new |founding |former )?)(?i:chair|chairman|chairwoman|chairperson)\b`), fn: func(x *extractor, s *sent, m []string) {
		mod := m[4]
		if m[2] == "had" {
			mod += " past"
		}
		x.personRole(s, schema.RelChairmanOf, m[3], m[1], mod, 0.8)
	}},
	{name: "Z became chair of Y", keys: []string{"chair"}, flat: true, re: rx(`(<P\d+>)[^<]{0,80}?\b(became|becomes|was named|was elected|was appointed) (?:the )?(?:chair|chairman|chairwoman|chairperson) of (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.personRole(s, schema.RelChairmanOf, m[1], m[3], "", 0.75)
	}},
	// investments
	{name: "X invested N in Y", keys: []string{"invest", "put", "pour", "inject", "pump"}, re: rx(rOrg + `((?:,? [a-z']+){0,4}?|(?: [a-z']+){0,2}? (?:signed|has signed|agreed) (?:a|an) (?:letter of intent|memorandum of understanding|memorandum|agreement) to) (?:invested|invests|invest|investing|put|puts|poured|pours|injected|injects|pumped|pumps) (?:(?:up to )?` + rAmt + `)?[^<]{0,30}?\b(?:in|into) ` + `(<[CVU]\d+>)`), fn: investNotCoordinated}, // invest_coordinated.go; "agreed to invest up to S$1.1 billion for a 20% stake in Y" (round 34)
	{name: "Y, in which X invested N", keys: []string{"in which"}, re: rx(`(<[CVU]\d+>),? in which ` + rOrg + `((?: [a-z']+){0,2}?) (?:invested|has invested|had invested|invests|put|took a stake)(?: ` + rAmt + `)?`), fn: func(x *extractor, s *sent, m []string) {
		y := m[1]
		if at := strings.Index(s.sk, m[0]); at > 0 {
			if a := apposOfRE.FindStringSubmatch(s.sk[:at]); a != nil {
				y = a[1] // "OpenAI, the maker of ChatGPT, in which A has invested": OpenAI (round 32)
			}
		}
		x.invest(s, m[2], y, m[4], m[3], 0.85)
	}},
	{name: "an X investment in Y", keys: []string{"investment"}, flat: true, re: rx(`(?i)(?:\ban? |\bthe |^)` + rOrg + `(?:'s)? ((?:planned |proposed |potential |\$?[\d.,]+ (?:billion|million) )?)investments? (?:of ` + rAmt + ` )?in ` + `(<[CVU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		x.invest(s, m[1], m[4], m[3], m[2], 0.8)
	}},
	// partnerships
	{name: "A and B signed a partnership", keys: []string{"partnership", "collaboration", "memorandum", "mou", "agreement", "pact", "alliance"}, re: rx(rOrgs + ` ` + rAux + `(?:have |has )?(?:unveiled|announced|signed|struck|sealed|inked|formed|entered into|agreed|forged|extended|expanded|deepened|launched|set out|outlined|laid out|detailed)(?: what (?:they|it|the two|both) (?:called|call|calls|described as|describe as|billed as|bill as))?(?: an?| the| their)?((?: [\w-]+| [$€£]\d[\d.,]*(?:bn|m)?(?: [mb]illion)?){0,3}?) (partnership|collaboration|memorandum of understanding|mou|agreement|pact|alliance)\b`), fn: func(x *extractor, s *sent, m []string) {
		parts := x.args(s, m[1])
		if strings.HasPrefix(m[3], " no ") {
			return // "the two operators have signed no commercial agreement" (round 43, dev27)
		}
		if pactWithNamed(s, m[0]) {
			return // "A and B announced a capital and business alliance with C" (partner_noun_coord.go)
		}
		// "at MWC, KT signed": a comma is no coordination; "their own
		// deals" are each party's (partner_roles.go)
		if len(parts) == 2 && andList(s, m[1]) && !eachOwn(s.text) {
			x.partners(s, parts[0], parts[1:], m[2], strings.TrimSpace(m[3]+" "+m[4]), 0.8)
		} else if len(parts) > 2 && len(parts) <= 4 && andList(s, m[1]) && !eachOwn(s.text) && signedPact(m[0], m[4], s.sk[min(len(s.sk), strings.Index(s.sk, m[0])+len(m[0])):]) {
			// "The three companies signed a capital and business alliance"
			// (partner_agreed.go): each pair
			for i := range parts {
				x.partners(s, parts[i], parts[i+1:], m[2], strings.TrimSpace(m[3]+" "+m[4]), 0.75)
			}
		}
	}},
	{name: "X partnered with A", re: rx(rOrg + `((?:,? [a-z']+){0,4}?) (?:partnered|partners|partner|partnering|teamed up|teams up|team up|teaming up|joined hands|joins hands|made (?:a |an )?(?:joint )?commitment|signed (?:a |an )?(?:[\w-]+ ){0,3}?(?:partnership|agreement|deal|mou|memorandum of understanding|pact)|struck (?:a |an )?(?:[\w-]+ ){0,2}?(?:deal|partnership)|collaborates|collaborated|collaborate|collaborating|is working|has been working|works|will work) with (?:[a-z]+ )?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		if strandedVerbRE.MatchString(m[0]) {
			return // "the customers A works with include B": a stranded with (partner_stranded.go)
		}
		if strings.Contains(m[0], "signed no ") || strings.Contains(m[0], "struck no ") {
			return // "A has signed no agreement with B" (round 43, dev27)
		}
		subj := x.args(s, m[1])
		if len(subj) == 1 && !(strings.Contains(m[2], ",") && insideApposition(s, subj[0])) { // partner_apposition.go
			x.partners(s, subj[0], x.args(s, m[3]), m[2], "", 0.8)
		}
	}},
	{name: "partnership between A and B", keys: []string{"partnership", "collaboration", "alliance"}, re: rx(`(?i)^(.*?)\b(?:partnership|collaboration|alliance) (?:between|of) ` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		parts := x.args(s, m[2])
		if len(parts) == 2 {
			x.partners(s, parts[0], parts[1:], m[1], "", 0.75)
		}
	}},
	// nationality
	{name: "N's X", keys: []string{"'", "’"}, flat: true, re: rx(rNat + `'s (?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,3}?(<[CAVU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		if nationGap(m[0]) || possVerbGap(m[0]) || officeGap(m[0]) {
			return
		}
		if a, ok := x.one(s, m[2]); ok && a.m != nil && a.m.Coref && a.m.Kind == 'A' {
			return // "North America's group": a group described by the place it speaks for (coref_place_group.go)
		}
		if a, ok := x.one(s, m[2]); ok && a.m != nil && a.m.Kind == 'U' && nounAfter(s.text, a.m.End) {
			return // "the UK's first large Open RAN sites": an unknown name modifying a noun is no company (round 32)
		}
		x.nation(s, m[2], m[1], 0.85)
	}},
	{name: "X, N's top carrier", keys: []string{"'", "’"}, re: rx(`(<[CAVUL]\d+>), (?:the |one of )?` + rNat + `'s (?:[\w-]+ ){0,4}?(?:` + rCompanyHead + `|alliance|body|association)s?\b`), fn: func(x *extractor, s *sent, m []string) {
		tok, one := x.singularTail(s, m[1], m[0])
		x.nation(s, tok, m[2], 0.85, one...)
	}},
	{name: "Chinese startup X", flat: true, re: rx(rNat + ` (?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,2}?(` + rCompanyHead + `)s? (<[CAVU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		if m[2] == "investor" || m[2] == "manager" || m[2] == "specialist" {
			if a, ok := x.one(s, m[3]); ok && a.m != nil && (a.m.Kind == 'U' || x.discovered[a.m.Slug] != nil) && personLike(a.m.Text) && !investorNameHead(a.m.Text) {
				return // "the Mexican investor David Martinez": a person
			}
		}
		if x.corefArg(s, m[3]) {
			return
		}
		if ap, ok := x.reducedRelativeName(s, m[0], m[3]); ok {
			if ap != "" {
				x.nationAdj(s, ap, m[1], 0.85) // hq_reduced_relative.go
			}
			return
		}
		x.nationAdj(s, m[3], m[1], 0.85)
	}},
	// "the Korean KT said", "the German Deutsche Telekom and ...": a
	// nationality adjective with no head noun, right before a registered
	// company's name (an unknown name there is as often a law or a
	// programme: "the U.S. Securities Act"). Not before "-led" or
	// "-backed": the nationality is then the led thing's.
	{name: "the German X", flat: true, re: rx(`\b[Tt]he ` + rNat + ` (<C\d+>)(?:[^-]|$)`), fn: func(x *extractor, s *sent, m []string) {
		if c, ok := x.one(s, m[1]); ok && c.m != nil && strings.HasSuffix(c.m.Text, ".") {
			return // "in the U.S. Acme Telecom is ...": the full stop may end a sentence
		}
		x.nationAdj(s, m[2], m[1], 0.8)
	}},
	{name: "N members - A and B", re: rx(rNat + ` (?:members|companies|startups|firms|operators|carriers|partners|players|vendors|telcos)\b(?:[^<]|<X\d+>){0,80}?` + `(<[CUL]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		if x.corefArg(s, m[2]) || nationOverClause(m[0]) {
			return
		}
		x.nationAdj(s, m[2], m[1], 0.8)
	}},
	{name: "X, a N group", re: rx(`(<[CAVU]\d+>), an? (?:[^<,]{0,30}?<[CUG]\d+>-led )?(?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,2}?` + rNat + ` (?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,3}?(?:` + rCompanyHead + `|alliance|body|association|consortium)\b`), fn: func(x *extractor, s *sent, m []string) {
		if headPossessive(s.sk, m[0]) || prepBeforeNation(m[0], m[2]) {
			return
		}
		x.nationAdj(s, m[1], m[2], 0.8)
	}},
	// "X, Y's Finnish rival", "X, its Brazilian operator": a possessive
	// description in apposition gives X's own country (the owner's is
	// Y's); "Y's Brazilian unit, X," the same with the name after it.
	{name: "X, Y's N rival", re: rx(`(<[CAVU]\d+>), (?:<[CAVU]\d+>(?:'s|’s)|its|their) (?:(?:[a-z][\w-]*) ){0,2}?` + rNat + ` (?:(?:[a-z][\w-]*) ){0,1}?` + rCompanyHead + `(?:,|$| (?:is|was|has|had|said|says|will|would|which|and)\b)`), fn: func(x *extractor, s *sent, m []string) {
		x.nationAdj(s, m[1], m[2], 0.75)
	}},
	{name: "Y's N unit, X", re: rx(`(?:^|, |; |\b(?:and|but|while) )(?:(<[CAVU]\d+>)(?:'s|’s)|[Ii]ts|[Tt]heir) (?:(?:[a-z][\w-]*) ){0,2}?` + rNat + ` (?:(?:[a-z][\w-]*) ){0,1}?` + rCompanyHead + `, (<[CAVU]\d+>)(?:,|$| (?:is|was|has|had|said|says|will|would)\b)`), fn: func(x *extractor, s *sent, m []string) {
		if x.sameEntity(s, m[1], m[3]) {
			return // "Ericsson's US subsidiary, Ericsson Inc.,": the unit, not the parent (hq_unit_self.go)
		}
		x.nationAdj(s, m[3], m[2], 0.75)
	}},
	{name: "N, its home country", keys: []string{"home"}, flat: true, re: rx(`^(.*?)` + rNat + `, (?:its|their) home (?:country|market|base)\b`), fn: func(x *extractor, s *sent, m []string) {
		for _, a := range x.args(s, m[1]) {
			if a.m != nil && a.m.Kind != 'N' && a.m.Kind != 'P' {
				x.nation(s, "", m[2], 0.75, a)
				return
			}
		}
	}},
}

// sentenceAlliance is the alliance a sentence talks about: one it names,
// else the one under discussion.
func (x *extractor) sentenceAlliance(s *sent) string {
	for i, m := range s.ms {
		if m.Kind == 'A' && !ownedGroup(s, i) { // roster_group.go
			return "<A" + itoa(i) + ">"
		}
	}
	if x.curAlli != "" {
		return "@" + x.curAlli
	}
	return ""
}

// one resolves a single-entity marker (or "@slug") to an argument.
func (x *extractor) one(s *sent, marker string) (arg, bool) {
	if strings.HasPrefix(marker, "@") {
		return arg{slug: marker[1:], text: "(" + x.nameOf(marker[1:]) + ")"}, true
	}
	as := x.args(s, marker)
	if len(as) != 1 {
		return arg{}, false
	}
	return as[0], true
}

func (x *extractor) nameOf(slug string) string {
	if e, ok := x.lx.ents[slug]; ok {
		return e.Name
	}
	return slug
}

// confidence lowers a rule's base confidence for arguments the text does
// not name outright.
func confOf(base float64, as ...arg) float64 {
	c := base
	for _, a := range as {
		if a.m == nil || a.m.Coref {
			c -= 0.1
		}
		if a.m != nil && a.m.Kind == 'U' {
			c -= 0.1
		}
	}
	return max(c, 0.1)
}

func (x *extractor) mention(a arg, slug string) schema.Mention {
	return schema.Mention{ID: slug, Text: strings.TrimSpace(a.text)}
}

func (x *extractor) binary(s *sent, rel schema.Relation, subj, obj, modText string, base float64) {
	spec, _ := rel.Spec()
	a, ok1 := x.one(s, subj)
	b, ok2 := x.one(s, obj)
	if !ok1 || !ok2 {
		return
	}
	mod, drop := modalityOf(modText)
	if drop || rel == schema.RelLedBy && personOfPoss(s, b) { // "led by Y's P" (possessed.go)
		return
	}
	sa, sb := x.resolve(a, spec.SubjectTypes), x.resolve(b, spec.ObjectTypes)
	if sa == "" || sb == "" || sa == sb {
		return
	}
	x.emit(s, schema.Fact{Relation: rel, Subject: x.mention(a, sa), Object: x.mention(b, sb), Modality: mod}, confOf(base, a, b))
}

func (x *extractor) membership(s *sent, rel schema.Relation, ms []arg, org, modText string, base float64) {
	if org == "" {
		return
	}
	o, so, mod, ok := x.allianceArg(s, org, modText)
	if !ok {
		return
	}
	if g := x.launchedFor(s, so); (rel == schema.RelFoundingMember || rel == schema.RelMemberOf && strings.Contains(s.text, "founding")) && g != "" {
		o, so = arg{slug: g, text: "(" + x.nameOf(g) + ")"}, g // member_launcher.go
	}
	d := x.dateOf(s)
	for _, m := range ms {
		sm := x.resolve(m, []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture})
		if sm == "" || sm == so {
			continue
		}
		f := schema.Fact{Relation: rel, Subject: x.mention(m, sm), Object: x.mention(o, so), Modality: mod}
		if rel == schema.RelMemberOf {
			f.Since = d
		}
		key := so
		if b := x.placeholder[so]; b != "" {
			key = b
		}
		if mod == "" && !slices.Contains(x.members[key], sm) {
			x.members[key] = append(x.members[key], sm)
		}
		x.emit(s, f, confOf(base, m, o))
	}
}

// clauseWords may stand before "the X launched" without making it a
// relative clause.
var clauseWords = map[string]bool{
	"at": true, "in": true, "on": true, "with": true, "by": true, "and": true, "that": true, "when": true,
	"after": true, "before": true, "as": true, "while": true, "since": true, "because": true, "but": true,
}

// allianceArg resolves the alliance a membership or founding clause names
// and the clause's modality; ok is false when the clause states no fact.
func (x *extractor) allianceArg(s *sent, org, modText string) (o arg, slug string, mod schema.Modality, ok bool) {
	if o, ok = x.one(s, org); !ok {
		return o, "", "", false
	}
	mod, drop := modalityOf(modText)
	if drop {
		return o, "", "", false
	}
	slug = x.resolve(o, allianceTypes)
	return o, slug, mod, slug != ""
}

func (x *extractor) founded(s *sent, org, modText string, base float64) {
	o, so, mod, ok := x.allianceArg(s, org, modText)
	if !ok {
		return
	}
	x.foundedNow = so
	x.noteLauncher(s, so) // member_launcher.go
	x.emit(s, schema.Fact{Relation: schema.RelFounded, Subject: x.mention(o, so), Date: x.dateOf(s), Modality: mod}, confOf(base, o))
}

func (x *extractor) jointVenture(s *sent, parts []arg, modText, name, purpose, share string, base float64) {
	x.jointVentureOf(s, nil, parts, modText, name, purpose, share, base)
}

// jointVentureOf is jointVenture with the venture itself when the text
// names it (venture_named.go).
func (x *extractor) jointVentureOf(s *sent, venture *arg, parts []arg, modText, name, purpose, share string, base float64) {
	mod, drop := modalityOf(modText)
	if drop || ventureFailed(s.text) { // venture_failed.go
		return
	}
	f := schema.Fact{Relation: schema.RelJointVenture, Modality: mod, Share: share}
	if venture != nil {
		if sv := x.resolve(*venture, orgTypesAll); sv != "" {
			f.Subject = x.mention(*venture, sv)
		}
	}
	parts, name = ventureAppositive(s, parts, name) // venture_appos.go
	seen := map[string]bool{}
	c := base
	for _, p := range parts {
		sp := x.resolve(p, orgTypesAll)
		if sp == "" || seen[sp] {
			continue
		}
		seen[sp] = true
		f.Partners = append(f.Partners, x.mention(p, sp))
		c = min(c, confOf(base, p))
	}
	if len(f.Partners) < 2 {
		return
	}
	name = strings.TrimSpace(name)
	for _, p := range []string{"called ", "named ", "dubbed "} {
		if i := strings.Index(name, p); i >= 0 {
			f.Name = strings.Trim(strings.TrimSpace(name[i+len(p):]), `"“”`)
		}
	}
	if purpose = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(purpose, ",")), "to ")); purpose != "" {
		f.Purpose = purpose
	}
	x.emit(s, f, c)
}

func (x *extractor) personRole(s *sent, rel schema.Relation, person, org, modText string, base float64) {
	p, ok1 := x.one(s, person)
	o, ok2 := x.one(s, org)
	if !ok1 || !ok2 {
		return
	}
	mod, drop := modalityOf(modText)
	if drop || holdingArg(s, o) || roleScopedArg(s, o) {
		return // "chief executive of Singtel's data-centre unit" runs the unit (roles_scope.go)
	}
	sp := x.resolve(p, personTypes)
	so := x.resolve(o, orgTypesAll)
	if sp == "" || so == "" {
		return
	}
	f := schema.Fact{Relation: rel, Subject: x.mention(p, sp), Object: x.mention(o, so), Modality: mod}
	for _, d := range s.dates {
		if !d.Until.IsZero() {
			f.Since, f.Until = d.Date, d.Until
			if f.Until.End().Before(x.art.Start()) || x.art.IsZero() {
				f.Modality = schema.Past
			}
		}
	}
	x.lastPerson = sp
	x.emit(s, f, confOf(base, p, o))
}

func (x *extractor) invest(s *sent, investor, investee, amount, modText string, base float64) {
	a, ok1 := x.one(s, investor)
	b, ok2 := x.one(s, investee)
	if !ok1 || !ok2 {
		return
	}
	mod, drop := modalityOf(modText)
	if drop {
		return
	}
	sa, sb := x.resolve(a, orgTypesAll), x.resolve(b, companyTypes)
	if sb != "" {
		sb = x.investeeInFocus(s, b, sb, sa) // invest_focus.go
	}
	if sa == "" || sb == "" || sa == sb {
		return
	}
	f := schema.Fact{Relation: schema.RelInvestedIn, Subject: x.mention(a, sa), Object: x.mention(b, sb), Amount: strings.TrimSpace(amount), Modality: mod}
	x.emit(s, f, confOf(base, a, b))
}

func (x *extractor) partners(s *sent, a arg, others []arg, modText, topic string, base float64) {
	mod, drop := modalityOf(modText)
	if drop || x.partnershipDenied(s) || customerRoleAfter(s, a) { // partner_roles.go, partner_customer_role.go
		return
	}
	sa := x.resolve(a, orgTypesAll)
	if sa == "" {
		return
	}
	for _, b := range others {
		sb := x.resolve(b, orgTypesAll)
		if sb == "" || sb == sa || customerRoleAfter(s, b) || customerExampleBefore(s, b) {
			continue
		}
		f := schema.Fact{Relation: schema.RelPartnerOf, Subject: x.mention(a, sa), Object: x.mention(b, sb), Modality: mod, Topic: topic}
		x.emit(s, f, confOf(base, a, b))
	}
}

// nation states headquarteredIn for every organisation in orgs (or the
// given args) from a country mention.
func (x *extractor) nation(s *sent, orgs, country string, base float64, extra ...arg) {
	c, ok := x.one(s, country)
	if !ok {
		return
	}
	sc := x.resolve(c, countryTypes)
	if sc == "" {
		return
	}
	list := extra
	if orgs != "" {
		list = append(list, x.args(s, orgs)...)
	}
	for _, o := range list {
		so := x.resolve(o, orgTypesAll)
		if so == "" || strings.HasPrefix(so, "_new") {
			continue
		}
		if _, known := x.hq[so]; !known {
			x.hq[so] = sc
		}
		x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(o, so), Object: x.mention(c, sc)}, confOf(base, o))
	}
}

// nationAdj is nation for a nationality adjective ("Chinese startup").
func (x *extractor) nationAdj(s *sent, orgs, country string, base float64) {
	if c, ok := x.one(s, country); !ok || c.m == nil || !c.m.Demonym && !attributiveCountry(s.text, c.m) {
		return
	}
	x.nation(s, orgs, country, base)
}

// dateOf is the date a sentence gives its fact: its first date expression,
// or the date of an event it names that an earlier sentence dated.
func (x *extractor) dateOf(s *sent) schema.Date {
	if m := eventRefRE.FindStringSubmatch(s.text); m != nil {
		if d, ok := x.events[strings.ToLower(m[1])]; ok {
			return d
		}
	}
	for _, d := range s.dates {
		if d.Until.IsZero() {
			return d.Date
		}
	}
	if m := eventRefRE.FindStringSubmatch(s.text); m != nil {
		if d, ok := x.events[strings.ToLower(m[1])]; ok {
			return d
		}
	}
	return schema.Date{}
}

var (
	eventNameRE = rx(`\b([A-Z][\w-]+) ((?:19|20)\d\d)\b`)
	eventRefRE  = mustFiltered(`(?:this year's|this year’s|last year's|last year’s|at) ([A-Z][\w-]+)(?: (?:event|conference|summit|gathering|show|congress|meeting|forum))`)
)

// noteEvents remembers named events ("Unite 2024") that a sentence dates
// ("Last week"), so that "this year's Unite event" can be dated later.
func (x *extractor) noteEvents(s *sent) {
	var rel *dateExpr
	for i := range s.dates {
		if s.dates[i].Relative {
			rel = &s.dates[i]
			break
		}
	}
	if rel == nil {
		return
	}
	for _, m := range eventNameRE.FindAllStringSubmatch(s.text, -1) {
		if monthOrDay(m[1]) {
			continue
		}
		if strings.HasPrefix(rel.Date.String(), m[2]) {
			x.events[strings.ToLower(m[1])] = rel.Date
		}
	}
}

// clauseOf is the part of text between semicolons that holds name: "Its
// founding members are A and B; C will sit in as an observer" tells of
// C's status in one clause and of A's membership in the other (round 26).
// A name not found, or found in several parts, gives the whole text.
func clauseOf(text, name string) string {
	parts := strings.Split(text, ";")
	if len(parts) == 1 || name == "" {
		return text
	}
	found := ""
	for _, p := range parts {
		if strings.Contains(p, name) {
			if found != "" {
				return text
			}
			found = p
		}
	}
	if found == "" {
		return text
	}
	return found
}

// observerRE finds an observer's status, which is no membership.
var observerRE = mustFiltered(`(?i)\bas (?:an? )?(?:non-voting )?observers?\b|\bobserver (?:status|member)`)

// emit records a fact, merging it with an earlier statement of the same
// fact: the first evidence is kept, missing qualifiers are filled in.
func (x *extractor) emit(s *sent, f schema.Fact, conf float64) {
	if x.refused(s, f) {
		return
	}
	f.Evidence = s.text
	f.Confidence = float64(int(conf*100+0.5)) / 100
	f.Extractor = ExtractorName
	if f.Rule == "" {
		f.Rule = x.rule
	}
	x.keep(s, f)
	x.foundingHolder(s, f, conf) // found_company_founders.go
}

// refused says whether the sentence takes back, hedges, questions or
// otherwise withholds the fact f (every rule's fact and the learned
// pass's pass these checks).
func (x *extractor) refused(s *sent, f schema.Fact) bool {
	if f.Modality == "" && f.Relation != schema.RelHeadquarteredIn && f.Relation != schema.RelCEOOf && f.Relation != schema.RelChairmanOf && retractRE.MatchString(s.text) {
		// (a title is held, not a move: "took over as CEO on the day a
		// bid was called off" still names the chief executive)
		// A retracted move ("considered a counter-bid but decided against
		// it") takes back the move, not where the company is based.
		return true // "had considered investing in Y but decided against it"
	}
	if f.Relation != schema.RelHeadquarteredIn && withheldSubject(s.text, f.Subject.Text) {
		return true // "Market chatter that A would invest in B was dismissed", "weighing whether A should" (modality_report_after.go)
	}
	if f.Relation != schema.RelHeadquarteredIn && hearsayRE.MatchString(s.text) {
		return true // "An earlier version of this article said that A had invested in Y" (round 25)
	}
	if f.Relation == schema.RelPartnerOf && strings.Contains(s.text, "erge") && mergerDealRE.MatchString(s.text) {
		return true // "A and B signed the main agreement for their merger": a merger, no partnership (round 32)
	}
	if (f.Relation == schema.RelPartnerOf || f.Relation == schema.RelJointVenture || f.Relation == schema.RelInvestedIn) && unrealRE.MatchString(s.text) {
		return true // "the much-trailed partnership between A and B does not exist" (round 26)
	}
	if (f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember) && observerRE.MatchString(clauseOf(s.text, f.Subject.Text)) {
		return true // "joined X as an observer": no member
	}
	if speculativeMembership(s.text, f) || speculativeRelation(s.text, f) || dealDeniedAfter(s.text, f) {
		return true // "A, which may join next year", "A may partner with B" (modality_may_*.go); "...; nothing has been announced" (negation_tail.go)
	}
	if roleDeniedOn(s.text, f) {
		return true // "A, which is not an owner" (modality_relative_denial.go)
	}
	if f.Relation != schema.RelInvestedIn && deniedByNeither(s, f) {
		return true // "neither Huawei nor ZTE belongs to it" (invest_neither.go; an investment's is notAnInvestment's)
	}
	if honorific(f.Subject.Text) || honorific(f.Object.Text) {
		return true // "Crown Prince" is nobody (chairs.go)
	}
	if question(s.text) && f.Relation != schema.RelHeadquarteredIn {
		// (a nationality in a question is still told: "So what are
		// Swedish vendor Ericsson and its Finnish rival Nokia doing?")
		return true // "Q: Has Nvidia joined?" asks; it states nothing (member_more.go)
	}
	if x.companyAlliancePair(f) {
		return true // a company working with an alliance (partner_alliance.go)
	}
	if leftOpen(s.text, f) || reportedOnly(s.text, f) || customerClassPartner(s.text, f) {
		return true // "Asked whether A had signed with B, ..." (modality_open.go)
	}
	if notAnInvestment(s, f) {
		return true // a product, a holding, an own unit, a loan (invest_guard.go)
	}
	if nothingInvolves(s.text, f) {
		return true // "nothing announced so far involves A buying shares in Y" (modality_nothing.go)
	}
	return false
}

// keep records a fact emit accepted.
func (x *extractor) keep(s *sent, f schema.Fact) {
	if f.Modality == schema.Asserted {
		f.Modality = ""
	}
	spec, _ := f.Relation.Spec()
	if !slices.Contains(spec.Qualifiers, "since") {
		f.Since = schema.Date{}
	}
	if !slices.Contains(spec.Qualifiers, "date") {
		f.Date = schema.Date{}
	}
	x.noteRoster(f)
	x.noteLaunched(f) // lead_described_led.go
	if x.track {
		x.noteFactCorefs(f)
	}
	if f.Relation == schema.RelPartnerOf && f.Modality == "" {
		x.lastPair, x.lastPairAt = [2]string{f.Subject.ID, f.Object.ID}, x.sentIdx
	}
	key := factKey(f)
	if x.mergeFact(f, key) { // fact_merge.go
		return
	}
	x.facts = append(x.facts, extracted{Fact: f, key: key, unlessNamed: x.unlessNamed, lastSaid: x.sentIdx})
}

// factKey identifies a fact by its relation and core arguments.
func factKey(f schema.Fact) string {
	ids := []string{f.Subject.ID, f.Object.ID}
	spec, _ := f.Relation.Spec()
	if spec.Symmetric {
		sort.Strings(ids)
	}
	if spec.PartnersRole != "" {
		ids = nil
		for _, p := range f.Partners {
			ids = append(ids, p.ID)
		}
		sort.Strings(ids)
	}
	return string(f.Relation) + "|" + strings.Join(ids, "|")
}

func itoa(i int) string { return strconv.Itoa(i) }

// investorNameHeads end the names of investing firms, not of people.
var investorNameHeads = map[string]bool{"capital": true, "ventures": true, "partners": true, "fund": true, "group": true,
	"holdings": true, "investments": true, "management": true, "bank": true, "corp": true, "advisors": true, "advisers": true,
	"equity": true, "ag": true, "ab": true, "sa": true, "inc": true, "llc": true, "ltd": true, "plc": true, "asa": true, "trust": true}

// investorNameHead reports whether an unknown name ends like a firm's.
func investorNameHead(name string) bool {
	w := strings.Fields(strings.ToLower(strings.TrimSuffix(name, ".")))
	return len(w) > 0 && investorNameHeads[w[len(w)-1]]
}

// unrealRE says a deal told in the sentence is no fact: "the much-trailed
// partnership between A and B does not exist" (round 26).
var unrealRE = mustFiltered(`(?i)\b(?:partnership|tie-up|alliance|deal|venture|collaboration|stake|investment)\b[^.;]{0,80}?\b(?:does not|doesn't|did not|didn't|has never|have never|never) (?:exist|existed|happen|happened|materiali[sz]e|materiali[sz]ed)\b`)

// hearsayRE marks a sentence whose relations nobody states: a
// correction's retracted report ("An earlier version of this article
// said that ...") and speculation ("Some commentators have suggested
// that A is about to join X", "A is rumoured to ..."); round 25.
var hearsayRE = mustFiltered(`(?i)\b(?:earlier version of this (?:article|story|report|piece)|(?:have|has|had) (?:suggested|speculated) that|speculation (?:that|about|over)|rumou?red to|rumou?rs? that)\b`)

// nounAfter reports whether a lower-case word follows offset end of text
// after one space ("Open RAN sites"): the name before it modifies it.
func nounAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	c := text[end+1]
	if c < 'a' || c > 'z' {
		return false
	}
	w := strings.FieldsFunc(text[end+1:], func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' })[0]
	return !listStop[w] && !strings.HasSuffix(w, "ed") && !reportingVerbs[w] // "TIM was", "TIM said": a verb follows the company
}

// apposOfRE ends the text before a name that is the object of "of" in an
// apposition to the name before it: "<C1>, the maker of ".
var apposOfRE = regexp.MustCompile(`(<[CVU]\d+>), (?:the |an? )?(?:[\w-]+ ){1,3}(?:of|behind) $`)

// mergerDealRE finds an agreement to merge: "signed the main agreement for
// their merger", "a merger agreement", "an agreement to merge".
var mergerDealRE = regexp.MustCompile(`(?i)\b(?:merger agreement|agreement (?:for|on) (?:their|the|a) (?:planned |proposed )?merger|agreement to merge|agreed to merge)\b`)
