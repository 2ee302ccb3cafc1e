package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a sentence as clauses over the linguistic layer: entity
// units (a name, a description resolved to an entity, or a coordinated
// list of them), noun phrases, verb groups and prepositions. The trigger
// families in families.go match on these: a verb lemma with its subject,
// object and prepositional arguments, in either voice.

// unit is one element of a sentence read as a clause: a chunk, or an
// entity standing where its words were.
type unit struct {
	chunk
	ent   int    // 'E': index into clauses.ents
	tag   pos    // the head's part of speech
	words string // the unit's text, lower case
	mods  []string
}

// entUnit is an entity unit: one mention, or a list of them.
type entUnit struct {
	ms         []int // mention indexes into sent.ms
	start, end int
	poss       bool
}

// clauses is one sentence read for the structural rules.
type clauses struct {
	s    *sent
	ts   []tagged
	us   []unit
	ents []entUnit
	// reduced maps a finite verb to its subject across a reduced
	// relative clause (clause_reduced_agent.go).
	reduced map[int]int
	// andIts maps the unit after "A and its subsidiary" to A's unit
	// (clause_and_its.go).
	andIts map[int]int
}

// readClauses builds the units of s from its tokens and mentions.
func (x *extractor) readClauses(s *sent, toks []token) *clauses {
	c := &clauses{s: s}
	// Entity spans: lists first, then single mentions outside lists.
	inList := make(map[int]bool)
	ts := x.tags(toks) // coref_descriptor.go: once a sentence
	for _, l := range s.lists {
		if clauseAfterPair(s, ts, l) {
			continue // "in Y, and B retained": two clauses (clause_pair_split.go)
		}
		e := entUnit{ms: l, start: s.ms[l[0]].Start, end: s.ms[l[len(l)-1]].PossEnd, poss: s.ms[l[len(l)-1]].Poss}
		c.ents = append(c.ents, e)
		for _, i := range l {
			inList[i] = true
		}
	}
	for i, m := range s.ms {
		if inList[i] || m.Kind == 'X' || m.Kind == 0 {
			continue
		}
		c.ents = append(c.ents, entUnit{ms: []int{i}, start: m.Start, end: m.PossEnd, poss: m.Poss})
	}
	slices.SortFunc(c.ents, func(a, b entUnit) int { return a.start - b.start })
	c.ents = countryPossessives(s, c.ents) // clause_country.go
	// Collapse each entity span into one token that the chunker keeps
	// apart; the words between list items go with it.
	flat := make([]tagged, 0, len(ts)) // at most one per token: no regrowth
	entAt := make(map[int]int)         // index in flat -> entity
	k := 0
	for i := 0; i < len(ts); {
		for k < len(c.ents) && c.ents[k].end <= ts[i].Start {
			k++
		}
		if k < len(c.ents) && ts[i].Start >= c.ents[k].start && ts[i].Start < c.ents[k].end {
			t := ts[i]
			j := i
			for j < len(ts) && ts[j].Start < c.ents[k].end {
				j++
			}
			t.End = ts[j-1].End
			t.Pos = posPropn
			entAt[len(flat)] = k
			flat = append(flat, t)
			i = j
			k++
			continue
		}
		flat = append(flat, ts[i])
		i++
	}
	c.ts = flat
	chunks := chunkEntities(flat, entAt)
	c.us = make([]unit, 0, len(chunks))
	for _, ch := range chunks {
		u := unit{chunk: ch, ent: -1, tag: flat[ch.Head].Pos}
		if e, ok := entAt[ch.From]; ok && ch.Kind == 'E' {
			u.ent = e
		}
		u.words = strings.ToLower(s.text[ch.Start:ch.End])
		if ch.Kind == 'N' {
			for _, t := range flat[ch.From:ch.To] {
				u.mods = append(u.mods, t.Lemma)
			}
		}
		c.us = append(c.us, u)
	}
	c.joinShares()       // clause_share.go
	c.joinPerCent()      // clause_share.go
	c.dropDateline()     // clause_dateline.go
	c.markReduced()      // clause_reduced_agent.go
	c.markCoordPassive() // clause_coord_passive.go
	c.markAndIts()       // clause_and_its.go
	// "set it up": a particle after a pronoun object belongs to the verb.
	for v := 0; v+2 < len(c.us); v++ {
		if c.us[v].Kind == 'V' && c.us[v].Particle == "" && c.us[v+1].Kind == 'E' && (c.us[v+1].words == "it" || c.us[v+1].words == "them") &&
			c.us[v+2].words == "up" && verbFamilies[c.us[v].Lemma+" up"] != nil {
			c.us[v].Lemma += " up"
			c.us[v].Particle = "up"
		}
	}
	return c
}

// chunkEntities chunks tokens where some are collapsed entities: each of
// those is an 'E' chunk; the determiners and adjectives right before one
// are an 'M' (modifier) chunk.
func chunkEntities(ts []tagged, entAt map[int]int) []chunk {
	var out []chunk
	from := 0
	flush := func(to int) {
		if to > from {
			for _, ch := range chunkSentence(ts[from:to]) {
				ch.From += from
				ch.To += from
				ch.Head += from
				out = append(out, ch)
			}
		}
	}
	for i := range ts {
		if _, ok := entAt[i]; !ok {
			continue
		}
		flush(i)
		// "the", "the ATIS-led", "data-centre solutions provider": words
		// that describe the entity that follows.
		if n := len(out); n > 0 && out[n-1].Kind == 'N' && out[n-1].To == i && !ts[i-1].Poss {
			out[n-1].Kind = 'M'
		}
		out = append(out, chunk{Kind: 'E', From: i, To: i + 1, Head: i, Start: ts[i].Start, End: ts[i].End})
		from = i + 1
	}
	flush(len(ts))
	return out
}

// isPunct reports whether unit u is the punctuation mark p.
func (c *clauses) isPunct(u int, p string) bool {
	return u >= 0 && u < len(c.us) && c.us[u].Kind == 'O' && c.us[u].words == p
}

// boundary reports whether unit u ends a clause.
func (c *clauses) boundary(u int) bool {
	if u < 0 || u >= len(c.us) {
		return true
	}
	w := c.us[u].words
	return c.us[u].Kind == 'O' && (w == ";" || w == "." || w == "?" || w == "!" || w == "but" || w == "while" || w == "whereas")
}

// relative reports whether unit u is a relative pronoun ("which", "who",
// "that").
func (c *clauses) relative(u int) bool {
	if u < 0 || u >= len(c.us) {
		return false
	}
	w := c.us[u].words
	return (c.us[u].Kind == 'O' || c.us[u].Kind == 'N') && (w == "which" || w == "who" || w == "that" || w == "whose")
}

// subject finds the subject of the verb group at unit v: the entity unit
// before it, across an apposition ("Telus, Canada's second-biggest
// carrier, said"), or the antecedent of a relative pronoun ("X, which is
// led by A"). It returns -1 when there is none.
func (c *clauses) subject(v int) int {
	if s, ok := c.reduced[v]; ok {
		return s // "The lab set up by P closed a round" (clause_reduced_agent.go)
	}
	j := v - 1
	for j >= 0 {
		switch {
		case c.us[j].Kind == 'O' && c.us[j].tag == posAdv:
			j--
			continue
		case j > 0 && c.us[j].Kind == 'N' && c.us[j-1].Kind == 'P' && temporal(c.us[j].words):
			j -= 2 // "NVIDIA and Nokia on Tuesday unveiled"
			continue
		case j > 0 && c.us[j].Kind == 'N' && c.us[j-1].Kind == 'P' && adverbialPP[c.us[j-1].Lemma+" "+c.us[j].words]:
			j -= 2 // "which in turn holds"
			continue
		case j > 1 && c.us[j].Kind == 'E' && c.isCountry(j) && c.us[j-1].Kind == 'P' && c.us[j-1].Lemma == "from" && c.us[j-2].Kind == 'E':
			j -= 2 // "A and B from Singapore signed": the country is B's (list_desc_gap.go)
			continue
		case c.us[j].Kind == 'N' && temporal(c.us[j].words) && j > 0 && c.us[j-1].Kind == 'E':
			j-- // "Acme last week joined"
			continue
		case c.us[j].Kind == 'N' && intensifiers[c.us[j].words] && j > 0 && c.us[j-1].Kind == 'E':
			j-- // "Vodafone itself holds 65%": an emphatic reflexive (helper z18inv)
			continue
		case c.us[j].Kind == 'N' && (c.us[j].words == "each" || c.us[j].words == "both" || c.us[j].words == "all") && j > 0 && c.us[j-1].Kind == 'E':
			j-- // "A and B each will take a stake": a floating quantifier
			continue
		}
		break
	}
	if j >= 0 && c.us[j].Kind == 'N' && (c.us[j].tag == posAdv || c.us[j].words == "first") {
		j-- // "A first bought 7% of Y": a bare "first" before the verb is an adverb (helper z15inv)
	}
	if a := c.aliasParen(j); a >= 0 {
		return a // "Vodafone Group Plc ("Vodafone") today announced" (clause_alias.go)
	}
	if a := c.renamedParen(j); a >= 0 {
		return a // "Facebook (now Meta) invested" (clause_renamed.go)
	}
	if c.relative(j) {
		who := c.us[j].words == "who"
		j--
		if c.isPunct(j, ",") {
			j--
		}
		if j >= 0 && c.us[j].Kind == 'E' {
			return j
		}
		if who {
			// "Lip-Bu Tan, chief executive since March, who replaced": the
			// antecedent is the person an apposition describes (round 29)
			k := j
			for k > 0 && j-k < 4 && c.us[k].Kind != 'V' && c.us[k].Kind != 'E' && !c.isPunct(k, ",") {
				k--
			}
			if k >= 1 && k < j && c.isPunct(k, ",") && c.us[k-1].Kind == 'E' {
				return k - 1
			}
		}
		// "X, the industry group that came into being": the antecedent is
		// an apposition of X.
		if j >= 2 && c.us[j].Kind == 'N' && c.isPunct(j-1, ",") && c.us[j-2].Kind == 'E' {
			return j - 2
		}
		return -1
	}
	if j >= 1 && c.us[j].Kind == 'P' && c.us[j].Lemma == "to" {
		// "A and B have agreed to take stakes": an infinitive takes the
		// subject of the verb it completes, also over a time between them
		// ("agreed in September to build").
		m := j - 1
		for m >= 2 && c.us[m].Kind == 'N' && temporal(c.us[m].words) && c.us[m-1].Kind == 'P' {
			m -= 2
		}
		if m >= 0 && c.us[m].Kind == 'V' && c.us[m].Lemma != "be" {
			return c.subject(m)
		}
		if s := c.rankedInfinitive(m); s >= 0 {
			return s // "A became the latest operator to bundle B's engine" (clause_ranked_to.go)
		}
		if s := c.adjectiveInfinitive(m); s >= 0 {
			return s // "We are proud to partner with A" (clause_speech.go)
		}
		if c.headlineInfinitive(j) {
			return j - 1 // "A and B to form AI-RAN partnership" (clause_headline_to.go)
		}
	}
	if j >= 1 && c.us[j].Kind == 'O' && (c.us[j].words == "and" || c.us[j].words == "but") {
		// "A has signed up B as a partner, and has teamed with C": a
		// verb group coordinated after another shares its subject.
		return c.coordinatedSubject(j)
	}
	if c.isPunct(j, ",") {
		if s := c.speechInsert(j); s >= 0 {
			return s // "A, he said, will work with B" (clause_speech.go)
		}
		// An apposition or inserted clause between commas.
		k := j - 1
		for k >= 0 && !c.isPunct(k, ",") && !c.boundary(k) && (c.us[k].Kind != 'V' || c.participleInsert(k) || c.reducedRelative(k)) {
			k--
		}
		if k > 0 && c.isPunct(k, ",") && c.us[k-1].Kind == 'E' && k < j-1 {
			return k - 1
		}
		if k >= 3 && k == j-2 && c.isPunct(k, ",") && c.us[k+1].Kind == 'E' && c.us[k-1].Kind == 'N' && jobTitle(c.us[k-1].words) &&
			c.isPunct(k-2, ",") && c.us[k-3].Kind == 'E' {
			return k - 3 // "P, Senior Vice President, X, has been elected" (clause_title_appos.go)
		}
		if r := c.relativeInsert(j); r >= 0 {
			return r // "X, whose chief executive is P, launched" (clause_insert.go)
		}
		if k == j-2 && k > 0 && c.isPunct(k, ",") && c.us[k+1].Kind == 'E' && (countedPlural(c.us[k-1]) || c.countedPartitive(k-1)) {
			return k + 1 // "Two energy groups, A and B, have agreed": the names
		}
		if k == j-2 && c.isPunct(k, ",") && c.us[k+1].Kind == 'E' && c.leadingDescription(k) {
			return k + 1 // "Japan's largest carrier, A, joined" (clause_lead_desc.go)
		}
		return -1
	}
	if j >= 0 && c.us[j].Kind == 'E' {
		return j
	}
	return -1
}

// object finds the direct object of the verb group at unit v: the entity
// unit right after it, over describing words ("invested in data-centre
// solutions provider Y") and a colon before a list ("by five operators:
// A, B and C"). It returns -1 when there is none.
func (c *clauses) object(v int) int {
	j := v + 1
	for j < len(c.us) && (c.us[j].Kind == 'M' || (c.us[j].Kind == 'O' && c.us[j].tag == posAdv)) {
		j++
	}
	if j < len(c.us) && c.us[j].Kind == 'E' {
		return c.described(j)
	}
	if e := c.namedGroupAppos(j); e >= 0 {
		return e // "formed a new organisation, the AI Alliance" (object_group_appos.go)
	}
	return c.afterColon(j)
}

// described skips an entity that only describes the next one: "the
// ATIS-led Next G Alliance", "University of Tokyo spin-off ELYZA".
func (c *clauses) described(j int) int {
	if j+2 < len(c.us) && c.us[j+1].Kind == 'M' && c.us[j+2].Kind == 'E' && !c.ents[c.us[j].ent].poss {
		return j + 2
	}
	if j+1 < len(c.us) && c.us[j+1].Kind == 'E' && c.ents[c.us[j].ent].poss && c.isCountry(j) {
		return j + 1 // "Spain's Telefonica"
	}
	if k := c.possessorUnitNamed(j); k > j {
		return k // "Airtel's data centre arm, Nxtra," (clause_poss_appos.go)
	}
	return j
}

// afterColon: a noun phrase introducing a list ("five operators: A, B and
// C", "ten members - A, B, C") stands for the list.
func (c *clauses) afterColon(j int) int {
	if j < len(c.us) && c.us[j].Kind == 'N' && j+2 < len(c.us) {
		if c.isPunct(j+1, ":") || c.isPunct(j+1, "-") || c.isPunct(j+1, "–") || c.isPunct(j+1, "—") {
			k := c.skipBullet(j + 2)
			if k < len(c.us) && c.us[k].Kind == 'M' && k+1 < len(c.us) && c.us[k+1].Kind == 'E' {
				k++ // "three new backers: the Innovation Park ..."
			}
			if k < len(c.us) && c.us[k].Kind == 'E' {
				return k
			}
		}
		// "12 companies, including A and B", "operators such as A",
		// "40 members, among them A", "the likes of A".
		k := j + 1
		if c.isPunct(k, ",") {
			k++
		}
		if k+2 < len(c.us) && c.us[k].Kind == 'N' && c.us[k].words == "such" && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "as" && c.us[k+2].Kind == 'E' {
			return k + 2 // "in some companies, such as A and B" (helper z22pinv)
		}
		if k+1 < len(c.us) && c.us[k].Kind == 'P' {
			switch l := c.us[k].Lemma; {
			case l == "including" || l == "like" || (l == "as" && strings.HasSuffix(c.us[j].words, " such")):
				k++
			case l == "among" && c.us[k+1].Kind == 'M' && c.us[k+1].words == "them":
				k += 2
			case l == "of" && k == j+1 && (c.us[j].words == "the likes" || c.us[j].words == "likes"):
				k++ // "backed by the likes of A and B" (helper z21pinv)
			default:
				return -1
			}
			for k < len(c.us) && c.us[k].Kind == 'M' {
				k++
			}
			if k+2 < len(c.us) && c.us[k].Kind == 'N' && strings.HasSuffix(c.us[k].words, " such") && c.us[k+1].Lemma == "as" {
				k += 2 // "including vendors such as A and B"
			}
			if k < len(c.us) && c.us[k].Kind == 'E' {
				return k
			}
		}
	}
	return -1
}

// skipBullet skips the marker of a list item ("1.", "2)", "-", "•") at
// unit k.
func (c *clauses) skipBullet(k int) int {
	if k+1 < len(c.us) && c.us[k].Kind == 'N' && c.us[k].tag == posNum && (c.isPunct(k+1, ".") || c.isPunct(k+1, ")")) {
		return k + 2
	}
	if c.isPunct(k, "-") || c.isPunct(k, "•") || c.isPunct(k, "*") || c.isPunct(k, "–") {
		return k + 1
	}
	return k
}

// pp is a prepositional argument: the preposition and what follows it.
type pp struct {
	prep string
	at   int // unit index of the entity or noun phrase
}

// pps lists the prepositional phrases from unit from to the end of its
// clause.
func (c *clauses) pps(from int) []pp {
	var out []pp
	for j := from; j < len(c.us) && !c.boundary(j); j++ {
		if c.relative(j) || (c.us[j].Kind == 'V' && j > from+1) {
			break
		}
		if c.us[j].Kind != 'P' {
			continue
		}
		if j > 0 && c.us[j-1].Kind == 'O' && c.us[j-1].words == "not" {
			continue // "founded by A and B, not by C" (round 25)
		}
		k := j + 1
		for k < len(c.us) && (c.us[k].Kind == 'M' || (c.us[k].Kind == 'O' && c.us[k].tag == posAdv)) {
			k++
		}
		k = c.coordDescriptorEnd(k) // "with Thai power and infrastructure company B" (clause_coord_desc.go)
		k = c.ppApposedName(k)      // "with Thailand's biggest operator, C," (clause_pp_appos.go)
		if k < len(c.us) && (c.us[k].Kind == 'E' || c.us[k].Kind == 'N') {
			if c.us[k].Kind == 'N' {
				if e := c.afterColon(k); e >= 0 {
					k = e
				}
			}
			if c.us[k].Kind == 'E' {
				k = c.described(k)
			}
			out = append(out, pp{prep: c.us[j].Lemma, at: k})
		}
	}
	return out
}

// args expands an entity unit into its arguments.
func (c *clauses) args(x *extractor, u int) []arg {
	if u < 0 || u >= len(c.us) || c.us[u].Kind != 'E' {
		return nil
	}
	var out []arg
	if p, ok := c.andIts[u]; ok {
		out = c.args(x, p) // "the group and its subsidiary B" (clause_and_its.go)
	}
	for _, i := range c.ents[c.us[u].ent].ms {
		out = append(out, x.argOf(c.s, i)...)
	}
	return out
}

// text is the sentence text from unit a to unit b inclusive.
func (c *clauses) text(a, b int) string {
	if a < 0 {
		a = 0
	}
	if b >= len(c.us) {
		b = len(c.us) - 1
	}
	if a > b || b < 0 {
		return ""
	}
	return c.s.text[c.us[a].Start:c.us[b].End]
}

// hasMod reports whether noun phrase u has one of the lemmas.
func (u unit) hasMod(lemmas ...string) bool {
	for _, m := range u.mods {
		if slices.Contains(lemmas, m) {
			return true
		}
	}
	return false
}

// amountRE finds an amount of money in a stretch of text.
var amountRE = regexp.MustCompile(rAmt)

// sentenceAllianceArg is the alliance the sentence names first, else the
// one under discussion.
func (x *extractor) sentenceAllianceArg(c *clauses) (arg, bool) {
	for _, e := range c.ents {
		for _, i := range e.ms {
			if c.s.ms[i].Kind == 'A' && !ownedGroup(c.s, i) { // roster_group.go
				return x.argOf(c.s, i)[0], true
			}
		}
	}
	if x.curAlli != "" && !x.apart[x.curAlli] { // focus_denied.go
		return arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
	}
	return arg{}, false
}

// emitFact states a fact of one of the structural families, resolving and
// type-checking its arguments. It returns whether it stated it.
func (x *extractor) emitFact(s *sent, rel schema.Relation, a, b arg, modText string, base float64, f schema.Fact) bool {
	if rel == relFounderOf { // a founder's title, person first (roles.go)
		if modText == "former" {
			modText = ""
		}
		if x.resolve(a, personTypes) == "" {
			return false // the title's holder is a person ("Anthropic co-founder Jared Kaplan"), never a company
		}
		if b.slug == "" && (b.m == nil || b.m.Slug == "") {
			return false // "a co-founder of VivaTech": a name nothing else made an organisation (an event, a show) is not found by a title
		}
		return x.emitFact(s, schema.RelFoundedBy, b, a, modText, base, f)
	}
	spec, _ := rel.Spec()
	mod, drop := modalityOf(modText)
	if drop || x.cityOnly(rel) || deniedReport(s, a) || rel == schema.RelPartnerOf && (x.partnershipDenied(s) || customerRoleAfter(s, a) || customerRoleAfter(s, b) || customerExampleBefore(s, b)) || rel == schema.RelInvestedIn && (holdingArg(s, b) || investsThroughVehicle(s, a)) ||
		rel == schema.RelLedBy && (ledThingOwned(s, a, b) || runJointly(s)) || roleOfHolding(rel, s, b) || respectivelyCrossed(s, a, b) { // list_respectively.go
		return false
	}
	sa := x.resolve(a, spec.SubjectTypes)
	if sa == "" {
		return false
	}
	f.Relation, f.Modality = rel, mod
	f.Subject = x.mention(a, sa)
	conf := confOf(base, a)
	if spec.ObjectRole != "" {
		sb := x.resolve(b, spec.ObjectTypes)
		if rel == schema.RelInvestedIn && sb != "" {
			sb = x.investeeInFocus(s, b, sb, sa) // invest_focus.go
		}
		if g := x.launchedFor(s, sb); (rel == schema.RelFoundingMember || rel == schema.RelMemberOf && strings.Contains(s.text, "founding")) && g != "" {
			b, sb = arg{slug: g, text: "(" + x.nameOf(g) + ")"}, g // member_launcher.go
		}
		if sb == "" || sb == sa || pronounInGroup(s, sa, b, sb) {
			return false
		}
		f.Object = x.mention(b, sb)
		conf = confOf(base, a, b)
	}
	if rel == schema.RelMemberOf || rel == schema.RelFoundingMember {
		key := f.Object.ID
		if bnd := x.placeholder[key]; bnd != "" {
			key = bnd
		}
		if mod == "" && !slices.Contains(x.members[key], sa) {
			x.members[key] = append(x.members[key], sa)
		}
	}
	if rel == schema.RelCEOOf || rel == schema.RelChairmanOf {
		x.lastPerson = sa
		x.noteAuthor(s, sa, f.Object.ID) // roles_byline.go
	}
	x.emit(s, f, conf)
	return true
}

// adverbialPP are prepositional phrases that work as adverbs.
var adverbialPP = map[string]bool{
	"in turn": true, "in addition": true, "in particular": true, "for its part": true, "in return": true,
	"in total": true, "at the time": true, "at present": true, "in the meantime": true,
}

// temporal reports whether a noun phrase is a time: "tuesday", "last
// week", "2020", "this year".
func temporal(words string) bool {
	for _, w := range strings.Fields(words) {
		if _, ok := weekdays[w]; ok {
			return true
		}
		if _, ok := monthNames[w]; ok {
			return true
		}
		switch w {
		case "week", "month", "year", "today", "yesterday", "day", "morning", "afternoon", "evening", "quarter":
			return true
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigit(w[2]) && isDigit(w[3]) {
			return true
		}
	}
	return false
}

// relativeObject is the antecedent of an object relative clause whose
// subject is unit subj: "the Global Telco AI Alliance (GTAA), which
// Japan's SoftBank joined" -> the alliance. It returns -1 when subj opens
// no such clause.
func (c *clauses) relativeObject(subj int) int {
	j := subj - 1
	if j >= 0 && c.us[j].Kind == 'E' && c.isCountry(j) && c.ents[c.us[j].ent].poss {
		j-- // "which Japan's SoftBank joined"
	}
	if !c.relative(j) || c.us[j].words == "who" || c.us[j].words == "whose" {
		return -1
	}
	j--
	if c.isPunct(j, ",") {
		j--
	}
	if j >= 0 && c.us[j].Kind == 'E' {
		return j
	}
	return -1
}

// countedPlural reports whether noun unit u is a counted plural ("two
// energy groups", "the three operators") that names can stand in
// apposition to.
func countedPlural(u unit) bool {
	if u.Kind != 'N' {
		return false
	}
	ws := strings.Fields(u.words)
	if len(ws) < 2 || !groupNouns[ws[len(ws)-1]] && !strings.HasSuffix(ws[len(ws)-1], "s") {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if countOf(w) > 0 {
			return true
		}
	}
	return false
}
