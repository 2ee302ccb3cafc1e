package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// mention is an entity reference in a sentence: a name, a description
// resolved to an entity ("the company", "The German incumbent"), a pronoun,
// a group ("the five partners"), or an unknown proper name.
type mention struct {
	Start, End int // the name, in the sentence
	PossEnd    int // End plus a possessive ending
	Poss       bool
	Kind       byte // C company, A alliance, V joint venture, P person, N country, U unknown, G group
	Slug       string
	Group      []string // G: the member slugs
	Text       string
	Coref      bool   // a description or pronoun, not a name
	Demonym    bool   // N used as an adjective ("Korean")
	Nation     string // country a description gave ("The German incumbent")
	Cue        string // U: why it looks like an organisation
	Name       string // U: the name without a legal suffix
}

// kindOf maps an entity type to a mention kind.
func kindOf(t schema.EntityType) byte {
	switch t {
	case schema.TypeCompany:
		return 'C'
	case schema.TypeAlliance:
		return 'A'
	case schema.TypeJointVenture:
		return 'V'
	case schema.TypePerson:
		return 'P'
	case schema.TypeCountry:
		return 'N'
	}
	return 'U'
}

func isOrgKind(k byte) bool { return k == 'C' || k == 'A' || k == 'V' || k == 'U' || k == 'G' }

// extractor holds the discourse state of one article while its sentences
// are read in order.
type extractor struct {
	lx  *lexicon
	reg *schema.Register
	art schema.Date

	deniedSent *sent // the sentence partnershipDenied last read (partner_roles.go)
	deniedText string
	deniedVal  bool

	frameOnly string // the one group a coordinated-groups frame reads (frames_multi_group.go)

	collect         *learnCollector // a training run records the learned pass's pairs (learned_train.go)
	learnedOut      []learnedFact   // the learned pass's facts (learned.go)
	learnPrev       string          // the sentence the learned pass read before (learned.go)
	learnPrevGroups int             // the alliances it named (learned.go)

	sentIdx   int
	firstSeen map[string]int // slug -> sentence of first mention
	firstPos  map[string]int // slug -> offset of its first mention in that sentence (roles_bare_topic.go)
	// namedFirst is where the article first named an entity by a form
	// of its own (mention_pick.go).
	namedFirst map[string]namedAt
	// linked, kept only for Evaluate (track), lists per sentence the
	// slugs its mentions were linked to, names and resolved descriptions.
	track    bool
	raw      map[string]float64 // with track: each fact's own confidence, by fact id (calibrate.go)
	read     []string           // with track, every sentence read, verbatim
	linked   []sentLinks
	counts   map[string]int // company slug -> mentions so far
	subjects map[string]int // company slug -> sentences it opened
	lastSeen map[string]int // slug -> sentence of last mention
	lastPos  map[string]int // slug -> offset of its first mention in that sentence
	prevOrgs []string       // companies of the previous sentence, in order
	// prev2Orgs are the companies of the sentence before the previous
	// one; prevOrgsPara and prev2OrgsPara the paragraphs of the two
	// (coref_plural_near.go).
	prev2Orgs                   []string
	prevOrgsPara, prev2OrgsPara int
	// lastGroupNamed is the group a sentence last named by name, in
	// sentence lastGroupAt (coref_that_one.go).
	lastGroupNamed string
	lastGroupAt    int
	// curText is the text of the sentence being read and curPos the
	// offset of the description being resolved (coref_plural_near.go).
	curText string
	curPos  int
	// failedVentures are the ventures the article said were called off
	// (coref_plural_near.go).
	failedVentures map[string]bool
	curOrgs        []string        // companies of this sentence so far
	curGroups      []string        // alliances of this sentence so far
	curMs          []mention       // the sentence's mentions found so far, in text order (coref_it.go)
	descExclude    map[string]bool // names a description being resolved cannot be (coref_later.go)
	descKind       string          // the kind of company the description being resolved asks for (priors.go)
	// lastCountry is the country the article named last, in sentence
	// lastCountryAt ("the country's largest carrier").
	lastCountry   string
	lastCountryAt int
	descs         []descEntry         // descriptors the text gave its names (coref_descriptor.go)
	groupDescs    map[string][]string // group nouns the text described a group with (coref_group_desc.go)
	descBound     map[string]descBind // group noun -> the group the text bound it to, away from a named one (coref_bind_keep.go)
	olderGroup    string              // the group an apposition called "the older <noun>" (coref_group_age.go)
	newerGroup    string              // the group "the new <noun>" was read as (coref_group_age.go)
	apart         map[string]bool     // groups the text set apart or denied a membership in (focus_denied.go)
	artKinds      map[string]string   // the kind the article's own descriptions gave a company (coref_kind_article.go)
	descTagsOf    []token             // the sentence x.tags last tagged (coref_descriptor.go)
	descTags      []tagged            // its tags
	paraStart     int                 // the sentence that opened this paragraph
	prevParaLen   int                 // the sentences of the paragraph before (sentence_lines.go)
	runPara       int                 // the paragraph that began this run of one-sentence paragraphs (sentence_lines.go)
	curLead       bool                // no person precedes the sentence's first organisation so far (hq_lists.go)
	prevSubj      string              // first company of the previous sentence
	prevIt        string              // what an opening "it" continues instead (coref_subject_next.go)
	ellPrev       string              // the previous sentence's text (ellipsis.go)
	prevFirst     string              // first organisation (of any kind) of the previous sentence
	prevOpener    string              // the organisation that opened the previous sentence (coref_opener.go)
	paraOpeners   []string            // the companies that opened sentences of this paragraph, by name, in order (roles_focus.go)
	paraOpenersAt int                 // the paragraph they belong to (its first sentence)
	curAlli       string              // the alliance under discussion (slug or placeholder)
	alliN         map[string]int      // alliance slug -> times named so far (roster_lead.go)
	background    map[string]int      // entity -> sentence that named it only in a relative clause (focus_subordinate.go)
	foundedNow    string              // the alliance this sentence says was founded
	launchedBy    map[string]launch   // a group's launcher and the group it launched (member_launcher.go)
	foundedHere   string              // foundedNow of the sentence just read, for the group in focus (focus_employer.go)
	launched      map[string]int      // organisation -> sentence that said it was founded (lead_described_led.go)
	placeholder   map[string]string   // "_new1" -> bound alliance slug ("" while unbound)
	phSince       map[string]int      // placeholder -> sentence it was introduced in
	members       map[string][]string
	lastPerson    string
	// subjPerson is the person who opened the last sentence as its
	// subject, the first antecedent of a "he" or "she" that no person
	// before it in its own sentence takes (coref_he.go).
	subjPerson string
	// prevFirstPerson is the first of the people the last sentence named,
	// when it named several (coref_he_first.go).
	prevFirstPerson string

	hq         map[string]string // slug -> country the text gave it
	hosts      map[string]bool   // organisations the text calls a host body (frames_host.go)
	events     map[string]schema.Date
	discovered map[string]*facts.Discovered

	facts []extracted
	rule  string // the rule now running, recorded on the facts it states
	// unlessNamed is the placeholder the facts now stated hang on
	// (partner_unnamed.go)
	unlessNamed string

	pending      *pendingGroup   // a counted group of new members not yet named
	pendingJV    *pendingVenture // a counted group's venture, its partners not yet named (venture_counted.go)
	rest         *countedRest    // a list's counted rest, named later (counted_rest.go)
	lastSent     *sent           // the sentence read last, its mentions resolved (restate.go)
	restating    bool            // a restatement is being read (restate.go)
	lastJoin     schema.Relation // the membership relation last stated by a joining clause
	roster       roster          // the last membership list stated
	fstate       frameState      // the last founding or membership frame (frames.go)
	region       *rosterRegion   // a roster whose names are still to come (frames_region.go)
	roundLed     bool            // impliedLed found a funding round: its leaders invested
	round        *fundingRound   // the funding round under discussion
	raiser       string          // the company a clause last told raising money (rounds_unnamed.go)
	raiserAt     int             // the sentence that told it
	raisedBy     map[string]bool // every company the article told raising money or opening a round (rounds_topic.go)
	otherMoneyAt int             // 1 + the last sentence telling money won that is no raise ("a $25 million contract"), 0 for none
	fundTable    *fundingTable   // the table of rounds being read (invest_table.go)
	hqTable      *seatTable      // the table of seats being read (layout_table_hq.go)
	bulletRoster struct {        // the last investor roster read under a heading (invest_bullets.go)
		co   string
		sent int
	}
	partnerOpen *openPartnership // a partnership announced without its partner (partner_split.go)
	// lastPair are the last two partners stated, at sentence lastPairAt,
	// for "the two companies" and "both" later on.
	lastPair   [2]string
	lastPairAt int
	inAnswer   bool // the paragraph is an interview answer ("A: ...")
	// questions are an unmarked interview's question paragraphs
	// (interview_plain.go).
	questions map[int]bool
	author    string // the company an op-ed's byline gives its writer a title at (roles_byline.go)
	authorP   string // the writer an op-ed's byline names (roles_byline.go)
	interview bool   // the body has questions and answers ("Q: ...", "A: ...")
	leadText  string // the three sentences after the first (short_headline.go)
	// recentLists are the lists of organisations the last sentences gave,
	// for counted plurals (coref_lists.go).
	recentLists []sentList
	// focus is the group the text is about (coref_focus.go).
	focus   string
	focusAt int // the sentence that last set focus (focus_side.go)
	// asked is the group an interview question asked the members of, at
	// sentence askedAt (member_answer.go).
	asked   arg
	askedAt int
	// elliptic are the organisations of a verbless interview question
	// ("And A and B?") at sentence ellipticAt (member_they.go).
	elliptic   []arg
	ellipticAt int
	// chairs is a title the previous sentence said was newly filled
	// (chairs.go).
	chairs chairState
	// para is the paragraph of the sentence being read; about is the
	// organisation an "About X" heading named for paragraph aboutPara
	// (about.go).
	para, aboutPara int
	about           string
	// section is the company a heading line named ("2. Mavenir") for
	// the paragraphs from sectionPara on, until the next heading line
	// (about.go).
	section     string
	sectionPara int
	// sectionSent is the sentence of the section's heading; sectionOne
	// marks a section of one paragraph (a run-in heading's before a colon).
	sectionSent int
	sectionOne  bool
	// itemSent is the sentence of the last numbered item's heading ("2.
	// Nvidia rounds up a 6G coalition"); a roster or subject before it is
	// another item's (frames_item.go).
	itemSent int
	// curAlliAt is the sentence that last set curAlli.
	curAlliAt int
	// countedFounders is a founding by a count of organisations not yet
	// named (found_counted_next.go).
	countedFounders *countedFounding
	// groupHead is the group a heading line named alone, at sentence
	// groupHeadSent (heading_group.go).
	groupHead     string
	groupHeadSent int
	// personHead is the person a heading line named alone, at sentence
	// personHeadSent (roles_title_desc.go).
	personHead     string
	personHeadSent int
	// colonAt is the byte offset after a run-in heading's colon in sentence
	// colonSent-1 ("Tern Robotics: The start-up ..."; about_runin.go).
	colonAt, colonSent int
	// verbatim maps a masked sentence to its original text (layout.go).
	verbatim map[string]string
}

// extracted is a fact with the bookkeeping needed to finish it.
type extracted struct {
	schema.Fact
	key string
	// unlessNamed is a placeholder whose naming withdraws the fact
	// (partner_unnamed.go)
	unlessNamed string
	// lastSaid is the index of the last sentence that stated the fact
	// (its evidence is the first): a frame adds nothing a rule restated
	// there (frames.go)
	lastSaid int
}

func newExtractor(reg *schema.Register, art schema.Date) *extractor {
	return newExtractorLex(reg, lexiconFor(reg), art)
}

// newExtractorLex is newExtractor with the lexicon given (lexicon_cache.go).
func newExtractorLex(reg *schema.Register, lx *lexicon, art schema.Date) *extractor {
	return &extractor{
		lx: lx, reg: reg, art: art,
		firstSeen: map[string]int{}, firstPos: map[string]int{}, counts: map[string]int{}, alliN: map[string]int{}, subjects: map[string]int{}, lastSeen: map[string]int{}, lastPos: map[string]int{}, background: map[string]int{},
		placeholder: map[string]string{}, phSince: map[string]int{}, members: map[string][]string{},
		hq: map[string]string{}, events: map[string]schema.Date{}, discovered: map[string]*facts.Discovered{},
	}
}

// run reads the body sentence by sentence.
func (x *extractor) run(body string) {
	sents := splitSentences(body, x.lowerBrandWords(body)) // text_lower_brand.go
	if len(sents) > 0 && isHeadline(sents[0].Text) {
		for i := 1; i < len(sents) && i <= 3; i++ {
			x.leadText += sents[i].Text + " " // names a headline's short form may stand for (short_headline.go)
		}
	}
	x.interview = interviewRE.MatchString(body) && answerRE.MatchString(body)
	x.questions = questionParas(sents) // interview_plain.go
	for i, s := range sents {
		x.sentIdx = i
		if t, ok := asides(s.Text); ok && s.Evidence == "" {
			s.Quote, s.Text = s.quote(), t // text_dashes.go, text_photo.go
		}
		if x.track {
			x.read = append(x.read, s.verbatim())
		}
		if q := s.quote(); q != s.Text {
			if x.verbatim == nil {
				x.verbatim = map[string]string{}
			}
			x.verbatim[s.Text] = q
		}
		x.sentence(s)
		x.readRestated(s) // restate.go
	}
	x.dropWeakRoleConflicts()     // roles_conflict.go
	x.dropDatelessPersonFounded() // found_person_dateless.go
	for i := range x.facts {
		if v, ok := x.verbatim[x.facts[i].Evidence]; ok {
			x.facts[i].Evidence = v
		}
	}
	for i := range x.learnedOut {
		if v, ok := x.verbatim[x.learnedOut[i].Evidence]; ok {
			x.learnedOut[i].Evidence = v
		}
	}
}

// typeOf is the type of a known or discovered slug.
func (x *extractor) typeOf(slug string) schema.EntityType {
	if e, ok := x.lx.ents[slug]; ok {
		return e.Type
	}
	if strings.HasPrefix(slug, "_new") {
		return schema.TypeAlliance
	}
	return ""
}

// findMentions finds the names, descriptions and pronouns of one sentence.
func (x *extractor) findMentions(text string, toks []token) []mention {
	var ms []mention
	covered := make([]bool, len(toks))
	cover := func(a, b int) {
		for k := a; k < b; k++ {
			covered[k] = true
		}
	}
	ms = append(ms, x.splitAcronymNames(text, toks, covered)...) // mention_split_acronym.go
	ms = append(ms, x.joinedLongForms(text, toks, covered)...)   // mention_long_form.go
	// 1. Names from the lexicon, longest first.
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		e, n := x.lx.match(toks, i)
		if e == nil {
			continue
		}
		j := i + n
		slug := x.pick(e.slugs)
		if e.weak {
			slug = x.seenVariant(slug, text[toks[i].Start:toks[j-1].End]) // short_seen.go
			if v := x.longerVariant(text, toks, i, j, slug); v != "" {
				slug, j = v, j+1 // "SK Telekom" is SK Telecom, not "SK" and a word
			}
		}
		if _, seen := x.firstSeen[slug]; e.afterFull && !seen && !namedBefore(ms, slug) && !(len(e.slugs) == 1 && joinedShort(toks, i)) && !x.headlineShort(e.slugs) {
			continue // a short form needs its full name first (in this sentence too: "the O-RAN Alliance ... found O-RAN")
		}
		if e.afterFull && len(e.slugs) > 1 && !x.seenOnce(e.slugs) {
			continue // an acronym two named companies share (legal_names.go)
		}
		typ := x.typeOf(slug)
		if typ == schema.TypePerson {
			if g, s := x.initialedName(text, toks, i, j); s != "" && !covered[g] {
				i, slug = g, s // "Akash M. Ambani" (names_initial.go)
			} else if e, s := x.initialedAfter(text, toks, i, j); s != "" {
				j, slug = e, s
			}
		}
		if typ == schema.TypeAlliance && extendedLeft(toks, i, covered) {
			continue // "Open Network AI Alliance" is not the AI Alliance (boundary.go)
		}
		if typ == schema.TypeCompany || typ == schema.TypeJointVenture {
			// "Deutsche Telekom AG", "Vodafone Group", "Telia Company": a legal
			// suffix belongs to the name, spelt out too ("Reliance Industries
			// Limited (RIL)": else the short form becomes a company of its own).
			for j < len(toks) && toks[j-1].Word && !toks[j-1].Poss && toks[j].Word && toks[j].Upper &&
				(corpSuffix[toks[j].Key] || dottedSuffix(toks[j].Key) || genericHeads[toks[j].Key] || toks[j].Key == "company" || toks[j].Key == "limited") && x.lx.first[toks[j].Key] == nil {
				j++
			}
			if typ == schema.TypeCompany && j == i+n {
				j = x.legalTail(toks, i, j) // "Reliance Jio Infocomm Ltd" (legal_names.go)
			}
			if j == i+n && projectTail(toks, j) {
				j++ // "the Stargate Project" (boundary.go)
				x.nameProject(slug)
			}
			j = commaSuffix(toks, j) // "ELYZA, Inc." (clause_alias_pair.go)
			if typ == schema.TypeCompany && x.extendedRight(toks, j) {
				continue // "Nokia Bell Labs" is not Nokia
			}
		}
		end := toks[j-1].End
		if j < len(toks) && toks[j].Text == "." && (corpSuffix[toks[j-1].Key] || dottedSuffix(toks[j-1].Key)) && toks[j].Start == end {
			end = toks[j].End
		}
		m := mention{Start: toks[i].Start, End: end, PossEnd: toks[j-1].PossEnd, Poss: toks[j-1].Poss,
			Kind: kindOf(typ), Slug: slug}
		if m.PossEnd < end {
			m.PossEnd = end
			m.Poss, m.PossEnd = suffixPoss(text, end) // "SoftBank Corp.'s" (legal_names.go)
		}
		if typ == schema.TypeCountry && j < len(toks) && toks[j].Word && toks[j].Upper && toks[j].Start == toks[j-1].End+1 {
			// "Saudi Telecom Co": a country word opening a name that a
			// known entity's acronym or spelling gives.
			k := j
			for k < len(toks) && k < j+4 && toks[k].Word && toks[k].Upper && !toks[k-1].Poss {
				k++
			}
			for ; k > j; k-- {
				if s := x.variantOf(text[toks[i].Start:toks[k-1].End]); s != "" {
					ms = append(ms, mention{Start: toks[i].Start, End: toks[k-1].End, PossEnd: toks[k-1].PossEnd, Poss: toks[k-1].Poss,
						Kind: x.kindFor(s), Slug: s})
					x.lx.define(text[toks[i].Start:toks[k-1].End], s)
					break
				}
			}
			if k > j {
				cover(i, k)
				i = k - 1
				continue
			}
		}
		if typ == schema.TypeCountry {
			m.Demonym = x.isDemonym(toks, i, j) && !x.countryNoun(toks, i, j, m.Slug)
			if !m.Demonym && !toks[j-1].Poss && j < len(toks) && toks[j].Word && toks[j].Upper && toks[j].Start == toks[j-1].End+1 {
				continue // "Singapore Telecommunications": part of a name
			}
		}
		ms = append(ms, m)
		x.noteNamed(e, m.Slug, m.Start) // mention_pick.go
		cover(i, j)
		i = j - 1
	}
	x.runInColon(text, ms)                        // about_runin.go
	ms = x.orAliasMentions(text, toks, ms, cover) // alias_or.go
	// 2. Descriptions, groups and pronouns.
	former := mayHoldFormerAppos(text) // coref_former_appos.go: skip its cost in most sentences
	for i := 0; i < len(toks); i++ {
		if covered[i] || !toks[i].Word {
			continue
		}
		x.curOrgs, x.curGroups = x.curOrgs[:0], x.curGroups[:0]
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
		for _, m := range ms {
			if m.Start < toks[i].Start && m.Kind == 'A' && m.Slug != "" && !slices.Contains(x.curGroups, m.Slug) {
				x.curGroups = append(x.curGroups, m.Slug)
			}
			if m.Start < toks[i].Start && (m.Kind == 'C' || m.Kind == 'V') && !slices.Contains(x.curOrgs, m.Slug) && !(former && inFormerAppos(text, ms, m.Slug, toks[i].Start)) { // coref_former_appos.go
				x.curOrgs = append(x.curOrgs, m.Slug)
			}
		}
		x.curLead = firstOrgLeads(ms, toks[i].Start)
		x.curMs = ms
		x.curText, x.curPos = text, toks[i].Start
		if m, n, ok := x.description(text, toks, i, covered); ok {
			x.noteKindOf(m.Slug, toks[i:i+n]) // coref_kind_article.go
			ms = append(ms, m)
			cover(i, i+n)
			i += n - 1
		}
	}
	ms = append(ms, lowerBrands(text, toks, covered, cover)...) // alias_lower.go
	// 3. Unknown proper names.
	for i := 0; i < len(toks); i++ {
		if covered[i] || !toks[i].Word || !toks[i].Upper {
			continue
		}
		j := i
		for j < len(toks) && !covered[j] && (toks[j].Word || toks[j].Text == "&" || hyphenJoin(toks, j, covered)) && (toks[j].Upper || hyphenJoin(toks, j, covered) || (j > i && j+1 < len(toks) && (toks[j].Key == "of" || toks[j].Key == "for") && toks[j+1].Upper && !covered[j+1]) ||
			(j > i && (toks[j].Key == "and" || toks[j].Text == "&") && bodyRunAt(toks, j+1, covered))) {
			if toks[j].Poss {
				j++
				break
			}
			j++
		}
		a := i
		for a < j && (chunkStop[toks[a].Key] || (a == 0 && (sentenceOpeners[toks[a].Key] || commonOpener(toks[a].Key)))) {
			a++
		}
		b := j
		for b > a && ((chunkStop[toks[b-1].Key] && !(nameEnds[toks[b-1].Key] && b-a > 1)) || toks[b-1].Key == "of" || toks[b-1].Key == "for") {
			b--
		}
		// "Next Generation Mobile Networks": a long form of a known
		// acronym may open with a word that opens no other name.
		for k := i; k < a && b-k >= 3; k++ {
			if toks[k].Key != "the" && toks[k].Key != "a" && toks[k].Key != "an" && toks[k].Upper && x.variantOf(text[toks[k].Start:toks[b-1].End]) != "" {
				a = k
				break
			}
		}
		if k := mentionEndingAt(ms, toks, a); a < b && k >= 0 && !ms[k].Poss && ms[k].Slug != "" && ms[k].Kind != 'P' && ms[k].Kind != 'N' &&
			toks[a].Start == ms[k].End+1 && corpTail(toks, a, b) {
			// "Telefonica Deutschland Holding AG": the known name goes on.
			ms[k].End, ms[k].PossEnd, ms[k].Poss = toks[b-1].End, toks[b-1].PossEnd, toks[b-1].Poss
			ms[k].PossEnd = max(ms[k].PossEnd, ms[k].End)
			cover(a, b)
			i = j - 1
			continue
		}
		if a < b && (notAName(toks, a, b) || articleModifier(toks, a, b)) {
			if e := b; toks[a].Key == "series" && e < len(toks) && len(toks[e].Text) <= 2 {
				// "Series A": the letter names no company either.
				ms = slices.DeleteFunc(ms, func(m mention) bool { return m.Start == toks[e].Start })
				b = e + 1
			}
			cover(a, b)
			i = j - 1
			continue
		}
		if a < b && !(b-a == 1 && (len(toks[a].Text) < 2 || allianceHeads[toks[a].Key] || orgHeads[toks[a].Key] || commonCaps[toks[a].Text] || commonCaps[strings.TrimSuffix(toks[a].Text, "s")])) { // "CPUs": a common acronym's plural
			m := mention{Start: toks[a].Start, End: toks[b-1].End, PossEnd: toks[b-1].PossEnd, Poss: toks[b-1].Poss, Kind: 'U'}
			m.Name = text[m.Start:m.End]
			// A legal suffix makes it a company and stays out of the name.
			k := b
			if k < len(toks) && toks[k].Word && corpSuffix[toks[k].Key] && toks[k].Upper && !covered[k] {
				m.Cue = "name ends in " + toks[k].Text
				m.End, m.PossEnd, m.Poss = toks[k].End, toks[k].PossEnd, toks[k].Poss
				if k+1 < len(toks) && toks[k+1].Text == "." {
					m.End = toks[k+1].End
					m.Cue += "."
				}
				m.PossEnd = max(m.PossEnd, m.End)
				b = k + 1
			} else if b-a > 1 && corpSuffix[toks[b-1].Key] {
				m.Name = text[m.Start:toks[b-2].End]
				m.Cue = "name ends in " + toks[b-1].Text
				if b < len(toks) && toks[b].Text == "." && toks[b].Start == toks[b-1].End {
					m.End = toks[b].End
					m.PossEnd = max(m.PossEnd, m.End)
					m.Cue += "."
				}
			} else if orgHeads[toks[b-1].Key] {
				m.Cue = "name ends in " + toks[b-1].Text
			} else if a > 0 && toks[a-1].Word && !toks[a-1].Upper && orgNouns[strings.TrimSuffix(toks[a-1].Key, "s")] {
				m.Cue = "named as a " + strings.TrimSuffix(toks[a-1].Key, "s")
			}
			if b < len(toks) && (toks[b].Key == "-based" || toks[b].Key == "-headquartered" || toks[b].Key == "-listed") || (b-a == 1 && regionWords[toks[a].Key]) || x.placeBeforeCountry(ms, toks, a, b) || cityBeforeBased(toks, a, b) {
				m.Kind = 'X' // a place: "the Washington-based standards body"
			} else if k := mentionEndingAt(ms, toks, a); k >= 0 && !ms[k].Poss && toks[a].Start == ms[k].End+1 &&
				ms[k].Kind != 'P' && (ms[k].Kind != 'N' || ms[k].Demonym) && x.variantOf(text[ms[k].Start:m.End]) != "" {
				// "SK Telekom": a known name ("SK") and an unknown word that
				// together spell a known name.
				slug := x.variantOf(text[ms[k].Start:m.End])
				ms[k].End, ms[k].PossEnd, ms[k].Poss = m.End, m.PossEnd, m.Poss
				ms[k].Kind, ms[k].Slug = x.kindFor(slug), slug
				x.lx.define(text[ms[k].Start:m.End], slug)
				cover(a, b)
				i = j - 1
				continue
			} else if slug := x.variantOf(m.Name); slug != "" {
				m.Kind, m.Slug, m.Cue = x.kindFor(slug), slug, ""
				x.lx.define(m.Name, slug)
			}
			ms = append(ms, m)
			cover(a, b)
		}
		i = j - 1
	}
	dropTechBased(text, ms)             // mention_tech_based.go
	ms = dropProductModifiers(text, ms) // mention_product_modifier.go
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	for i := range ms {
		if ms[i].Text == "" {
			ms[i].Text = text[ms[i].Start:ms[i].End]
		}
	}
	return ms
}

// hyphenJoin reports whether toks[j] is a hyphen inside an unknown name
// ("Alvarez-Pallete"): no spaces around it and an uncovered capitalised
// word after it.
func hyphenJoin(toks []token, j int, covered []bool) bool {
	return toks[j].Text == "-" && j > 0 && j+1 < len(toks) && toks[j-1].End == toks[j].Start && toks[j+1].Start == toks[j].End &&
		toks[j+1].Upper && !covered[j+1] && !covered[j-1]
}

// mentionEndingAt is the index of the mention that ends with toks[a-1],
// or -1.
func mentionEndingAt(ms []mention, toks []token, a int) int {
	if a == 0 {
		return -1
	}
	for k := range ms {
		if ms[k].End == toks[a-1].End {
			return k
		}
	}
	return -1
}

// regionWords are adjectives of regions, which no register lists as
// countries but which are never organisations ("a European model maker").
var regionWords = map[string]bool{
	"european": true, "asian": true, "african": true, "nordic": true, "latin": true, "arab": true, "gulf": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "scandinavian": true, "pan-european": true,
	"middle": true, "european-based": true, "asia-pacific": true, "apac": true, "emea": true,
}

// bodyHeads end the names of public bodies, whose names may contain "and"
// ("Competition and Markets Authority").
var bodyHeads = map[string]bool{
	"authority": true, "commission": true, "agency": true, "ministry": true, "department": true,
	"office": true, "board": true, "committee": true, "institute": true, "university": true, "bureau": true,
	"administration": true, "regulator": true,
}

// bodyRunAt reports whether the capitalised words from toks[i] end in a
// public body's head noun.
func bodyRunAt(toks []token, i int, covered []bool) bool {
	j := i
	for j < len(toks) && !covered[j] && toks[j].Word && toks[j].Upper {
		j++
	}
	return j > i && bodyHeads[toks[j-1].Key]
}

// chunkStop are capitalised words that do not start or end a name.
var chunkStop = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "it": true, "its": true, "this": true,
	"that": true, "these": true, "those": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"but": true, "and": true, "or": true, "as": true, "for": true, "with": true, "by": true, "after": true,
	"before": true, "while": true, "when": true, "last": true, "next": true, "among": true, "most": true,
	"all": true, "each": true, "both": true, "some": true, "such": true, "alongside": true, "even": true,
	"just": true, "much": true, "what": true, "who": true, "why": true, "how": true, "few": true, "his": true,
	"her": true, "their": true, "our": true, "you": true, "your": true, "my": true, "there": true, "here": true, "one": true, "also": true,
	"ceo": true, "chief": true, "executive": true, "officer": true, "chairman": true, "chair": true, "md": true,
	"president": true, "director": true, "founder": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"prof": true, "news": true, "summary": true, "group": true, "said": true, "says": true, "getting": true,
	"work": true, "general": true, "hard": true, "currency": true, "reuters": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "ai": true,
	"from": true, "to": true, "of": true, "if": true, "so": true, "no": true, "not": true, "yes": true,
	"principal": true, "fellow": true, "vice": true, "senior": true, "head": true, "secretary": true,
	"minister": true, "prime": true, "global": true, "new": true, "big": true, "telecom": true,
	"managing": true, "deputy": true, "co-ceo": true, "co-founder": true, "cofounder": true,
	"co-ceos": true, "co-chief": true, "officers": true, "co-chair": true, "co-chairs": true, "co-chairman": true, // "Co-Chief Executive Officers P and Q": a plural title, no name
	"q": true, "about": true, "under": true, "speaking": true, "shares": true, "analysts": true,
	"founded": true, "launched": true, "established": true, "formed": true, "created": true,
	"acting": true, "interim": true, "outgoing": true, "incoming": true, "former": true, // "Acting CEO P": title modifiers, no names
	"operating": true, // "its Chief Operating Officer P": no name "Operating" (round 18 probes)
}

// nameEnds are chunkStop words that may end a longer name ("Phantom AI",
// "Bespin Global").
var nameEnds = map[string]bool{"ai": true, "global": true, "telecom": true, "group": true, "news": true}

// orgHeads are name endings that make an unknown name an organisation.
var orgHeads = map[string]bool{
	"alliance": true, "association": true, "consortium": true, "forum": true, "foundation": true,
	"federation": true, "council": true, "coalition": true, "initiative": true, "project": true,
	"technologies": true, "technology": true, "telecom": true, "telecommunications": true, "networks": true,
	"systems": true, "labs": true, "lab": true, "ventures": true, "capital": true, "partners": true,
	"electronics": true, "communications": true, "mobile": true, "wireless": true, "software": true,
	"semiconductor": true, "semiconductors": true, "robotics": true, "bank": true, "motors": true,
}

// allianceHeads are the endings that make an organisation an alliance.
var allianceHeads = map[string]bool{
	"alliance": true, "association": true, "consortium": true, "forum": true, "foundation": true,
	"federation": true, "council": true, "coalition": true, "initiative": true, "project": true,
}

// orgNouns are common nouns that, right before a name, say it is an
// organisation ("AI firm XL8", "Chinese startup DeepSeek").
var orgNouns = map[string]bool{
	"startup": true, "start-up": true, "firm": true, "company": true, "developer": true, "operator": true,
	"carrier": true, "maker": true, "chipmaker": true, "provider": true, "vendor": true, "rival": true,
	"unit": true, "subsidiary": true, "giant": true, "conglomerate": true, "telco": true, "insurer": true,
	"lender": true, "manufacturer": true, "supplier": true, "investor": true, "affiliate": true,
	"incumbent": true, "specialist": true, "platform": true, "outfit": true, "player": true,
}

// companyNouns head descriptions that refer back to a company.
var companyNouns = map[string]bool{
	"company": true, "operator": true, "carrier": true, "telco": true, "firm": true, "incumbent": true,
	"giant": true, "chipmaker": true, "group": true, "startup": true, "vendor": true, "conglomerate": true,
	"start-up": true, "fintech": true, "lender": true, "maker": true, "provider": true,
	"fund": true, "investor": true, "hyperscaler": true, "manufacturer": true, "supplier": true, // round 27, dev15: "The fund took part in"
	"consultancy": true, // round 40, dev25: "Accenture, the Irish-domiciled consultancy"
}

// allianceNouns head descriptions of an alliance.
var allianceNouns = map[string]bool{
	"alliance": true, "body": true, "group": true, "consortium": true, "coalition": true,
	"initiative": true, "organisation": true, "organization": true, "forum": true, "bloc": true,
}

var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "both": 2,
}

// groupNouns head plural descriptions ("the five partners").
var groupNouns = map[string]bool{
	"companies": true, "partners": true, "members": true, "operators": true, "carriers": true, "telcos": true,
	"firms": true, "groups": true, "founders": true, "parties": true, "sides": true,
}

// sentLinks is one sentence's text (verbatim) and the slugs its mentions
// were linked to; corefs are its descriptions and pronouns, by their
// lower-cased text, with the slugs each was resolved to.
type sentLinks struct {
	text   string
	slugs  []string
	corefs map[string][]string
	spans  []linkSpan // where in text each linked mention sits (score_shapes.go)
}

// noteLinked records that a mention of the current sentence st was linked
// to slug.
func (x *extractor) noteLinked(st sentence, slug string) { x.noteLinkedIn(st.verbatim(), slug) }

// noteLinkedIn records that a mention of the sentence whose verbatim text
// is sent was linked to slug.
func (x *extractor) noteLinkedIn(sent, slug string) {
	if n := len(x.linked); n == 0 || x.linked[n-1].text != sent {
		x.linked = append(x.linked, sentLinks{text: sent})
	}
	l := &x.linked[len(x.linked)-1]
	if !slices.Contains(l.slugs, slug) {
		l.slugs = append(l.slugs, slug)
	}
}

// noteCoref records that the description or pronoun text of the current
// sentence st was resolved to slugs.
func (x *extractor) noteCoref(st sentence, text string, slugs ...string) {
	x.noteCorefIn(st.verbatim(), text, slugs...)
}

// noteCorefIn is noteCoref for the sentence whose verbatim text is sent.
func (x *extractor) noteCorefIn(sent, text string, slugs ...string) {
	if len(slugs) == 0 {
		return
	}
	for _, slug := range slugs {
		x.noteLinkedIn(sent, slug)
	}
	l := &x.linked[len(x.linked)-1]
	if l.corefs == nil {
		l.corefs = make(map[string][]string)
	}
	k := strings.ToLower(strings.TrimSpace(text))
	for _, slug := range slugs {
		if !slices.Contains(l.corefs[k], slug) {
			l.corefs[k] = append(l.corefs[k], slug)
		}
	}
}

// resolvedWithin returns the slugs that a description or pronoun with
// text, in a sentence inside evidence (or the sentence an evidence
// fragment is cut from), was resolved to; found says whether the
// extractor resolved it at all.
func (x *extractor) resolvedWithin(evidence, text string) (slugs []string, found bool) {
	k := strings.ToLower(strings.TrimSpace(text))
	for _, l := range x.linked {
		if !strings.Contains(evidence, l.text) && (evidence == "" || !strings.Contains(l.text, evidence)) {
			continue
		}
		if s, ok := l.corefs[k]; ok {
			slugs, found = append(slugs, s...), true
		}
	}
	return slugs, found
}

// coveredBy says whether evidence lies within a sentence the extractor
// read, or contains one.
func (x *extractor) coveredBy(evidence string) bool {
	for _, t := range x.read {
		if strings.Contains(evidence, t) || evidence != "" && strings.Contains(t, evidence) {
			return true
		}
	}
	return false
}

// linkedWithin says whether a sentence inside evidence, or the sentence
// an evidence fragment is cut from, had a mention linked to slug.
func (x *extractor) linkedWithin(evidence, slug string) bool {
	for _, l := range x.linked {
		if (strings.Contains(evidence, l.text) || evidence != "" && strings.Contains(l.text, evidence)) && slices.Contains(l.slugs, slug) {
			return true
		}
	}
	return false
}
