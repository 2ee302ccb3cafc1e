package extract_test

import "testing"

// TestRound25DigestItems: a digest's item opened by a company's name and a
// colon ("Granite Labs: The tower-inspection start-up raised ...") is about
// that company, as an item under a heading line is: the description
// opening the sentence after the colon is the item's company, and an
// investment whose investee the clause leaves out goes to the item's
// company, not to the round the item before told of. Near misses: an
// item about an investor, a colon after a company inside a sentence, a
// description in a later paragraph with no heading.
func TestRound25DigestItems(t *testing.T) {
	runNews(t, []newsCase{
		{"NAME: The described start-up raised ... led by A. B and C also took part.",
			"Funding roundup\n\nGranite Labs: The tower-inspection start-up raised $40 million in a Series B led by Ion Cloud. Existing backers Polar Compute and Larch Networks also took part.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(larch-networks,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"a later item's stake in the described firm is not the earlier round's",
			"Funding roundup\n\nGranite Labs. The start-up raised $40 million from Ion Cloud.\n\nHelix Wireless. Polar Compute has taken a 12% stake in the network-AI firm.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$40 million", "investedIn(polar-compute,helix-wireless)"}},
		{"an item about an investor: its stake goes to the round under discussion",
			"Funding roundup\n\nGranite Labs raised $40 million in a round led by Ion Cloud.\n\nPolar Compute. The chipmaker took part in the round with a $5 million cheque.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$40 million", "investedIn(polar-compute,granite-labs)"}},
		{"near miss: no heading, the description in the next paragraph",
			"Granite Labs raised $40 million in a round led by Ion Cloud.\n\nAnalysts said the tower-inspection start-up was one of many. The start-up market is crowded.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$40 million"}},
		{"near miss: a colon after a company inside a sentence",
			"Funding roundup\n\nThe deal was described by Ion Cloud: The tower-inspection start-up raised $40 million.",
			nil},
	})
}

// TestRound25PartnerNouns: the plural partner noun before a list ("A's
// partners B and C") and "its partner B" after the company's own clause
// or sentence ("A said its partner B", "Its partners B and C welcomed
// it"); near misses: a former or potential partner.
func TestRound25PartnerNouns(t *testing.T) {
	runNews(t, []newsCase{
		{"A's partners B and C", "Acme Telecom's partners Cobalt Mobile and Ion Cloud said they were pleased.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"}},
		{"A said its partner B", "Acme Telecom said its partner Cobalt Mobile was pleased.", []string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"Its partners B and C, a sentence later", "Acme Telecom signed a supply deal on Monday. Its partners Cobalt Mobile and Ion Cloud welcomed the move.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"}},
		{"quoted: our partners B and C", "Acme Telecom chief executive Jane Park said: \"Our partners Cobalt Mobile and Ion Cloud were already members.\"",
			[]string{"ceoOf(jane-park,acme-telecom)", "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"}},
		{"near miss: its former partner", "Acme Telecom said its former partner Cobalt Mobile had sued.", nil},
		{"near miss: potential partners", "Acme Telecom's potential partners Cobalt Mobile and Ion Cloud declined to comment.", nil},
	})
}

// TestRound25PlainInterview: an interview whose questions are paragraphs
// of their own, unmarked by "Q:" and "A:", after an introduction that
// says one follows ("We spoke to its chief executive"): "we" and "our" in
// the answers are the interviewee's company. Near misses: a news story
// with rhetorical questions and no interview cue, and one question alone.
func TestRound25PlainInterview(t *testing.T) {
	interview := "Q&A: Why Acme Telecom bet on open AI\n\nAcme Telecom has signed a string of partnerships this year. We spoke to its chief executive, Jane Park.\n\n" +
		"Why did you sign with Cobalt Mobile?\n\nCobalt Mobile is our cloud partner for the inference platform. We signed a five-year agreement in March.\n\n" +
		"Are you investing too?\n\nYes. We led Granite Labs' seed round and we hold a small stake in Ion Cloud."
	story := "Acme Telecom reported results on Tuesday.\n\nWhat went wrong?\n\nCobalt Mobile is our cloud partner, one analyst joked.\n\nWhat next?\n\nWe hold a small stake in Ion Cloud, said a fund manager."
	runNews(t, []newsCase{
		{"unmarked interview: we and our are the interviewee's", interview,
			[]string{"ceoOf(jane-park,acme-telecom)", "investedIn(acme-telecom,granite-labs)", "investedIn(acme-telecom,ion-cloud)",
				"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: rhetorical questions in a story", story, nil},
		{"near miss: one question", "Q&A: Acme Telecom at ten\n\nWe spoke to its chief executive, Jane Park.\n\nWhy now?\n\nWe hold a small stake in Ion Cloud.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}

// TestRound25ItsAfterGroup: a sentence-initial "Its <title>" after a
// sentence about a group is the group's: one opened by "The <group>",
// and one whose subject was companies joined by "and" ("its" is not
// theirs). Near miss: a company opening the sentence alone.
func TestRound25ItsAfterGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"The X was set up by A and B. Its chair is P.", "The Open Edge Alliance was set up by Acme Telecom and Cobalt Mobile in 2023. Its chair is Jane Park.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "founded(open-edge-alliance) date=2023", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"A and B set up X. Its chair is P.", "Acme Telecom and Cobalt Mobile set up the Open Edge Alliance in 2023. Its chair is Jane Park.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "founded(open-edge-alliance) date=2023", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"near miss: A joined X. Its chief executive is the company's", "Acme Telecom joined the Open Edge Alliance in 2023. Its chief executive is Jane Park.",
			[]string{"ceoOf(jane-park,acme-telecom)", "memberOf(acme-telecom,open-edge-alliance) since=2023"}},
	})
}

// TestRound25Probes: "B, an investor since 2022, added to its stake"
// after a round; "head a new working group at the X" is a part of X, not
// X (a new group's description does not take the name of a group that is
// the object of a preposition after it); "The two companies said they
// would extend their partnership". Near misses: "added to its
// portfolio", a group within another, three companies.
func TestRound25Probes(t *testing.T) {
	runNews(t, []newsCase{
		{"added to its stake", "Granite Labs raised $120 million in a round led by Ion Cloud. Polar Compute, an investor since 2022, added to its stake.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$120 million", "investedIn(polar-compute,granite-labs) date=2022"}},
		{"near miss: added to its portfolio", "Granite Labs raised $120 million in a round led by Ion Cloud. Polar Compute added to its portfolio.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$120 million"}},
		{"near miss: would head a new working group at X", "Helix Wireless would head a new working group on AI safety at the Open Edge Alliance.", nil},
		{"near miss: set up a new group within X", "Acme Telecom and Cobalt Mobile set up a new group within the Open Edge Alliance.", nil},
		{"a new group called X still names it", "Acme Telecom and Cobalt Mobile launched a new group called the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"The two companies said they would extend their partnership", "Acme Telecom and Cobalt Mobile met on Monday. The two companies said they would extend their partnership to AI chips.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: three companies", "Acme Telecom, Cobalt Mobile and Ion Cloud met on Monday. The three companies said they would extend their partnership.", nil},
	})
}

// TestRound25Promoted: a title given by promotion ("has been promoted to
// chairman", "was elevated to", "rose to", "was made"), after a fronted
// "At X," too, and the predecessor it names; near misses: a post that is
// no title of ours, and a forecast.
func TestRound25Promoted(t *testing.T) {
	runNews(t, []newsCase{
		{"At X, P has been promoted to chairman. P succeeds Q", "At Acme Telecom, Jane Park has been promoted to chairman. Park succeeds Omar Haddad, who stays on the board.",
			[]string{"chairmanOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,acme-telecom) modality=past"}},
		{"has been promoted to chief executive of X", "Jane Park has been promoted to chief executive of Acme Telecom.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"was elevated to chairman of X", "Jane Park was elevated to chairman of Acme Telecom.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"was made chairman of X", "Jane Park was made chairman of Acme Telecom.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"near miss: promoted to head of sales", "At Acme Telecom, Jane Park has been promoted to head of sales.", nil},
		{"near miss: expected to be promoted", "Jane Park is expected to be promoted to chairman of Acme Telecom.", nil},
	})
}

// TestRound25DashList: a list set off by spaced hyphens ("Its founders -
// A, B and C - wanted ...") keeps its last item: the closing dash is no
// split modifier ending ("the SKT-led club").
func TestRound25DashList(t *testing.T) {
	runNews(t, []newsCase{
		{"Its founders - A, B and C - wanted", "The Open Edge Alliance was launched in 2023. Its founders - Acme Telecom, Cobalt Mobile and Ion Cloud - wanted a common platform.",
			[]string{"founded(open-edge-alliance) date=2023", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(ion-cloud,open-edge-alliance)"}},
	})
}

// TestRound25WriterFirstPerson: an op-ed whose byline names only its
// writer ("By Jane Park"): the writer's "I" holds the title the op-ed
// states, and that company is the op-ed's "we". Near misses: no byline,
// and an "I" inside a quotation.
func TestRound25WriterFirstPerson(t *testing.T) {
	runNews(t, []newsCase{
		{"By P. I have been chief executive of X. When we joined Y", "Opinion: fewer committees\n\nBy Jane Park\n\nI have been chief executive of Acme Telecom for six years. When we joined the Open Edge Alliance in 2020, I believed in rulebooks.",
			[]string{"ceoOf(jane-park,acme-telecom)", "memberOf(acme-telecom,open-edge-alliance) since=2020"}},
		{"near miss: no byline", "Opinion: fewer committees\n\nI have been chief executive of Acme Telecom for six years. When we joined the Open Edge Alliance in 2020, I believed in rulebooks.", nil},
		{"near miss: I in a quotation", "Opinion: fewer committees\n\nBy Jane Park\n\nOmar Haddad once told me: \"I have been chief executive of Acme Telecom for too long.\"", nil},
	})
}

// TestRound25Hearsay: a correction's retracted report and speculation
// state nothing; "is about to join" is a plan; "suggested" without
// "that" reports nothing.
func TestRound25Hearsay(t *testing.T) {
	runNews(t, []newsCase{
		{"near miss: an earlier version of this article said", "Correction: An earlier version of this article, published on 9 May, said that Ion Cloud had invested in Granite Labs.", nil},
		{"near miss: commentators have suggested that", "Some commentators have suggested that Helix Wireless is about to join the Open Edge Alliance.", nil},
		{"near miss: is rumoured to", "Helix Wireless is rumoured to be joining the Open Edge Alliance.", nil},
		{"is about to join: planned", "Helix Wireless is about to join the Open Edge Alliance.", []string{"memberOf(helix-wireless,open-edge-alliance) modality=planned"}},
		{"a suggestion that is no hearsay", "As analysts suggested, Ion Cloud has invested in Granite Labs.", []string{"investedIn(ion-cloud,granite-labs)"}},
	})
}

// TestRound25NotBy: a by-phrase under "not" names no agent ("founded by A
// and B, not by C, which joined later": C joined later).
func TestRound25NotBy(t *testing.T) {
	runNews(t, []newsCase{
		{"founded by A and B, not by C, which joined later", "The Open Edge Alliance was founded by Acme Telecom and Cobalt Mobile, not by Ion Cloud, which joined later.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"memberOf(ion-cloud,open-edge-alliance)"}},
	})
}

// TestRound25RemainsAndRound: "remains its chief executive" after a
// relative clause naming the company, as "is its chief executive" reads;
// "the round was led by B" after "A invested in Y" is Y's round, and after
// "A did not invest in Y" Y's all the same (round 26). Near miss: a possessive shareholder.
func TestRound25RemainsAndRound(t *testing.T) {
	runNews(t, []newsCase{
		{"P, who co-founded X, remains its chief executive", "Jane Park, who co-founded Granite Labs, remains its chief executive after the deal.",
			[]string{"ceoOf(jane-park,granite-labs)", "foundedBy(granite-labs,jane-park)"}},
		{"P remains X's chief executive", "Jane Park remains Granite Labs' chief executive.", []string{"ceoOf(jane-park,granite-labs)"}},
		{"near miss: remains X's largest shareholder", "Jane Park remains Granite Labs' largest shareholder.", nil},
		{"A invested in Y; the round was led by B", "Ion Cloud invested in Granite Labs; the Series A round was led by Polar Compute.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"A did not invest in Y; the round was led by B (round 26: Y's round)", "Ion Cloud did not invest in Granite Labs; the Series A round was led by Polar Compute.",
			[]string{"investedIn(polar-compute,granite-labs)"}},
	})
}

// TestRound25Interest: an ownership interest is a stake ("took a minority
// interest in Y", "a 20% interest", "A's minority interest in Y"); near
// misses: interest as attention.
func TestRound25Interest(t *testing.T) {
	runNews(t, []newsCase{
		{"took a minority interest in Y", "Acme Telecom took a minority interest in Granite Labs.", []string{"investedIn(acme-telecom,granite-labs)"}},
		{"acquired a 20% interest in Y", "Acme Telecom acquired a 20% interest in Granite Labs.", []string{"investedIn(acme-telecom,granite-labs)"}},
		{"A's minority interest in Y", "Acme Telecom's minority interest in Granite Labs is worth more now.", []string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: expressed interest in Y", "Acme Telecom has expressed interest in Granite Labs.", nil},
		{"near miss: a strong interest in Y's success", "Acme Telecom has a strong interest in Granite Labs' success.", nil},
	})
}

// TestRound25OneOfAppos: "A, one of the five companies that set up X in
// 2023, has left" says in apposition what "A is one of the five
// companies that set up X" says. Near miss: one of the companies that
// joined X is a member only.
func TestRound25OneOfAppos(t *testing.T) {
	runNews(t, []newsCase{
		{"A, one of the five companies that set up X in 2023,", "Helix Wireless, one of the five companies that set up the Open Edge Alliance in 2023, has left.",
			[]string{"founded(open-edge-alliance) date=2023", "foundingMember(helix-wireless,open-edge-alliance)"}},
		{"near miss: one of the companies that joined X", "Helix Wireless, one of the companies that joined the Open Edge Alliance, said so.",
			[]string{"memberOf(helix-wireless,open-edge-alliance)"}},
	})
}

// TestRound25NationalPair: a nationality description inside a sentence
// after one whose subject was two companies joined by "and" may be
// either, and states no headquarters; after one subject, opening its
// sentence, it is that subject's. (Opening its sentence after a pair it
// still takes the first: guarding that too cost a right fact on invest8.)
func TestRound25NationalPair(t *testing.T) {
	runNews(t, []newsCase{
		{"near miss: A and B said ...; the British operator", "Acme Telecom and Cobalt Mobile said on Wednesday they would merge their tower businesses. Under the agreement, the British operator will run the towers.", nil},
		{"A said ...; the British operator", "Acme Telecom said on Wednesday it would sell its tower business. The British operator will keep a minority stake.",
			[]string{"headquarteredIn(acme-telecom,GB)"}},
	})
}

// TestRound25LedIt: "A co-founded X in 2019 and has led it since 2024":
// "it" is the group the first verb took, not A. Near miss: "led it to
// market" with no group.
func TestRound25LedIt(t *testing.T) {
	runNews(t, []newsCase{
		{"A co-founded X and has led it since", "Helix Wireless co-founded the Open Edge Alliance in 2019 and has steered it since 2024.",
			[]string{"founded(open-edge-alliance) date=2019", "foundingMember(helix-wireless,open-edge-alliance)", "ledBy(open-edge-alliance,helix-wireless)"}},
		{"near miss: built the product and led it to market", "Helix Wireless built the product and led it to market.", nil},
	})
}

// TestRound25ApposedAppointer: "A said its venture with B, J, had
// appointed P as chief executive": J appoints, not B; an apposed
// description leaves the subject as it is.
func TestRound25ApposedAppointer(t *testing.T) {
	reg := mustRegister(t, "aliases.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company, surface_forms: [Acme Telecom]}
  cobalt-mobile: {name: Cobalt Mobile, type: company, surface_forms: [Cobalt Mobile]}
  skyline: {name: Skyline Towers, type: joint_venture, surface_forms: [Skyline Towers]}
  jane-park: {name: Jane Park, type: person, surface_forms: [Jane Park]}
`)
	runNewsWith(t, reg, []newsCase{
		{"its venture with B, J, had appointed P as chief executive", "Acme Telecom said its venture with Cobalt Mobile, Skyline Towers, had appointed Jane Park as chief executive.",
			[]string{"ceoOf(jane-park,skyline)"}},
		{"B, the description, has appointed P", "Cobalt Mobile, the carrier, has appointed Jane Park as chief executive.", []string{"ceoOf(jane-park,cobalt-mobile)"}},
	})
}
