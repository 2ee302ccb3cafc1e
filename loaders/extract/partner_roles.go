package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// The argument roles of the partnership predicate family that the verb,
// noun and adverb readers of families_partner.go and partner_nominal.go
// share (issue 13, helper x13z4, on the tune set's partnerOf misses whose
// parties were linked but whose wording was not read):
//   - the subject: a coordinated subject the clause reader left as two
//     units because one of them is a description ("Alibaba and the
//     operator signed a memorandum"; subjectArgs);
//   - the with-phrase and the with-phrases coordinated after it ("working
//     in cooperation with A on X, and with B on Y"; moreWith);
//   - the possessive holder carried to a partnership noun coordinated
//     after the first ("A's partnership with B, and a long-running
//     collaboration with C"; carriedNouns);
//   - the antecedent of a relative "with which" / "with whom" ("B, with
//     which A struck a partnership"; famWithWhich);
//   - a partnership noun as the head of a compound the tagger broke ("a
//     5G trial partnership"; partnerNounAt).
// Near misses (partner_roles_test.go): a supplier's, customer's or
// investor's relation, a negated or denied one ("those are vendor
// contracts rather than partnerships"; partnershipDenied), talks and
// plans (which keep their modality), a competitor after "with which".

// partnershipDeniedRE finds a sentence that says its relation is no
// partnership: "rather than partnerships", "not a partnership", "is no
// alliance", "stopped short of a partnership".
var partnershipDeniedRE = mustFiltered(`(?i)\b(?:rather than|instead of|not|no|never|short of)\s+(?:(?:a|an|any|formal|real|true|strategic|full)\s+){0,3}(?:partnerships?|partners|alliances?|collaborations?)\b`)

// speculativeMods make a partner noun a judgement of who would fit:
// "the obvious partner for it", "a natural partner of Y".
var speculativeMods = []string{"obvious", "natural", "ideal", "likely", "logical", "perfect", "good", "better", "best", "possible",
	"potential", "prospective", "candidate", "suitable", "attractive"}

// eachOwnRE finds a plural subject's deals told as each party's own:
// "A and B have their own software alliances", "which are signing their
// own edge deals with operators", "their respective partnerships".
var eachOwnRE = regexp.MustCompile(`(?i)\b(?:their own|its own|respective|respectively|separately)\b`)

// eachOwn reports whether eachOwnRE finds such deals in a sentence; a
// sentence opened by "Separately," tells another piece of news, not each
// party's own deal ("Separately, A and B agreed a collaboration").
func eachOwn(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) > 11 && strings.EqualFold(t[:11], "separately,") {
		t = t[11:]
	}
	return eachOwnRE.MatchString(t)
}

// andList reports whether a skeleton marker names a list joined by "and"
// or "&" ("A and B"), or no list at all; "at MWC Barcelona, KT" is a
// comma the list reader took for a coordination. A longer list is joined
// by its last two items ("A, B and C", round 29).
func andList(s *sent, marker string) bool {
	m := markerRE.FindStringSubmatch(marker)
	if m == nil || m[1] != "L" {
		return true
	}
	i, _ := strconv.Atoi(m[2])
	if i >= len(s.lists) || len(s.lists[i]) < 2 {
		return true
	}
	n := len(s.lists[i])
	a, b := s.ms[s.lists[i][n-2]], s.ms[s.lists[i][n-1]]
	if a.PossEnd > b.Start || b.Start > len(s.text) {
		return false
	}
	return hasAnyWord(strings.ToLower(s.text[a.PossEnd:b.Start]), []string{"and", "&"})
}

// topicSubject is the subject of the verb at v, or, for a verb after
// "and" that the clause reader gave none ("SGH designs, builds and runs
// GPU clusters - it assembled one for Meta - and counts NVIDIA among its
// partners", "X launched A, and two weeks ago released B"), the one
// organisation that opens the sentence, when every verb before v that
// has a subject has that organisation (or a pronoun or description
// resolved to it) as its subject. It returns -1 otherwise.
func (c *clauses) topicSubject(v int) int {
	if s := c.subject(v); s >= 0 {
		return s
	}
	and := false
	for j := v - 1; j >= 0 && j >= v-5; j-- {
		if c.us[j].Kind == 'O' && c.us[j].words == "and" {
			and = true
			break
		}
		if c.us[j].Kind == 'E' || c.us[j].Kind == 'V' || c.boundary(j) {
			break
		}
	}
	if !and || len(c.us) == 0 || c.us[0].Kind != 'E' {
		return -1
	}
	e := c.ents[c.us[0].ent]
	if len(e.ms) != 1 || e.poss || c.s.ms[e.ms[0]].Slug == "" {
		return -1
	}
	slug := c.s.ms[e.ms[0]].Slug
	for j := 1; j < v; j++ {
		if c.boundary(j) {
			return -1
		}
		if c.us[j].Kind == 'E' && (c.isPunct(j-1, ",") || c.us[j-1].words == "and") {
			// a clause-initial organisation other than the topic: "A
			// builds clusters, B rents them out and counts C"
			for _, i := range c.ents[c.us[j].ent].ms {
				if m := c.s.ms[i]; itOrg(m) && m.Slug != slug {
					return -1
				}
			}
		}
		if c.us[j].Kind != 'V' {
			continue
		}
		s := c.subject(j)
		if s < 0 || s == 0 {
			continue
		}
		se := c.ents[c.us[s].ent]
		if len(se.ms) != 1 || c.s.ms[se.ms[0]].Slug != slug {
			return -1
		}
	}
	return 0
}

// skipDescriptorRun skips the describing words before the entity of a
// with-phrase, as skipDescriptors does, and also a short run of
// describing words the tagger split ("ride-hailing and payments group
// GoTo"): up to five noun, modifier, "and" or single-word participle units
// with no comma, ending at an entity. It returns k when no entity ends
// the run.
func (c *clauses) skipDescriptorRun(k int) int {
	if j := c.skipDescriptors(k); j < len(c.us) && c.us[j].Kind == 'E' {
		return j
	}
	for j := k; j < len(c.us) && j < k+5; j++ {
		u := c.us[j]
		switch {
		case u.Kind == 'E':
			if j > k && c.us[j-1].Kind == 'M' {
				return j
			}
			return k
		case u.Kind == 'M', u.Kind == 'N' && !strings.Contains(u.words, " "), u.Kind == 'O' && u.words == "and",
			u.Kind == 'V' && u.To-u.From == 1 && strings.HasSuffix(u.words, "ing"):
		default:
			return k
		}
	}
	return k
}

// partnershipDenied reports whether sentence s denies that what it tells
// is a partnership.
func (x *extractor) partnershipDenied(s *sent) bool {
	if x.deniedSent == s && x.deniedText == s.text {
		return x.deniedVal // read once per sentence
	}
	t := s.text
	x.deniedSent, x.deniedText = s, t
	x.deniedVal = partnershipDeniedRE.MatchString(t) || partnerDenialRE.MatchString(t) || unconfirmedPartnerRE.MatchString(t) ||
		supplyDealRE.MatchString(t) || dealToBuyRE.MatchString(t) || partnerTalksRE.MatchString(t) || partnerRumourRE.MatchString(t) // partner_rumour.go
	return x.deniedVal
}

// supplyDealRE finds a customer's or supplier's contract: "a supply
// agreement", "a five-year purchase deal", "a roaming agreement".
var supplyDealRE = mustFiltered(`(?i)\b(?:supply|purchase|procurement|sales|wholesale|offtake|licensing|lease|leasing|roaming|reseller|distribution|customer)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|contracts?|pacts?)\b`)

// dealToBuyRE finds a deal to buy or sell: "signed a deal with B to buy
// its towers".
var dealToBuyRE = mustFiltered(`(?i)\b(?:agreement|deal|contract|pact)\b[^.;]{0,50}?\bto\s+(?:buy|acquire|sell|purchase|lease|rent|divest)\b`)

// partnerTalksRE finds a partnership only talked about: "have discussed
// working together", "is exploring a partnership", "in talks about an
// alliance".
var partnerTalksRE = mustFiltered(`(?i)\b(?:discuss(?:ed|es|ing)?|explor(?:e|ed|es|ing)|mull(?:ed|s|ing)?|weigh(?:ed|s|ing)|consider(?:ed|s|ing)?|talks?\s+(?:about|on|over))\s+(?:(?:a|an|the|possible|potential|closer|deeper|new|formal)\s+){0,3}(?:working\s+together|partnering|partnerships?|teaming\s+up|collaborat\w+|cooperat\w+|alliances?|tie-ups?)\b`)

// unconfirmedPartnerRE finds a sentence whose parties did not confirm
// it: "though neither company confirmed this", "declined to confirm".
var unconfirmedPartnerRE = mustFiltered(`(?i)\b(?:neither|none of the)\b[^.;]{0,30}\bconfirmed\b|\b(?:declined to|would not|did not|didn't|could not|refused to) confirm\b`)

// partnerDenialRE finds a partnership that a party denied or ruled out:
// "A denied it would partner with B", "A ruled out working with B".
var partnerDenialRE = mustFiltered(`(?i)\b(?:denied|denies|deny|denying|ruled out|rules out|ruling out|dismissed)\b[^.;]{0,40}\b(?:partner|team|collaborat|cooperat|work(?:ing)? (?:with|together)|ally|alliance|tie[ -]up)`)

// subjectArgs are the parties of the subject at unit subj, with a party
// coordinated before it that the clause reader kept as a unit of its own
// ("Alibaba and the operator"): E "and" E opening the clause (the
// sentence, or after a semicolon or colon), neither a possessive nor a
// person.
func (x *extractor) subjectArgs(c *clauses, subj int) []arg {
	as := c.args(x, subj)
	if ms := c.ents[c.us[subj].ent].ms; len(ms) == 2 && subj > 0 && c.us[subj-1].Kind == 'P' && c.s.ms[ms[0]].End <= c.s.ms[ms[1]].Start &&
		strings.TrimSpace(c.s.text[c.s.ms[ms[0]].End:c.s.ms[ms[1]].Start]) == "," {
		// "at MWC Barcelona, KT signed": the first name ends a fronted
		// prepositional phrase, the second is the subject
		return x.argOf(c.s, ms[1])
	}
	if subj < 2 || c.us[subj-1].Kind != 'O' || c.us[subj-1].words != "and" {
		return as
	}
	p := subj - 2
	if c.us[p].Kind != 'E' || c.ents[c.us[p].ent].poss || c.ents[c.us[subj].ent].poss || c.isPerson(x, p) || c.isPerson(x, subj) || c.isCountry(p) {
		return as
	}
	if p > 0 && !c.boundary(p-1) && !c.isPunct(p-1, ":") && !c.frontedPhrase(p-1) && !c.frontedTime(p) {
		return as
	}
	return append(c.args(x, p), as...)
}

// frontedTime reports whether the units before p are a fronted
// prepositional phrase of time with no comma: "In January the British
// group and Microsoft agreed" (round 30, dev15).
func (c *clauses) frontedTime(p int) bool {
	if p < 2 || p > 3 || c.us[0].Kind != 'P' {
		return false
	}
	for j := 1; j < p; j++ {
		if u := c.us[j]; (u.Kind != 'M' && u.Kind != 'N') || !temporal(u.words) {
			return false
		}
	}
	return true
}

// frontedPhrase reports whether unit k is the comma after a phrase that
// opens the sentence and holds no verb or entity: "In May, A and B".
func (c *clauses) frontedPhrase(k int) bool {
	if !c.isPunct(k, ",") || k < 1 || k > 4 {
		return false
	}
	for j := 0; j < k; j++ {
		if u := c.us[j]; u.Kind == 'V' || u.Kind == 'E' && !c.isCountry(j) {
			return false
		}
	}
	return true
}

// moreWith returns the entity units of with-phrases coordinated after the
// with-phrase whose entity is at unit k in the same clause: "with A on
// X, and with B on Y". It stops at a verb, a
// relative pronoun or a clause boundary.
func (c *clauses) moreWith(k int) []int {
	var out []int
	for j := k + 1; j+2 < len(c.us) && !c.boundary(j) && !c.relative(j); j++ {
		if c.us[j].Kind == 'V' {
			break
		}
		if c.us[j].Kind != 'O' || c.us[j].words != "and" {
			continue
		}
		n, aside := c.skipAside(j + 1) // "and, separately, with C" (partner_aside.go)
		if p := c.placeBeforeWith(n); p > n {
			n = p // "with A and B, and in Bangkok with C and D" (round 34)
		}
		if aside && n < len(c.us) && c.us[n].Kind == 'E' && c.asideEnds(n) {
			n-- // "with B and, separately, C": the preposition is understood
		} else if n+1 >= len(c.us) || c.us[n].Kind != 'P' || c.us[n].Lemma != "with" {
			continue
		}
		e := c.skipDescriptors(n + 1)
		if e < len(c.us) && c.us[e].Kind == 'E' && !c.ents[c.us[e].ent].poss {
			out = append(out, e)
			j = e
		}
	}
	return out
}

// placeBeforeWith returns the "with" after a place or time phrase at unit
// n ("in Bangkok with", "in March with"), or n: a coordinated with-phrase
// may carry its own setting (round 34, dev21).
func (c *clauses) placeBeforeWith(n int) int {
	if n+3 >= len(c.us) || c.us[n].Kind != 'P' || c.us[n].Lemma != "in" && c.us[n].Lemma != "at" && c.us[n].Lemma != "on" {
		return n
	}
	m := n + 1
	if u := c.us[m]; u.Kind == 'N' || u.Kind == 'E' && (c.isCountry(m) || len(c.ents[u.ent].ms) == 1 && c.s.ms[c.ents[u.ent].ms[0]].Kind == 'U') {
		m++
	} else {
		return n
	}
	if c.us[m].Kind == 'P' && c.us[m].Lemma == "with" {
		return m
	}
	return n
}

// withArgs are the partners named by the with-phrase at unit k and by
// the with-phrases coordinated after it.
func (x *extractor) withArgs(c *clauses, k int) []arg {
	as := c.args(x, k)
	for _, e := range c.moreWith(k) {
		if !c.isPerson(x, e) {
			as = append(as, c.args(x, e)...)
		}
	}
	return as
}

// carriedNouns returns the entity units of the with-phrases of
// partnership nouns coordinated after the one whose with-phrase entity is
// at unit k: "A's partnership with B on X, and a long-running
// collaboration with C" gives C to A as well. A tentative or negated noun
// is skipped, and a finite verb or a clause boundary ends the search.
func (c *clauses) carriedNouns(k int) []int {
	var out []int
	for j := k + 1; j+2 < len(c.us) && !c.boundary(j) && !c.relative(j); j++ {
		if c.us[j].Kind == 'V' && c.us[j].To-c.us[j].From > 1 {
			break
		}
		if c.us[j].Kind != 'O' || c.us[j].words != "and" {
			continue
		}
		n := c.partnerNounAt(j + 1)
		if n < 0 {
			continue
		}
		if u := c.us[n]; u.hasMod(tentativeMods...) || hasAnyWord(u.words, tentativeMods) || u.hasMod("no", "not") {
			continue
		}
		if e := c.partnerNounWith(n); e >= 0 {
			out = append(out, e)
			j = e
		}
	}
	return out
}

// partnerNounAt is the unit of the partnership noun heading the noun
// phrase that starts at unit n, or -1: the noun itself ("a partnership"),
// or the last part of a compound the tagger cut into pieces ("a 5G" +
// "trial" + "partnership"), which must follow at most two pieces and
// carry no determiner of its own.
func (c *clauses) partnerNounAt(n int) int {
	if n >= len(c.us) {
		return -1
	}
	if c.placeholderPartnerNoun(n) {
		return n // "has an alliance with B" (partner_programme.go)
	}
	if c.us[n].Kind == 'N' && (nominalPartnerNouns[c.us[n].Lemma] || timedPartnerNoun(c.us[n])) {
		return n
	}
	if c.us[n].Kind != 'N' {
		return -1
	}
	for k := n + 1; k < len(c.us) && k <= n+2; k++ {
		u := c.us[k]
		if u.Kind != 'N' && !(u.Kind == 'V' && u.To-u.From == 1 && !u.Passive) {
			return -1
		}
		if u.Kind == 'N' && nominalPartnerNouns[u.Lemma] {
			if hasAnyWord(u.words, []string{"a", "an", "the", "its", "their", "this", "that"}) {
				return -1
			}
			return k
		}
	}
	return -1
}

// timedPartnerNoun reports whether noun phrase u is a partnership noun
// that the chunker ran into a time after it ("a partnership next year").
func timedPartnerNoun(u unit) bool {
	for i, m := range u.mods {
		if nominalPartnerNouns[m] && i+1 < len(u.mods) {
			return temporal(strings.Join(u.mods[i+1:], " "))
		}
	}
	return false
}

// coordinatedVerb is the verb that the verb at v, right after "and", is
// coordinated with: the nearest verb before it in the same clause with no
// entity, comma or relative pronoun between, or -1.
func (c *clauses) coordinatedVerb(v int) int {
	if v < 2 || c.us[v-1].Kind != 'O' || c.us[v-1].words != "and" {
		return -1
	}
	for j := v - 2; j >= 0 && j >= v-14; j-- {
		u := c.us[j]
		if u.Kind == 'E' || c.boundary(j) || c.isPunct(j, ",") || c.relative(j) {
			return -1
		}
		if u.Kind == 'V' && u.To-u.From > 1 {
			return j // "would swap": a verb group with its auxiliary
		}
	}
	return -1
}

// leadingPair reports whether the list at entity unit k reads "A and B,
// C": an "and" between its first two names and a comma after the second,
// so that the list ends at B and C begins something else.
func (c *clauses) leadingPair(k int) bool {
	ms := c.ents[c.us[k].ent].ms
	if len(ms) < 3 {
		return false
	}
	a, b, d := c.s.ms[ms[0]], c.s.ms[ms[1]], c.s.ms[ms[2]]
	if a.End > b.Start || b.End > d.Start || d.Start > len(c.s.text) {
		return false
	}
	return strings.TrimSpace(c.s.text[a.End:b.Start]) == "and" && strings.TrimSpace(c.s.text[b.End:d.Start]) == ","
}

// afterTimePhrase is the index of the first token of a short time phrase
// that ends right before token i ("in September", "on Monday", "last
// year", "in 2024", "earlier this month"), or i when there is none: "..., and in September it
// signed" continues the first clause's subject as "..., and it signed"
// does (coref_it.go).
func afterTimePhrase(toks []token, i int) int {
	k := i - 1
	if k < 1 || !toks[k].Word || !temporal(toks[k].Key) {
		return i
	}
	if _, month := monthNames[toks[k-1].Key]; month && k >= 2 && toks[k-1].Word {
		k-- // "in June 2024"
	}
	switch p := toks[k-1].Key; p {
	case "in", "on", "by", "since", "last", "this", "next", "early", "late":
		if k >= 2 && (toks[k-2].Key == "earlier" || toks[k-2].Key == "later") {
			return k - 2 // "earlier this month", "later in 2024" (helper z23inv)
		}
		return k - 1
	}
	return i
}

// partnerItsAppos: "... with B, its partner in Y": an apposition "its
// partner" after B makes B the partner of what "its" stands for, the
// subject of the clause B is in (the nearest verb before B). A former or
// would-be partner, a list for B, a possessive or a person on either side
// and a subject of more than one party are not read.
func (x *extractor) partnerItsAppos(c *clauses, n int) {
	u := c.us[n]
	if n < 3 || !strings.HasPrefix(u.words, "its ") || u.hasMod(tentativeMods...) || u.hasMod("no", "not") || !c.isPunct(n-1, ",") {
		return
	}
	if k := n + 1; k < len(c.us) && !c.boundary(k) && !c.isPunct(k, ",") && !(c.us[k].Kind == 'P' && c.us[k].Lemma != "of") {
		return // "its partner's", "its partner said"
	}
	b := n - 2
	if c.us[b].Kind != 'E' || len(c.ents[c.us[b].ent].ms) != 1 || c.ents[c.us[b].ent].poss || c.isPerson(x, b) || c.isCountry(b) {
		return
	}
	v := b - 1
	for v >= 0 && c.us[v].Kind != 'V' && !c.boundary(v) && !c.relative(v) {
		v--
	}
	if v < 0 || c.us[v].Kind != 'V' || c.us[v].Passive {
		return
	}
	s := c.subject(v)
	if s < 0 || s == b || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
		return
	}
	as := c.args(x, s)
	if len(as) != 1 {
		return
	}
	x.rule = "partner.its-apposition"
	x.partnerPairs(c, as, c.args(x, b), c.text(b, n), 0.7)
}

// famWithWhich: "B, with which A struck a partnership", "B, with whom A
// has worked since 2019", "B, with which it has a tie-up": the relative's
// antecedent and the clause's subject are partners when the clause's verb
// takes its partner in a with-phrase (partner, team up, work,
// collaborate, ...) or a partnership noun (strike, sign, have, ...).
func (x *extractor) famWithWhich(c *clauses) {
	for j := 1; j+3 < len(c.us); j++ {
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "with" || (c.us[j+1].words != "which" && c.us[j+1].words != "whom") {
			continue
		}
		ant := j - 1
		if c.isPunct(ant, ",") {
			ant--
		}
		if ant < 0 || c.us[ant].Kind != 'E' || c.ents[c.us[ant].ent].poss || c.isPerson(x, ant) || c.isCountry(ant) {
			continue
		}
		s := j + 2
		if c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) {
			continue
		}
		v := c.frontedVerb(s + 1)
		if v < 0 {
			continue
		}
		l := c.us[v].Lemma
		ok := partnerVerbs[l] || l == "join forces" || l == "join hands"
		if !ok && (partnerNounVerbs[l] || l == "have") {
			if n := c.partnerNounAt(v + 1); n >= 0 {
				u := c.us[n]
				ok = !u.hasMod(tentativeMods...) && !hasAnyWord(u.words, tentativeMods) && !u.hasMod("no", "not")
			}
		}
		if !ok && l == "join" && v+1 < len(c.us) && (c.us[v+1].words == "forces" || c.us[v+1].words == "hands") {
			ok = true
		}
		if !ok {
			continue
		}
		x.rule = "partner.with-which"
		x.partnerPairs(c, c.args(x, s), c.args(x, ant), c.modText(s, v), 0.75)
	}
}
