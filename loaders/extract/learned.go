package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The learned pass. The rules read the constructions someone wrote a rule
// for; a construction no rule knows yields nothing, however plainly it
// states a fact. After the rules have read a sentence, a logistic model
// per relation scores every pair of entities the sentence links (names,
// resolved descriptions and pronouns, the members of a counted group) and,
// for a sentence that names no alliance, every company with the alliance
// under discussion, and for one that names none of them, every company
// with the company "the company" would refer to (roles_focus.go: "The round
// was led by A" about Y). A pair the rules did not state anywhere in the article and
// the model scores at or above its relation's threshold becomes a fact
// with rule "learned <relation>"; the rules' facts are never changed or
// removed, and no rule ever reads a learned fact.
//
// Features are the pair's own context: the words between the two
// mentions (each, adjacent pairs and, when short, the whole run), two
// words either side, the order and kinds of the arguments, whether they
// sit in one coordinated list, whether either is a description, a
// pronoun or a group, the relations the rules stated in the same
// sentence (and whether for a list mate of the pair), a small lexicon of
// trigger stems, negation and hedging words; for an implied argument,
// every word of the sentence. Words are lower-cased and crudely stemmed
// (learnStem); features are hashed (FNV-1a, 2^20 buckets).
//
// The model is trained (learned_train.go, `go generate
// ./loaders/extract`) on the sets whose gold is readable: the corpus,
// heldout, the blind tune and dev-dev5 splits and every drill. A pair is
// a positive when the article's gold states it with evidence in that
// sentence, a negative when the gold does not state it at all (hard
// negatives included); a pair the gold states from another sentence, or
// calls ambiguous, is left out. The thresholds are chosen on out-of-fold
// predictions (two folds by article) for the facts the pass would add:
// the lowest score at which the added facts reach learnedTargetPrecision.
// The unread splits and the test half play no part in training or in the
// thresholds.

// learnedRel is one relation the pass proposes.
type learnedRel struct {
	name string
	rel  schema.Relation
}

// learnedRels are the relations the model scores. memberOf stands for
// both membership relations (the scorer merges them); the pass states
// foundingMember when the sentence speaks of a founding.
var learnedRels = []learnedRel{
	{"member", schema.RelMemberOf},
	{"ledBy", schema.RelLedBy},
	{"partnerOf", schema.RelPartnerOf},
	{"investedIn", schema.RelInvestedIn},
	{"ceoOf", schema.RelCEOOf},
	{"chairmanOf", schema.RelChairmanOf},
}

// learnUnit is one entity a sentence links: a mention, or one member of a
// counted group ("the four companies").
type learnUnit struct {
	slug       string
	start, end int // byte offsets in the sentence; -1 for an implied argument
	mi         int // the mention's index in the sentence
	kind       byte
	coref      bool
	group      bool
	poss       bool
}

// learnCand is one recorded pair: its relation (an index in
// learnedRels), arguments, features and sentence, and whether a guard
// keeps the pass from stating it (learnGated, refused).
type learnCand struct {
	rel       int
	subj, obj string
	feats     []uint32
	sentence  string
	gated     bool
}

// learnCollector records the pairs of a training run instead of stating
// facts (learned_train.go).
type learnCollector struct {
	cands []learnCand
}

// learnedFact is a fact the pass states, with the score that chose it.
type learnedFact struct {
	schema.Fact
	score float64
}

// triggerStems are the stems whose presence anywhere in the sentence is a
// feature of every pair.
var triggerStems = map[string]bool{
	"member": true, "join": true, "found": true, "founder": true, "co-found": true, "cofound": true, "launch": true,
	"partner": true, "partnership": true, "invest": true, "investor": true, "investment": true, "stake": true,
	"round": true, "led": true, "lead": true, "chair": true, "chairman": true, "chief": true, "ceo": true,
	"venture": true, "alliance": true, "back": true, "backer": true, "fund": true, "sign": true, "agree": true,
	"collaborat": true, "collaboration": true, "work": true, "team": true, "form": true, "creat": true,
	"establish": true, "board": true, "execut": true, "executive": true, "president": true, "acquir": true,
	"own": true, "sharehold": true, "shareholder": true, "rais": true, "participat": true, "alongside": true,
	"together": true, "group": true, "consortium": true, "initiative": true, "deal": true, "memorandum": true,
}

// hedgeStems and negStems make a sentence hedged or negated.
var (
	hedgeStems = map[string]bool{"may": true, "might": true, "could": true, "would": true, "plan": true, "talk": true, "consider": true, "expect": true, "rumour": true, "rumor": true, "if": true, "whether": true}
	negStems   = map[string]bool{"not": true, "no": true, "never": true, "deni": true, "declin": true, "rul": true, "without": true, "left": true, "quit": true, "exit": true, "former": true}
)

// learnStem lower-cases and crudely stems a word: the same stem for
// lead/leads/leading, partner/partners, invest/invested/investing.
func learnStem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 4 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:n-1]
	}
	return w
}

// fnv32 is FNV-1a over the strings, without allocating.
func fnv32(parts ...string) uint32 {
	h := uint32(2166136261)
	for i, p := range parts {
		if i > 0 {
			h ^= 0x1f
			h *= 16777619
		}
		for j := 0; j < len(p); j++ {
			h ^= uint32(p[j])
			h *= 16777619
		}
	}
	return h & (1<<20 - 1)
}

// learnWord is one word or punctuation token of a sentence, or a mention
// standing for its words.
type learnWord struct {
	start, end int
	stem       string
}

// kindStems stand for a mention of each kind among a sentence's words.
var kindStems = func() (t [256]string) {
	for k := range t {
		t[k] = "<" + string(rune(k)) + ">"
	}
	return t
}()

// learnWords are the sentence's tokens with every mention one token ("<C>",
// "<A>", "<P>", ...).
func learnWords(s *sent, toks []token) []learnWord {
	var out []learnWord
	mi := 0
	for _, t := range toks {
		for mi < len(s.ms) && s.ms[mi].End <= t.Start {
			mi++
		}
		if mi < len(s.ms) && t.Start >= s.ms[mi].Start && t.End <= s.ms[mi].End {
			if n := len(out); n > 0 && out[n-1].start == s.ms[mi].Start {
				continue
			}
			out = append(out, learnWord{start: s.ms[mi].Start, end: s.ms[mi].End, stem: kindStems[s.ms[mi].Kind]})
			continue
		}
		out = append(out, learnWord{start: t.Start, end: t.End, stem: learnStem(t.Key)})
	}
	return out
}

// learnUnits are the entities the sentence links, in text order.
func (x *extractor) learnUnits(s *sent) []learnUnit {
	var us []learnUnit
	for mi, m := range s.ms {
		if m.Kind == 'G' {
			for _, g := range m.Group {
				us = append(us, learnUnit{slug: g, start: m.Start, end: m.End, mi: mi, kind: 'C', coref: true, group: true})
			}
			continue
		}
		if m.Slug == "" {
			continue
		}
		slug := m.Slug
		if b := x.placeholder[slug]; b != "" {
			slug = b
		}
		us = append(us, learnUnit{slug: slug, start: m.Start, end: m.End, mi: mi, kind: m.Kind, coref: m.Coref, poss: m.Poss})
	}
	return us
}

// typeFits says whether slug's type is one of types.
func (x *extractor) typeFits(slug string, types []schema.EntityType) bool {
	t := x.typeOf(slug)
	for _, u := range types {
		if t == u {
			return true
		}
	}
	return false
}

// learnedPass scores the sentence's pairs; from is where the rules' facts
// of this sentence begin in x.facts.
func (x *extractor) learnedPass(s *sent, toks []token, from int) {
	if x.collect == nil && learned == nil {
		return
	}
	prev, prevGroups := x.learnPrev, x.learnPrevGroups
	x.learnPrev, x.learnPrevGroups = s.text, 0
	seenGroup := map[string]bool{}
	for _, m := range s.ms {
		if m.Kind == 'A' && m.Slug != "" && !seenGroup[m.Slug] {
			seenGroup[m.Slug] = true
			x.learnPrevGroups++
		}
	}
	us := x.learnUnits(s)
	if len(us) == 0 {
		return
	}
	words := learnWords(s, toks)
	ruleRels := map[string]bool{}
	ruleArgs := map[string]bool{}
	for _, f := range x.facts[from:] {
		ruleRels[string(f.Relation)] = true
		ruleArgs[string(f.Relation)+"|"+f.Subject.ID] = true
		ruleArgs[string(f.Relation)+"|"+f.Object.ID] = true
	}
	var sentFeats []uint32
	hasAlliance, hasCompany := false, false
	for _, u := range us {
		switch x.typeOf(u.slug) {
		case schema.TypeAlliance:
			hasAlliance = true
		case schema.TypeCompany:
			hasCompany = true
		}
	}
	founding := false
	for _, w := range words {
		if triggerStems[w.stem] {
			sentFeats = append(sentFeats, fnv32("t", w.stem))
		}
		if hedgeStems[w.stem] {
			sentFeats = append(sentFeats, fnv32("hedge"))
		}
		if negStems[w.stem] {
			sentFeats = append(sentFeats, fnv32("neg", w.stem))
		}
		if strings.HasPrefix(w.stem, "found") || strings.HasPrefix(w.stem, "co-found") || w.stem == "launch" || w.stem == "form" {
			founding = true
		}
	}
	for r, lr := range learnedRels {
		if x.collect == nil && learned.rels[r].threshold > 1 {
			continue // off: its additions did not reach the target precision
		}
		spec, _ := lr.rel.Spec()
		for i, a := range us {
			if !x.typeFits(a.slug, spec.SubjectTypes) {
				continue
			}
			for j, b := range us {
				if i == j || a.slug == b.slug || a.mi == b.mi || !x.typeFits(b.slug, spec.ObjectTypes) {
					continue
				}
				if spec.Symmetric && j < i {
					continue
				}
				f := x.pairFeats(s, words, a, b, r, ruleRels, ruleArgs, sentFeats)
				x.learnNote(s, r, a, b, f, founding, ruleArgs, prev, prevGroups)
			}
		}
		// Implied arguments: the alliance under discussion for a sentence
		// that names none, the company the article is about for one that
		// names no company but investors.
		var implied string
		subjImplied := false
		switch lr.name {
		case "member":
			if !hasAlliance && x.curAlliAt >= x.itemSent { // another numbered item's group is out of reach (frames_item.go)
				implied = x.curAlli
				if b := x.placeholder[implied]; b != "" {
					implied = b
				}
			}
		case "ledBy":
			if !hasAlliance && x.curAlliAt >= x.itemSent {
				implied, subjImplied = x.curAlli, true
				if b := x.placeholder[implied]; b != "" {
					implied = b
				}
			}
		case "investedIn":
			if hasCompany {
				implied = x.topicCompany()
			}
		}
		if implied == "" || strings.HasPrefix(implied, "_new") {
			continue
		}
		iu := learnUnit{slug: implied, start: -1, end: -1, mi: -1}
		for _, a := range us {
			if a.slug == implied {
				iu.slug = ""
			}
		}
		if iu.slug == "" {
			continue
		}
		for _, a := range us {
			subj, obj := a, iu
			if subjImplied {
				subj, obj = iu, a
			}
			if !x.typeFits(subj.slug, spec.SubjectTypes) || !x.typeFits(obj.slug, spec.ObjectTypes) || subj.slug == obj.slug {
				continue
			}
			f := x.impliedFeats(words, a, r, ruleRels, ruleArgs, sentFeats)
			x.learnNote(s, r, subj, obj, f, founding, ruleArgs, prev, prevGroups)
		}
	}
}

// learnNote records a pair (training) or states it when the model scores
// it at or above its relation's threshold.
func (x *extractor) learnNote(s *sent, r int, a, b learnUnit, feats []uint32, founding bool, ruleArgs map[string]bool, prev string, prevGroups int) {
	slices.Sort(feats) // one order, so training sums the same way every run
	var p float64
	if x.collect == nil {
		m := &learned.rels[r]
		if p = m.score(feats); p < m.threshold {
			return
		}
	}
	rel := learnedRels[r].rel
	if rel == schema.RelMemberOf && founding {
		rel = schema.RelFoundingMember
	}
	f := schema.Fact{Relation: rel, Subject: schema.Mention{ID: a.slug, Text: learnArgText(s, a)}, Object: schema.Mention{ID: b.slug, Text: learnArgText(s, b)}, Rule: "learned " + learnedRels[r].name}
	gated := x.refused(s, f) || learnGated(s, r, a, b, ruleArgs, prev, prevGroups)
	if x.collect != nil {
		x.collect.cands = append(x.collect.cands, learnCand{rel: r, subj: a.slug, obj: b.slug, feats: feats, sentence: s.text, gated: gated})
		return
	}
	if gated {
		return
	}
	f.Evidence = s.text
	f.Extractor = ExtractorName
	f.Confidence = float64(int(learnedConf(p, learned.rels[r].threshold)*100+0.5)) / 100
	x.learnedOut = append(x.learnedOut, learnedFact{Fact: f, score: p})
}

// learnedConf is the rules'-scale confidence of a learned fact: 0.5 at its
// relation's threshold up to 0.8 at certainty, so the calibration curve
// places it below the rules' explicit verbs.
func learnedConf(p, threshold float64) float64 {
	if threshold >= 1 {
		return 0.5
	}
	return 0.5 + 0.3*(p-threshold)/(1-threshold)
}

// learnArgText is the text of an argument in the sentence, or "(X)" for an
// implied one, as the gold writes an implicit argument.
func learnArgText(s *sent, u learnUnit) string {
	if u.start < 0 {
		return "(" + u.slug + ")"
	}
	return strings.TrimSpace(s.text[u.start:u.end])
}

// bucket maps a count to a coarse band.
func bucket(n int) string {
	switch {
	case n <= 3:
		return string(rune('0' + n))
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	case n <= 12:
		return "9-12"
	}
	return "13+"
}

// wordAt is the index of the first word at or after offset.
func wordAt(words []learnWord, off int) int {
	for i, w := range words {
		if w.start >= off {
			return i
		}
	}
	return len(words)
}

// pairFeats are the features of the pair (a subject, b object) in the
// sentence.
func (x *extractor) pairFeats(s *sent, words []learnWord, a, b learnUnit, r int, ruleRels, ruleArgs map[string]bool, sentFeats []uint32) []uint32 {
	fs := make([]uint32, 0, 64)
	fs = append(fs, fnv32("bias"))
	fs = append(fs, sentFeats...)
	l, rr := a, b
	order := "sf"
	if b.start < a.start {
		l, rr, order = b, a, "of"
	}
	fs = append(fs, fnv32("order", order, string(a.kind), string(b.kind)))
	li, ri := wordAt(words, l.start), wordAt(words, rr.start)
	if li < len(words) && words[li].start == l.start {
		li++ // the word after the left mention
	}
	between := words[min(li, ri):ri]
	fs = append(fs, fnv32("nb", bucket(len(between))))
	others := 0
	for k, w := range between {
		fs = append(fs, fnv32("bw", w.stem))
		if k > 0 {
			fs = append(fs, fnv32("bb", between[k-1].stem, w.stem))
		}
		if strings.HasPrefix(w.stem, "<") {
			others++
		}
	}
	fs = append(fs, fnv32("mb", bucket(min(others, 3))))
	if len(between) <= 8 {
		parts := make([]string, 0, len(between)+1)
		parts = append(parts, "pat", order)
		for _, w := range between {
			parts = append(parts, w.stem)
		}
		fs = append(fs, fnv32(parts...))
	}
	if lw := wordAt(words, l.start); lw > 0 {
		fs = append(fs, fnv32("l1", words[lw-1].stem))
		if lw > 1 {
			fs = append(fs, fnv32("l2", words[lw-2].stem, words[lw-1].stem))
		}
	} else {
		fs = append(fs, fnv32("lstart"))
	}
	if rw := ri + 1; rw < len(words) {
		fs = append(fs, fnv32("r1", words[rw].stem))
		if rw+1 < len(words) {
			fs = append(fs, fnv32("r2", words[rw].stem, words[rw+1].stem))
		}
	} else {
		fs = append(fs, fnv32("rend"))
	}
	for _, u := range []struct {
		p string
		u learnUnit
	}{{"s", a}, {"o", b}} {
		if u.u.coref {
			fs = append(fs, fnv32(u.p+"coref"))
		}
		if u.u.group {
			fs = append(fs, fnv32(u.p+"group"))
		}
		if u.u.poss {
			fs = append(fs, fnv32(u.p+"poss"))
		}
	}
	for _, list := range s.lists {
		in := 0
		for _, k := range list {
			if k == a.mi || k == b.mi {
				in++
			}
		}
		if in == 2 {
			fs = append(fs, fnv32("samelist"))
		}
	}
	fs = x.ruleFeats(fs, r, a.slug, b.slug, ruleRels, ruleArgs)
	return fs
}

// impliedFeats are the features of a pair whose other argument the
// sentence does not name: the named one's context and every word.
func (x *extractor) impliedFeats(words []learnWord, a learnUnit, r int, ruleRels, ruleArgs map[string]bool, sentFeats []uint32) []uint32 {
	fs := make([]uint32, 0, 64)
	fs = append(fs, fnv32("bias"), fnv32("impl"))
	fs = append(fs, sentFeats...)
	for _, w := range words {
		fs = append(fs, fnv32("sw", w.stem))
	}
	ai := wordAt(words, a.start)
	if ai == 0 {
		fs = append(fs, fnv32("lstart"))
	}
	for d := 1; d <= 2; d++ {
		if ai-d >= 0 {
			fs = append(fs, fnv32("il", string(rune('0'+d)), words[ai-d].stem))
		}
		if ai+d < len(words) {
			fs = append(fs, fnv32("ir", string(rune('0'+d)), words[ai+d].stem))
		}
	}
	if a.coref {
		fs = append(fs, fnv32("acoref"))
	}
	if a.group {
		fs = append(fs, fnv32("agroup"))
	}
	fs = append(fs, fnv32("akind", string(a.kind)))
	fs = x.ruleFeats(fs, r, a.slug, "", ruleRels, ruleArgs)
	return fs
}

// ruleFeats add what the rules stated in the sentence: each relation, and
// whether the relation was stated for either argument of the pair.
func (x *extractor) ruleFeats(fs []uint32, r int, a, b string, ruleRels, ruleArgs map[string]bool) []uint32 {
	for rel := range ruleRels {
		fs = append(fs, fnv32("rs", rel))
	}
	rel := string(learnedRels[r].rel)
	if r == 0 {
		for _, m := range []string{string(schema.RelMemberOf), string(schema.RelFoundingMember)} {
			if ruleArgs[m+"|"+a] || b != "" && ruleArgs[m+"|"+b] {
				fs = append(fs, fnv32("rmate"))
			}
		}
		return fs
	}
	if ruleArgs[rel+"|"+a] {
		fs = append(fs, fnv32("rmateS"))
	}
	if b != "" && ruleArgs[rel+"|"+b] {
		fs = append(fs, fnv32("rmateO"))
	}
	return fs
}

// learnNegRE marks a sentence that denies, refuses or leaves open
// something: the rules read such sentences word by word, the model only
// sees the words, so the pass states nothing there ("is not a member",
// "refused to sign", "has yet to join").
var learnNegRE = regexp.MustCompile(`(?i)\b(?:not|no|never|neither|nor|refus\w*|declin\w*|deni\w*|reject\w*|without|yet to|instead|former\w*|left|quit|exit\w*|withdr[ae]w\w*|stay\w* out|outside)\b|n't\b`)

// learnRoleRE is a membership of another kind: a sponsor, an observer, an
// adviser is no member.
var learnRoleRE = mustFiltered(`(?i)\bas (?:an? |its )?(?:sponsor|observer|adviser|advisor|guest|associate|partner|supporter|contributor)s?\b`)

// learnGated says whether a guard keeps the pass from stating the pair:
// a denial or refusal in the sentence; for a membership, another kind of
// role, a possessive subject, an implied alliance after a denying
// sentence or one naming two alliances or in a sentence without words of
// membership, "its <alliance>", a sentence that names two alliances, a
// subject the rules already made a member of another alliance there, or a
// company outside the list whose members the rules read.
func learnGated(s *sent, r int, a, b learnUnit, ruleArgs map[string]bool, prev string, prevGroups int) bool {
	if learnNegRE.MatchString(s.text) {
		return true
	}
	if learnedRels[r].name != "member" {
		return false
	}
	if learnRoleRE.MatchString(s.text) || a.poss {
		return true // "as a sponsor"; "Cobalt Mobile's radios" is no company
	}
	if !learnMemberCueRE.MatchString(s.text) {
		return true // "X met in May, when A and B reported profits": no words of membership
	}
	if b.start < 0 && (learnNegRE.MatchString(prev) || prevGroups > 1 || learnJoinedByRE.MatchString(s.text)) {
		// "Four carriers refused to sign. They were A, B ..."; "X and Y
		// met. A, a member since 2023, ..."; "A was joined by B and C":
		// an alliance the sentence does not name needs one in reach,
		// and a "joined by" names what was joined
		return true
	}
	if b.start >= 4 && strings.EqualFold(strings.TrimSpace(s.text[b.start-4:b.start]), "its") {
		return true // "A added four members to its alliance": A runs it
	}
	groups := map[string]bool{}
	for _, m := range s.ms {
		if m.Kind == 'A' && m.Slug != "" {
			groups[m.Slug] = true
		}
	}
	if len(groups) > 1 {
		return true
	}
	isMember := func(slug string) bool {
		return ruleArgs[string(schema.RelMemberOf)+"|"+slug] || ruleArgs[string(schema.RelFoundingMember)+"|"+slug]
	}
	if isMember(a.slug) && !isMember(b.slug) {
		return true
	}
	if isMember(b.slug) && !learnListMate(s, a.mi, isMember) {
		// the rules read the group's members here: another company is
		// one only as an item of their list ("A praised X, which B
		// joined")
		return true
	}
	return false
}

// learnListMate says whether mention mi sits in a coordinated list with a
// mention whose entity member says is a member.
func learnListMate(s *sent, mi int, member func(string) bool) bool {
	for _, l := range s.lists {
		if !slices.Contains(l, mi) {
			continue
		}
		for _, k := range l {
			if k != mi && s.ms[k].Slug != "" && member(s.ms[k].Slug) {
				return true
			}
		}
	}
	return false
}

// learnMemberCueRE are words of membership: the pass states a membership
// only in a sentence that holds one.
var learnMemberCueRE = mustFiltered(`(?i)\b(?:members?|membership|join\w*|co-?found\w*|found(?:ed|ing|er|ers)|launch\w*|sign\w* up|signator\w*|roster|backers?|participa\w*|on board|aboard|ranks|set (?:it )?up|formed|includ\w*|among|compris\w*|counts?|brings? together|part of|belong\w*|consist\w*)\b`)

// learnJoinedByRE is a passive join: what was joined is its subject.
var learnJoinedByRE = regexp.MustCompile(`(?i)\bjoined by\b`)
