package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file holds the phrasing families added after measuring the
// extractor on articles it was not written against (testdata/heldout):
// appositive and passive leadership, relative-clause and fronted founding
// dates, joint ventures with one partner named after "with" or described
// by their shares, job titles stacked before "CEO", appointments, stakes and
// funding rounds, "X-backed", and "headquartered in".

// rules are tried on every sentence, in order; each may state several facts.
var rules = append(append(append(append(append(append(append(append(append(append(append([]rule{}, baseRules...), phrasingRules...), titleCopulaRules...), belongRules...), membersApposRules...), membersApposBareRule), leadChairRules...), bareRoleRules...), topJobRules...), dealLineRules...), ventureDescRules...)

const (
	// rTitles are titles that may be stacked before "CEO" or "chief
	// executive" ("President and CEO", "Managing Director and Group CEO",
	// "Vice Chairman and Co-CEO", "founder and CEO").
	rTitles = `(?:(?:president|chairman|chairwoman|chair|founder|co-founder|cofounder|managing director|vice[- ]chairman|executive director|director|executive vice chairman)(?: and | & |, ))*(?:group |global )?(?:co-)?`
	// rDescriptor is up to three lower-case words describing the company
	// a title is held at ("chief executive of telecoms group X"); the
	// rule checks them with companyDescriptor.
	rDescriptor = `((?:<N\d+> )?(?:[a-z][a-z-]* ){0,3}?(?:the )?)`
	// rCEO is the chief executive title itself.
	rCEO = `(?:chief executive(?: officer)?|ceo)\b`
	// rInsert is an optional comma-delimited insertion after a subject
	// ("Vodafone Spain, which Zegona bought in 2024, appointed ...").
	rInsert = `(?:, (?:(?:which|who|whose|the|an?)\b|<[A-Z]\d+>)[^,]{0,120},)?`
	// rCode is a marker or plain text up to a clause boundary.
	rClause = `(?:[^,.;<]|<[A-Z]\d+>)+`
	rShare  = `(\d+:\d+|\d+-\d+|50/50|equally[- ]owned)`
)

var (
	agreedToRE = regexp.MustCompile(`(?i)\bagree[sd]? to\b`)
	nextRE     = regexp.MustCompile(`(?i)\b(?:next|incoming|designate)\b`)
	verbGapRE  = regexp.MustCompile(`\b(?:is|are|was|were|has|have|had|will|said|says)\b`)
)

var phrasingRules = []rule{
	// ledBy
	{name: "Y, the group led by X", keys: []string{"led by", "headed by", "spearheaded by", "run by"}, re: rx(rAll + `,? (?:the |an? )?(?:[\w-]+ ){0,4}?(?:group|alliance|body|consortium|forum|initiative|organisation|organization|association|coalition|project|effort) (?:co-led|led|headed|spearheaded|run) by ` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.binary(s, schema.RelLedBy, m[1], m[2], "", 0.85)
	}},
	{name: "Y under the leadership of X", keys: []string{"under the "}, re: rx(rAll + `[^<]{0,80}?\bunder the (?:leadership|stewardship|direction) of ` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.binary(s, schema.RelLedBy, m[1], m[2], "", 0.8)
	}},
	// founding dates
	{name: "Y, which was launched in D", keys: []string{"which ", "that "}, re: rx(rAll + `,? (?:which|that) ((?:[a-z']+ ){0,2}?)(?:was |were |has been |had been )?(?:officially |formally )?(?:launched|founded|formed|established|created|set up|started|unveiled)\b`), fn: func(x *extractor, s *sent, m []string) {
		x.founded(s, m[1], m[2], 0.85)
	}},
	// "Y, which was launched at MWC Barcelona in February 2024 together
	// with A, B and C": those named with the launch founded Y with
	// whoever the sentence named before (round 35, dev22)
	{name: "Y, which was launched together with A", keys: []string{"together with", "along with"}, re: rx(rAll + `,? (?:which|that) (?:was |were |has been |had been )?(?:officially |formally )?(?:launched|founded|formed|established|created|set up|started)\b[^<;]{0,60}? (?:together|along) with ` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		x.membership(s, schema.RelFoundingMember, x.args(s, m[2]), m[1], "", 0.75)
	}},
	{name: "Founded in D, Y", keys: []string{"founded", "launched", "established", "formed", "created", "set up", "started"}, re: rx(`^(?:Founded|Launched|Established|Formed|Created|Set up|Started) (?:in|on) [^<,]+, (?:the )?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		x.founded(s, m[1], "", 0.85)
	}},
	{name: "X announced Y", keys: []string{"announc", "introduc"}, re: rx(`(?i)((?:\b[a-z']+ ){0,3})\b(?:announced|announces|introduced|introduces)(?: the| a| an)?(?: new)? ["“]?` + rAll + `(?:,|\.|$| to | as | in | on )`), fn: func(x *extractor, s *sent, m []string) {
		x.founded(s, m[2], m[1], 0.75)
	}},
	// membership
	{name: "A have since become members", keys: []string{"members"}, re: rx(rOrgs + ` ((?:[a-z']+ ){0,2}?)(?:became|become|becomes|joined as|signed up as) (?:new |full )?members(?:[.,;]|$| in | since | last | this | at )`), fn: func(x *extractor, s *sent, m []string) {
		n := len(x.facts)
		x.membership(s, schema.RelMemberOf, x.args(s, m[1]), x.sentenceAlliance(s), m[2], 0.75)
		for k := n; k < len(x.facts); k++ {
			x.facts[k].Since = x.dateNear(s.sk, m[0]) // not the founding date earlier in the sentence
		}
	}},
	// joint ventures
	{name: "X formed a joint venture with A", keys: []string{"joint venture"}, re: rx(rOrg + ` ` + rAux + `(?:has |have )?(set up|formed|form|forms|created|create|launched|established|agreed to form|agreed to set up|agreed to create|struck|strike|strikes|inked|sealed|entered into|enter into|enters into) (?:a |an )(?:new )?(?:[\w-]+ ){0,2}?joint venture with ` + rOrgs + `((?:,? (?:called|named|dubbed) (?:<[VUCA]\d+>|[^,<]+))?)((?:,? to ` + rClause + `)?)`), fn: func(x *extractor, s *sent, m []string) {
		parts := append(x.args(s, m[1]), x.args(s, m[4])...)
		x.jointVenture(s, parts, agreedToRE.ReplaceAllString(m[2]+" "+m[3], ""), x.unmark(s, m[5]), x.unmark(s, m[6]), "", 0.85)
	}},
	{name: "A, B and C form a new company", keys: []string{"new ", "joint "}, re: rx(`(<L\d+>) ` + rAux + `(form|forms|formed|forming|set up|sets up|create|created|creating|establish|established|launch|launched) (?:a |an )(?:new |joint )(?:company|venture|entity|business)\b((?:,? (?:that|which) (?:will )?` + rClause + `)?)`), fn: func(x *extractor, s *sent, m []string) {
		purpose := strings.TrimSpace(x.unmark(s, m[4]))
		for _, p := range []string{", ", "that ", "which ", "will "} {
			purpose = strings.TrimPrefix(purpose, p)
		}
		parts := x.args(s, m[1])
		if subj := agreedWithSubject(s.sk, m[0]); subj != "" {
			parts = append(x.args(s, subj), parts...) // "A agreed with B, C and D to set up a joint venture" (partner_agreed.go)
		}
		x.jointVenture(s, parts, agreedToRE.ReplaceAllString(m[2]+" "+m[3], ""), "", "to "+purpose, "", 0.75)
	}},
	{name: "X owns N% of the venture and Y the other M%", keys: []string{"%", "per cent", "percent"}, re: rx(rOrg + ` ((?:[a-z']+ ){0,3}?(?:owns|own|holds|hold|has|have|takes|take|gets|get|keeps|keep)) (\d+(?:\.\d+)?) ?(?:%|per ?cent|percent) of the (?:new |combined |joint )?(?:venture|joint venture|company|business|entity) and ` + rOrg + ` (?:the |its )?(?:remaining |other |rest |last )?(\d+(?:\.\d+)?) ?(?:%|per ?cent|percent)`), fn: func(x *extractor, s *sent, m []string) {
		x.jointVenture(s, append(x.args(s, m[1]), x.args(s, m[4])...), m[2], "", "", m[3]+"-"+m[5], 0.7)
	}},
	{name: "Y, the joint venture A formed with B", keys: []string{"joint venture"}, re: rx(`(<[VCU]\d+>),? (?:is |was )?(?:itself |now )?(?:a |the |an |their |its )(?:` + rShare + ` )?joint venture (?:that |which )?` + rOrgs + ` ((?:[a-z']+ ){0,2}?)(?:formed|set up|created|established|launched)\b(?:[^<]{0,30}? with ` + rOrgs + `|[^<,]{0,30}? with (?:the )?(?:[a-z-]+ ){1,2}` + rOrgs + `)?((?:,? to ` + rClause + `)?)`), fn: func(x *extractor, s *sent, m []string) {
		parts := append(x.args(s, m[3]), x.args(s, m[5])...)
		parts = append(parts, x.args(s, m[6])...) // "formed with the infrastructure investors B and C" (round 40)
		share := m[2]
		if share == "equally-owned" || share == "equally owned" || share == "50/50" {
			share = "50-50"
		}
		x.jointVenture(s, parts, m[4], "called "+x.unmark(s, m[1]), x.unmark(s, m[7]), strings.ReplaceAll(share, ":", "-"), 0.8)
	}},
	{name: "A and B, which share X through Y, their joint venture", keys: []string{"joint venture"}, re: rx(rOrgs + `,? (?:which|who) ([^<]{0,80}?)\b(?:through|via|in) (<[VU]\d+>), (?:their|a|the) (?:` + rShare + ` )?joint venture`), fn: func(x *extractor, s *sent, m []string) {
		purpose := strings.TrimSpace(m[2])
		for _, p := range []string{"already ", "jointly ", "now "} {
			purpose = strings.TrimPrefix(purpose, p)
		}
		x.jointVenture(s, x.args(s, m[1]), "", "called "+x.unmark(s, m[3]), "to "+purpose, strings.ReplaceAll(m[4], ":", "-"), 0.75)
	}},
	// chief executives
	{name: "X named Z as CEO", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)` + rOrg + rInsert + ` ` + rAux + `(?:has |have )?(?:named|appointed|hired|picked|chose|tapped|promoted)(?: [^<]{0,30}?<[CUAV]\d+>(?:'s)?)?(?: [^<]{0,30}?)? ` + rPer + `,? as (?:its |the company's |their )?((?:new |next |interim |permanent |incoming )?)` + rTitles + rCEO), fn: func(x *extractor, s *sent, m []string) {
		if titleOfOther(s.flat, m[0], m[1]) {
			return // "X named P as CEO of its cloud unit" (roles_title_other.go)
		}
		mod := m[2]
		if nextRE.MatchString(m[4]) {
			mod += " will"
		}
		org := m[1]
		if a := apposedNameRE.FindStringSubmatch(strings.TrimPrefix(m[0], m[1])); a != nil {
			org = a[1] // "A said its venture with B, J, had appointed P as CEO": J's (round 25)
		}
		x.personRoleSince(s, schema.RelCEOOf, m[3], org, mod, x.dateAfter(s, s.flat, m[0]), 0.8)
	}},
	// "X's Z took over as chief executive in April", "X's Z became
	// president and CEO": the title is the possessor's when no "of" or
	// "at" gives it another owner (round 37).
	{name: "X's Z became CEO", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)` + rOrg + `(?:'s|’s) ` + rPer + ` ((?:[a-z']+ ){0,2}?)(?:took over as|takes over as|will take over as|became|becomes|will become|was named|has been named|was appointed|has been appointed|was promoted to|stepped up as|steps up as)(?: the)? ((?:new |interim |permanent )?)` + rTitles + rCEO), fn: func(x *extractor, s *sent, m []string) {
		if rest := s.flat[strings.Index(s.flat, m[0])+len(m[0]):]; strings.HasPrefix(rest, " of") || strings.HasPrefix(rest, " at") || strings.HasPrefix(rest, " for") {
			return // "X's Z became chief executive of Y"
		}
		mod := m[3]
		if strings.Contains(m[0], "will ") || strings.Contains(m[0], "becomes") || strings.Contains(m[0], "takes over") || strings.Contains(m[0], "steps up") {
			mod += " will"
		}
		x.personRoleSince(s, schema.RelCEOOf, m[2], m[1], mod, x.dateAfter(s, s.flat, m[0]), 0.8)
	}},
	{name: "Z succeeded W as CEO of X", keys: []string{"succeed", "replace", "took over", "takes over"}, flat: true, re: rx(`(?i)` + rPer + ` ((?:[a-z']+ ){0,2}?)(?:succeeded|succeeds|replaced|replaces|took over from|takes over from) ` + rPer + ` as (?:the )?` + rTitles + rCEO + ` (?:of|at) (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.personRoleSince(s, schema.RelCEOOf, m[1], m[4], m[2], x.dateAfter(s, s.flat, m[0]), 0.8)
	}},
	{name: "Z succeeded W as X CEO", keys: []string{"succeed", "replace", "took over", "takes over"}, flat: true, re: rx(`(?i)` + rPer + ` ((?:[a-z']+ ){0,2}?)(?:succeeded|succeeds|replaced|replaces|took over from|takes over from) ` + rPer + ` as (?:the )?` + rOrg + `(?:'s|’s)? ` + rTitles + rCEO), fn: func(x *extractor, s *sent, m []string) {
		x.personRoleSince(s, schema.RelCEOOf, m[1], m[4], m[2], x.dateAfter(s, s.flat, m[0]), 0.8)
	}},
	{name: "Z, who has been X's CEO", keys: []string{"who "}, flat: true, re: rx(`(?i)` + rPer + `, who (is|has been|was|had been|remains) (?:also |still )?(?:the )?` + rOrg + `'s ((?:current |new )?)` + rTitles + rCEO + `((?: since [^,<]{0,30})?)`), fn: func(x *extractor, s *sent, m []string) {
		mod := m[4]
		if m[2] == "was" || m[2] == "had been" {
			mod += " past"
		}
		var since schema.Date
		if ds := findDates(m[5], x.art); len(ds) > 0 {
			since = ds[0].Date
		}
		x.personRoleSince(s, schema.RelCEOOf, m[1], m[3], mod, since, 0.85)
	}},
	{name: "X, the firm that Z runs as CEO", keys: []string{" as "}, flat: true, re: rx(rOrg + `, (?:(?:the|a|an) (?:[\w'-]+ ){0,6}?|<[CVU]\d+> )?(?:that |which |whom )?` + rPer + ` ((?:[\w'-]+ ){0,8}?)(runs|ran|has run|had run|leads|led|has led|had led) (?:it )?as (?:its )?(?:co-)?(?:chief executive|ceo|chief executive officer)s?\b( until\b)?`), fn: func(x *extractor, s *sent, m []string) {
		// round 42 (dev25, dev26): "Perplexity, the AI search company that
		// P co-founded in 2022 and runs as chief executive"; "Silo AI, a
		// Helsinki lab that P co-founded in 2017 and ran as chief executive
		// until the sale"; "Arkon Energy, the business he previously ran as
		// chief executive": the verb's object is the relative's antecedent
		mod := m[3]
		if strings.HasPrefix(m[4], "ran") || strings.HasPrefix(m[4], "had") || m[4] == "led" || m[5] != "" {
			mod += " past"
		}
		x.personRoleSince(s, schema.RelCEOOf, m[2], m[1], mod, schema.Date{}, 0.75)
	}},
	{name: "Z took the helm at X", keys: []string{"helm"}, flat: true, re: rx(rPer + `(?:,? who)? ((?:[a-z']+ ){0,2}?)(?:took|takes|take|has taken|had taken) (?:over )?the helm (?:at|of) (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		if determinerBefore(s.flat, m[0]) {
			return // "left the <U> unit to take the helm": a modifier, no subject (roles_helm_purpose.go)
		}
		x.personRoleSince(s, schema.RelCEOOf, m[1], m[3], m[2], x.dateAfter(s, s.flat, m[0]), 0.75)
	}},
	{name: "Z left Y to take the helm at X", keys: []string{"helm"}, flat: true, re: rx(rPer + helmPurposeRE + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.personRoleSince(s, schema.RelCEOOf, m[1], m[3], m[2], x.dateAfter(s, s.flat, m[0]), 0.75) // roles_helm_purpose.go
	}},
	// chairs
	{name: "Z, who is now chairman of Y", keys: []string{"chair"}, flat: true, re: rx(rPer + `,? who ((?:[a-z']+ ){0,2}?)(is|was|has been|had been|remains|became) (?:now |currently |also |still )?(?:the |a |an )?((?:past |former |current |first |founding |new |executive |non-executive )?)(?:chair|chairman|chairwoman|chairperson) of (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		mod := m[2] + " " + m[4]
		if m[3] == "was" || m[3] == "had been" {
			mod += " past"
		}
		x.personRole(s, schema.RelChairmanOf, m[1], m[5], mod, 0.85)
	}},
	{name: "Z, chairman of Y", keys: []string{"chair"}, flat: true, re: rx(rPer + `, (?:the )?((?:former |new |current |executive |non-executive |founding )*)(?:chair|chairman|chairwoman|chairperson) of (?:the )?` + rDescriptor + rOrg + `((?:'s|’s) [a-z-]+)?`), fn: func(x *extractor, s *sent, m []string) {
		if !companyDescriptor(m[2]) {
			return
		}
		m = append(m[:2:2], m[3:]...) // without the descriptor
		if m[4] != "" && !strings.HasSuffix(m[4], " board") {
			return // "chair of O's technical committee": a part of O
		}
		x.personRole(s, schema.RelChairmanOf, m[1], m[3], m[2], 0.85)
	}},
	{name: "Y, chaired by Z", keys: []string{"chaired"}, flat: true, re: rx(rOrg + `(?: (?:supervisory )?board)?,? (?:which is |that is |is |was )?(?:chaired|co-chaired)(?: since [^,<]{1,30}?| from [^,<]{1,30}?)? by (?:<[CAVU]\d+>(?:'s|’s) )?((?:[a-z-]+ ){0,3}?)` + rPer), fn: func(x *extractor, s *sent, m []string) {
		// "Its board, chaired since the spring by former finance chief
		// P" (round 29, dev16): the board is the company's
		x.personRole(s, schema.RelChairmanOf, m[3], m[1], "", 0.8)
	}},
	{name: "Z, then chairman of both A and B", keys: []string{"of both"}, flat: true, re: rx(rPer + `, ((?:then |former |current |now )?)(?:the )?(?:chair|chairman|chairwoman|chairperson) of both (?:the )?` + rOrg + ` and (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		// "Jose Maria Alvarez-Pallete, then chairman of both Telefonica
		// and the GSMA" (round 29, dev16)
		mod := m[2]
		if mod == "then " || mod == "former " {
			mod = "formerly"
		}
		x.personRole(s, schema.RelChairmanOf, m[1], m[3], mod, 0.8)
		x.personRole(s, schema.RelChairmanOf, m[1], m[4], mod, 0.8)
	}},
	{name: "Z stepped down as chair", keys: []string{"stepped down", "resigned", "retired"}, flat: true, re: rx(rPer + ` ((?:[a-z']+ ){0,2}?)(?:stepped down|resigned|retired) as (?:the )?(?:executive |non-executive )?(chair|chairman|chairwoman|chief executive|ceo)\b(?: of (?:the )?` + rOrg + `)?`), fn: func(x *extractor, s *sent, m []string) {
		rel := schema.RelChairmanOf
		if strings.Contains(m[3], "chief") || m[3] == "ceo" {
			rel = schema.RelCEOOf
		}
		org := m[4]
		if org == "" {
			if x.prevSubj == "" {
				return
			}
			org = "@" + x.prevSubj // "Telefónica has a new chairman. ... Z stepped down as chair"
		}
		x.personRole(s, rel, m[1], org, m[2]+" past", 0.7)
	}},
	// investments
	{name: "X took a N% stake in Y", keys: []string{"stake"}, re: rx(rOrgs + `((?:,? [a-z']+){0,4}?) (?:took|has taken|had taken|acquired|bought|purchased|picked up|holds|owns|gets|got|get|receives|received|receive|obtained|gained) (?:a |an )?(?:\d+(?:\.\d+)? ?(?:%|per ?cent) |majority |minority |significant |small |controlling |strategic |equity )*stakes? in (?:the |a |an )?(?:(?:<[UN]\d+> |[\w-]+ ){0,3}?(?:startup|company|firm|operator|carrier|group|maker|developer|business|unit) )?(<[CVU]\d+>)(?:[^<]{0,40}? for ` + rAmt + `)?(?:(?:,(?:[^<,]|<N\d+>){0,60},)? and (?:also )?in (<[CVU]\d+>))?`), fn: func(x *extractor, s *sent, m []string) {
		if x.stakeInHolding(s, m[3]) {
			return
		}
		x.investAll(s, m[1], m[3], m[4], m[2], x.dateNear(s.sk, m[0]), 0.85)
		if m[5] != "" && !x.stakeInHolding(s, m[5]) {
			// "holds stakes in A, a mapping start-up, and in B" (round 26)
			x.investAll(s, m[1], m[5], "", m[2], x.dateNear(s.sk, m[0]), 0.8)
		}
	}},
	{name: "X led a funding round in Y, with A taking part", keys: []string{"round", "funding", "financing"}, re: rx(rOrg + ` ((?:[a-z']+ ){0,2}?)(?:led|co-led|headed|anchored) (?:a |an |the )?(?:` + rAmt + ` )?(?:[\w-]+ ){0,3}?(?:round|funding|financing) in (?:the |a |an )?(<[CVU]\d+>)(?:,? (?:with|alongside) (?:[^<]{0,20}?)` + rOrgs + `(?: also)? (?:taking part|participating|joining|investing|chipping in))?`), fn: func(x *extractor, s *sent, m []string) {
		x.investAll(s, m[1], m[4], m[3], m[2], schema.Date{}, 0.85)
		if m[5] != "" {
			x.investAll(s, m[5], m[4], "", m[2], schema.Date{}, 0.8)
		}
	}},
	{name: "Y raised N in a round led by X", keys: []string{"led by", "anchored by"}, re: rx(`(<[CVU]\d+>) ((?:[a-z']+ ){0,2}?)(?:raised|has raised|closed|secured|landed) (?:` + rAmt + `)?[^<]{0,40}?\b(?:round|funding|financing)\b[^<]{0,20}?\b(?:led|co-led|anchored) by ` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		x.investAll(s, m[4], m[1], m[3], m[2], schema.Date{}, 0.8)
	}},
	{name: "X-backed Y", keys: []string{"-backed"}, flat: true, re: rx(rOrg + `-backed (?:[\w-]+ ){0,3}?(<[CVU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		x.investAll(s, m[1], m[2], "", "", schema.Date{}, 0.75)
	}},
	{name: "A put money into Y", keys: []string{"invested", "money", "capital"}, re: rx(`(<L\d+>)((?:,? [a-z']+){0,4}?) (?:invested|put money|poured money|injected capital|put capital) (?:` + rAmt + ` )?(?:in|into) (<[CVU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		x.investAll(s, m[1], m[4], m[3], m[2], schema.Date{}, 0.8)
	}},
	// partnerships
	{name: "A and B work together", keys: []string{"together"}, re: rx(`(<[LG]\d+>) ((?:[a-z']+ ){0,3}?)(work|works|worked|working|will work|would work|collaborate|collaborated) (?:closely |jointly )?together\b`), fn: func(x *extractor, s *sent, m []string) {
		parts := x.args(s, m[1])
		if len(parts) == 2 {
			x.partners(s, parts[0], parts[1:], m[2]+m[3], "", 0.75) // "will work together" is planned
		}
	}},
	{name: "A and B describe it as a partnership", keys: []string{"partnership", "collaboration", "alliance"}, re: rx(`(<[LG]\d+>) ((?:[a-z']+ ){0,3}?)(?:describe|described|describes|call|called|calls) (?:the work|the deal|the project|the arrangement|the tie-up|the relationship|their work|their deal|it|this) as (?:a |an )(?:[\w-]+ ){0,2}?(?:partnership|collaboration|alliance)\b`), fn: func(x *extractor, s *sent, m []string) {
		// "the two companies describe the work as a partnership" (round 32, dev19)
		parts := x.args(s, m[1])
		if len(parts) == 2 {
			x.partners(s, parts[0], parts[1:], m[2], "", 0.75)
		}
	}},
	{name: "X, a partner of Y", keys: []string{"partner of", "ally of"}, re: rx(rOrg + `, (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?(?:partner|ally) of ` + rOrg + `((?: since [^,<]{0,30})?)`), fn: func(x *extractor, s *sent, m []string) {
		if i := strings.Index(m[0], " of "); i > 0 && hasAnyWord(strings.ToLower(m[0][:i]), tentativeMods) {
			return // "X, a former partner of Y": no partnership now
		}
		x.partnersSince(s, m[1], m[2], "", x.localDate(m[3]), 0.75)
	}},
	{name: "X, ..., announced a partnership with Y", keys: []string{"partnership", "collaboration", "memorandum", "mou", "pact"}, re: rx(rOrg + rInsert + ` ((?:[a-z']+ ){0,3}?)(?:announced|unveiled|struck|inked|sealed|forged|formed|entered into|agreed) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:partnership|collaboration|memorandum of understanding|mou|pact) with ` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		a, ok := x.one(s, m[1])
		if ok {
			x.partners(s, a, x.args(s, m[3]), m[2], "", 0.8)
		}
	}},
	{name: "deepening a partnership", keys: []string{"partnership", "collaboration"}, re: rx(`(?i)\b(?:deepen|deepening|deepens|deepened|extend|extending|extends|extended|expand|expanding|expanded|renew|renewing|renewed|strengthen|strengthening|strengthened) (?:a|an|the|their|its) (?:[\w-]+ ){0,2}?(?:partnership|collaboration)\b(.*)$`), fn: func(x *extractor, s *sent, m []string) {
		var named []string
		var as []arg
		for i, mm := range s.ms {
			if (mm.Kind == 'C') && !mm.Coref && !slices.Contains(named, mm.Slug) {
				named = append(named, mm.Slug)
				as = append(as, x.argOf(s, i)...)
			}
		}
		if len(named) == 0 {
			named, as = x.pluralPair(s) // "The two companies said they would extend their partnership" (round 25)
		}
		if len(named) == 2 {
			x.partnersSince(s, "", "", "", x.localDate(m[1]), 0.7, as...)
		}
	}},
	// headquarters
	{name: "X is headquartered in N", keys: []string{"headquartered", "based in"}, re: rx(rOrg + ` ((?:[a-z']+ ){0,2}?)(?:is |are |was |remains )?(?:headquartered|based) in (?:<U\d+>, )?` + rNat), fn: func(x *extractor, s *sent, m []string) {
		org := m[1]
		if hqSpeculative(s.sk, m[0], m[2]) {
			return // "X could be based in N", "people expect it to be based in N" (hq_speculative.go)
		}
		if strings.HasPrefix(m[2], "and ") {
			// "X was founded by A and is based in N": the coordinated
			// verb's subject is the sentence's, not A.
			if org = openingOrg(s); org == "" || org == m[1] {
				return
			}
			if a, ok := x.one(s, m[1]); ok && a.m != nil && openingSubject(s, a.m.Start) < 0 {
				return // "Cobalt said Skyhook is owned by A and is based in N" (hq_coord.go)
			}
		}
		if c, ok := x.one(s, m[3]); ok && c.m != nil && !c.m.Demonym {
			x.nation(s, org, m[3], 0.85)
		}
	}},
	{name: "X, the N standards organisation", keys: []string{", the "}, re: rx(`(<[CAVU]\d+>), the (?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,2}?` + rNat + ` (?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,3}?(?:group|alliance|company|firm|startup|operator|carrier|body|association|consortium|developer|maker|provider|organisation|organization|chipmaker|vendor|telco|incumbent|conglomerate)\b`), fn: func(x *extractor, s *sent, m []string) {
		if headPossessive(s.sk, m[0]) {
			return
		}
		x.nationAdj(s, m[1], m[2], 0.8)
	}},
}

// openingOrg is the marker of the organisation that opens the sentence
// (after "The" at most), or "".
func openingOrg(s *sent) string {
	f := openingOrgAt(s)
	if f < 0 {
		return ""
	}
	return "<" + string(s.ms[f].Kind) + strconv.Itoa(f) + ">"
}

// openingOrgAt is the index of the organisation mention that opens the
// sentence (after "The" at most), or -1.
func openingOrgAt(s *sent) int {
	f := -1
	for i := range s.ms {
		if f < 0 || s.ms[i].Start < s.ms[f].Start {
			f = i
		}
	}
	if f < 0 || !orgMention(&s.ms[f]) {
		return -1
	}
	if lead := strings.TrimSpace(s.text[:s.ms[f].Start]); lead != "" && lead != "The" {
		return -1
	}
	return f
}

// unmark turns a stretch of skeleton back into text: markers become the
// text they stand for.
func (x *extractor) unmark(s *sent, str string) string {
	return strings.TrimSpace(markerRE.ReplaceAllStringFunc(str, func(mk string) string {
		sm := markerRE.FindStringSubmatch(mk)
		i := atoi(sm[2])
		if sm[1] == "L" {
			if i < len(s.lists) {
				l := s.lists[i]
				return s.text[s.ms[l[0]].Start:s.ms[l[len(l)-1]].End]
			}
			return ""
		}
		if i < len(s.ms) {
			return s.text[s.ms[i].Start:s.ms[i].End]
		}
		return ""
	}))
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// localDate is the first date in a stretch of text, or none.
func (x *extractor) localDate(str string) schema.Date {
	if ds := findDates(str, x.art); len(ds) > 0 && ds[0].Until.IsZero() {
		return ds[0].Date
	}
	return schema.Date{}
}

// dateAfter is the date of a role that a match states: the first date
// after the match ("named CEO on Monday"), else the sentence's date.
func (x *extractor) dateAfter(s *sent, skel, match string) schema.Date {
	if i := strings.Index(skel, match); i >= 0 {
		if d := x.localDate(skel[i+len(match):]); !d.IsZero() {
			return d
		}
	}
	return x.dateOf(s)
}

// dateNear is the first date inside a match, else in the rest of its
// clause ("took a stake in Y last year").
func (x *extractor) dateNear(skel, match string) schema.Date {
	if d := x.localDate(match); !d.IsZero() {
		return d
	}
	if i := strings.Index(skel, match); i >= 0 {
		tail := skel[i+len(match):]
		if j := strings.IndexAny(tail, ",;"); j >= 0 {
			tail = tail[:j]
		}
		return x.localDate(tail)
	}
	return schema.Date{}
}

// personRoleSince is personRole with the start date the sentence gives the
// role ("was named CEO on Monday").
func (x *extractor) personRoleSince(s *sent, rel schema.Relation, person, org, modText string, since schema.Date, base float64) {
	n := len(x.facts)
	x.personRole(s, rel, person, org, modText, base)
	if len(x.facts) > n && x.facts[n].Since.IsZero() {
		x.facts[n].Since = since
	}
}

// investAll states investedIn for every investor in investors. An investee
// given only as a description ("the company") is taken to be the named
// investee of an earlier investment in the same sentence, when there is
// one: parallel clauses share their object.
func (x *extractor) investAll(s *sent, investors, investee, amount, modText string, date schema.Date, base float64) {
	b, ok := x.one(s, investee)
	if !ok {
		return
	}
	if b.m != nil && b.m.Coref {
		for i := len(x.facts) - 1; i >= 0 && x.facts[i].Evidence == s.text; i-- {
			if f := x.facts[i].Fact; f.Relation == schema.RelInvestedIn && f.Object.ID != "" {
				b = arg{slug: f.Object.ID, text: f.Object.Text}
				break
			}
		}
	}
	mod, drop := modalityOf(modText)
	if drop {
		return
	}
	sb := x.resolve(b, companyTypes)
	if sb == "" {
		return
	}
	for _, a := range x.args(s, investors) {
		sa := x.resolve(a, orgTypesAll)
		if sa == "" || sa == sb || strings.HasPrefix(sa, "_new") {
			continue
		}
		f := schema.Fact{Relation: schema.RelInvestedIn, Subject: x.mention(a, sa), Object: x.mention(b, sb),
			Amount: strings.TrimSpace(amount), Date: date, Modality: mod}
		x.emit(s, f, confOf(base, a, b))
	}
}

// partnersSince states partnerOf between a and b (markers), or between
// the two given args, with a start date.
func (x *extractor) partnersSince(s *sent, a, b, modText string, since schema.Date, base float64, as ...arg) {
	if a != "" {
		as = append(x.args(s, a), x.args(s, b)...)
	}
	if len(as) != 2 {
		return
	}
	n := len(x.facts)
	x.partners(s, as[0], as[1:], modText, "", base)
	if len(x.facts) > n && x.facts[n].Since.IsZero() {
		x.facts[n].Since = since
	}
}

// nationGap reports whether the words between a country's possessive and
// a name contain a verb ("Japan's bet is the IOWN Global Forum"), which
// makes the country no attribute of the name.
func nationGap(skel string) bool { return verbGapRE.MatchString(skel) }

// companyDescriptor reports whether words (rDescriptor's match) describe
// the company itself: nothing, or words ending in a company noun
// ("telecoms group", "chipmaker"), with no unit, board or "of" among them
// ("chief executive of the unit of X" is not X's).
func companyDescriptor(words string) bool {
	// A nationality before it and "the" after it ("Finnish vendor",
	// "industry body the") leave the head noun as it is.
	ws := slices.DeleteFunc(strings.Fields(strings.ToLower(words)), func(w string) bool { return w == "the" || strings.HasPrefix(w, "<") })
	if len(ws) == 0 {
		return true
	}
	for _, w := range ws {
		switch w {
		case "of", "unit", "arm", "division", "subsidiary", "business", "businesses", "board", "committee", "former", "parent":
			return false
		}
	}
	last := ws[len(ws)-1]
	return companyNouns[last] || orgNouns[last] || allianceNouns[last]
}

// apposedNameRE is a name set off by commas right after another ("B, J,"):
// the apposed name is the one the clause goes on about.
var apposedNameRE = regexp.MustCompile(`^, (<[CV]\d+>),`)
