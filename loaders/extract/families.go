package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A family is a set of trigger lemmas with the roles their arguments play.
// It is matched on the clause structure of clauses.go, so one family
// covers "A joined X", "X, which A joined", "A has since joined X as a
// founding member" and "A and B were admitted" alike.
type family struct {
	name string
	fn   func(x *extractor, c *clauses, v int)
}

// verbFamilies maps a verb lemma (with its particle) to its family.
var verbFamilies = func() map[string][]family {
	m := make(map[string][]family)
	add := func(f family, lemmas string) {
		for _, l := range strings.Split(lemmas, ",") {
			l = strings.TrimSpace(l)
			m[l] = append(m[l], f)
		}
	}
	add(family{"join", (*extractor).famJoin}, "join, rejoin, sign up, sign, admit, welcome, become, enlist, approve, accept")
	add(family{"join.reported", (*extractor).famReportedJoin}, "join, rejoin")
	add(family{"found", (*extractor).famFound}, "found, co-found, establish, form, create, set up, launch, co-launch, start, unveil, spin up, incorporate, come, initiate, kick off, co-create")
	add(family{"found.relative", (*extractor).famFoundRelative}, "found, co-found, establish, form, create, set up, launch, start")
	add(family{"lead", (*extractor).famLead}, "lead, co-lead, head, spearhead, steer, chair, co-chair, helm, run, drive, front, coordinate, co-ordinate")
	add(family{"invest", (*extractor).famInvest}, "invest, co-invest, pump, pour, inject, plough, plow, put, back, fund, finance, count, have, get, receive, secure, win, land, raise, attract, buy, acquire, take, hold, own")
	add(family{"invest.light", (*extractor).famInvestLight}, "make, complete, finalise, finalize, announce, confirm, lead, co-lead, anchor")
	add(family{"invest.raised-from", (*extractor).famRaisedFrom}, "raise, secure, get, receive, land, attract, win, bag, close, take")
	add(family{"invest.for-stake", (*extractor).famInvestForStake}, "invest, pay, spend")
	add(family{"partner", (*extractor).famPartner}, "partner, join, team up, team, collaborate, cooperate, ally, tie up, work, forge, strike, ink, seal, enter, reach, conclude, agree, expand, extend, deepen, widen, broaden, strengthen, renew, announce, unveil, sign, form, establish, launch, trial, test, pilot, co-develop, develop, build, co-build, select, choose, pick, set out, outline, lay out, detail")
	add(family{"include", (*extractor).famInclude}, "include, comprise, be, count, span, cover, range")
	add(family{"have-members", (*extractor).famHaveMembers}, "have, count, number, boast, include, comprise, feature") // "X, which includes members like A" (helper z22pfound)
	add(family{"have-backers", (*extractor).famHaveBackers}, "have, count, number, boast")                             // invest_have_list.go
	add(family{"appoint", (*extractor).famAppoint}, "name, appoint, elect, promote, pick, tap, choose")
	add(family{"copula", (*extractor).famCopula}, "stay, remain, serve, stay on")
	return m
}()

// structural runs the trigger families on one sentence.
func (x *extractor) structural(s *sent, toks []token) {
	c := x.readClauses(s, toks)
	x.families(c, toks)
	if r := c.appositionsDropped(); r != nil {
		x.families(r, toks) // clause_appos_drop.go
	}
}

// runVerbFamilies runs the verb families on the clause's verb groups.
func (x *extractor) runVerbFamilies(c *clauses) {
	for v := range c.us {
		if c.us[v].Kind != 'V' {
			continue
		}
		for _, f := range verbFamilies[c.us[v].Lemma] {
			x.rule = f.name
			f.fn(x, c, v)
		}
		if l := c.us[v].Lemma; l == "be" || l == "become" {
			x.famCopula(c, v)
		}
	}
}

// families runs the trigger families on one sentence's clauses.
func (x *extractor) families(c *clauses, toks []token) {
	x.runVerbFamilies(c)
	x.rule = "cooperation"
	x.famInCooperation(c)
	x.famAgreedWith(c)        // partner_agreed.go
	x.famFrontedPartner(c)    // partner_fronted.go
	x.famInsertedPartner(c)   // partner_support.go
	x.famSpokenPartnership(c) // partner_support.go
	x.famGroupPartner(c)      // partner_trio.go
	x.famHyphenPartner(c)     // partner_hyphen.go
	x.famBetween(c)
	x.famAgreementSigned(c)
	x.famPartnerNominal(c)       // partner_nominal.go
	x.famPartnerProgramme(c)     // partner_programme.go
	x.famVentureContactOwners(c) // venture_desc.go
	x.famAmongPartners(c)
	x.famCountPartners(c) // partner_roster.go
	x.famAsPartner(c)
	x.famWithAsPartners(c) // partner_with_as.go
	x.famJoinedPair(c)     // partner_heading_pair.go
	x.famPartnerNounObject(c)
	x.famPartnerShapes(c)       // partner_shapes.go
	x.famProjectPartner(c)      // partner_project.go
	x.famPartnerEnlist(c)       // partner_enlist.go
	x.famVentureCoOwn(c)        // venture_coown.go
	x.famVentureOwn(c)          // venture_own.go
	x.famPartnerRelativeNoun(c) // partner_relative_noun.go
	x.famStrandedWith(c)        // partner_stranded.go
	x.famCoMade(c)              // partner_co_made.go
	x.famMadeWith(c)            // partner_made_with.go
	x.famMemberCopula(c)        // member_copula.go
	x.famMemberMore(c)          // member_more.go
	x.famAnswerRoster(c)        // member_answer.go
	x.famTheyMembers(c)         // member_they.go
	x.famGroupJoined(c)         // member_implicit.go
	x.famRelativeJoined(c)
	x.famIntoFold(c)
	x.rule = "lead.helm"
	x.famHelm(c)
	x.famUnderLeadership(c) // member_more.go
	x.rule = "lead.led-description"
	x.famLedDescription(c)
	x.famCityBased(c)
	x.famSeatTable(c) // layout_table_hq.go
	x.famHeadquarters(c.s)
	x.famOfCountry(c.s) // hq_of_country.go
	x.famNationAppos(c)
	x.famNationCopula(c)
	x.famNationPossessive(c)  // hq_poss_nation.go
	x.famNationCopulaAppos(c) // hq_heads.go
	x.famFromCountry(c)       // hq_heads.go
	x.famHQMove(c)            // hq_moves.go
	x.famOperatesOutOf(c)     // hq_operates.go
	x.rule = "title.apposition"
	x.famTitle(c)
	x.famTitleOfAppos(c)      // roles_newly.go
	x.famTitleBeforePerson(c) // roles_newly.go
	x.famTitleFirst(c)        // roles_title_first.go
	x.famByline(c)            // roles_byline.go
	x.famTitleColon(c)        // roles_colon.go
	x.famSucceedsHim(c)       // roles_newly.go
	x.famPredecessor(c)       // roles_predecessor.go
	x.rule = "found.nominal"
	x.famFormation(c)
	x.famSigning(c)          // member_signing.go
	x.famFormationCompany(c) // found_company.go
	x.famFoundAppos(c)
	x.famUnveilNew(c)       // found_unveil.go
	x.famFoundParticiple(c) // found_participle.go
	x.famFoundPronoun(c)    // found_pronoun.go
	x.famFoundIdioms(c)     // found_idioms.go
	x.famFoundYearAppos(c)  // found_idioms.go
	x.rule = "members.pending"
	x.famPending(c)
	x.famRoles(c)
	x.famBareTitle(c)
	x.famTitleDesc(c)        // roles_title_desc.go
	x.famAppointObject(c)    // roles_appoint.go
	x.famNamedList(c)        // roles_named_list.go
	x.famSuccessionFinite(c) // roles_succession.go
	x.famSucceedAsOwner(c)   // roles_succeed_as.go
	x.famHandedPost(c)       // roles_handed.go
	x.famHandover(c)         // roles_takeover.go
	x.famAsTitle(c)          // roles_as_title.go
	x.famSucceedAs(c)        // roles_as_title.go
	x.famRunAs(c)            // roles_as_title.go
	x.famCoordCopula(c)      // roles_as_title.go
	x.famChairs(c)
	x.famTitleCopula(c)     // roles_copula.go
	x.famRunBy(c)           // roles_run.go
	x.famRanYears(c)        // roles_ran_before.go
	x.famReplacedWith(c)    // roles_replaced_with.go
	x.famHasNew(c)          // roles_has_new.go
	x.famContactRelative(c) // roles_contact_relative.go
	x.famCoordChairedBy(c)  // roles_coord_passive.go
	x.famLeaveToRun(c)      // roles_leave_to_run.go
	x.famTitleInsert(c)     // roles_insert.go
	x.famPassedOn(c)        // roles_passed_on.go: after every title of the sentence
	x.famTookOver(c)        // roles_took_over.go: after every title of the sentence
	x.famJobHeld(c)         // roles_job_held.go
	x.famPersonSigned(c)    // partner_person_signed.go: after every title of the sentence
	x.rule = "invest.round"
	x.famRound(c)
	x.famNamedStake(c)        // invest_named_stake.go
	x.famRoundRelativeLead(c) // rounds_focus.go
	x.famRoundWhose(c)        // rounds_whose.go
	x.famRoundDraw(c)         // rounds_draw.go
	x.famCountedLeads(c)
	x.famRoundNews(c)
	x.famRoundMore(c)         // rounds3.go
	x.famRoundWithAmong(c)    // rounds_among.go
	x.famRoundReturn(c)       // rounds_return.go
	x.famRaisedFromGroup(c)   // invest_group.go
	x.famNamedHolders(c)      // invest_equity_party.go
	x.famPremodHolder(c)      // invest_equity_party.go
	x.famAddedBackers(c)      // invest_holding.go
	x.famPhrasalInvest(c)     // invest_phrasal.go
	x.famGappedAmounts(c)     // invest_gapped_amounts.go
	x.famRoundLedJoined(c)    // rounds_led.go
	x.famRoundBare(c)         // rounds_bare.go
	x.famInRound(c)           // rounds_in_round.go
	x.famCountedColonLeads(c) // rounds_in_round.go
	x.famRoundMoney(c)        // rounds_money.go
	x.famFundingTable(c)      // invest_table.go
	x.famConfirmedInvestor(c)
	x.famRoundAsInvestor(c) // rounds_as.go
	x.famControl(c)
	x.rule = "investor.apposition"
	x.famShareholder(c)
	x.famStake(c)
	x.famEachHolds(c)     // invest_each_holds.go
	x.famStakeGoverned(c) // invest_stake_governed.go
	x.famInvestRelative(c)
	x.openRoundInvested(c)  // rounds_invest_in.go: after the investments of the sentence
	x.famPercentShare(c)    // invest_percent.go
	x.famHolders(c)         // invest_holders.go
	x.famInvestAlongside(c) // invest_alongside.go
	x.famCheques(c)         // invest_cheques.go
	x.famAlsoStake(c)       // invest_focus.go
	x.famImplicitStake(c)   // invest_implicit.go
	x.famKeptStake(c)       // invest_kept_stake.go
	x.famAmountOnly(c)      // invest_amount_only.go
	x.famSignedUpAs(c)      // invest_signed_up.go
	x.famStakeParticiple(c) // invest_holding.go: after the sentence's own stakes
	x.famHeldShare(c)       // invest_held_share.go
	x.famWithStake(c)       // invest_with_stake.go
	x.famFrontedHolders(c)  // invest_fronted.go
	x.famThroughVehicle(c)  // invest_through.go
	x.famFollowedWith(c)    // invest_followed_with.go: after the sentence's own stakes
	x.famOtherHalf(c)       // invest_other_half.go: after the sentence's own stakes
	x.famDescribedInvestee(c)
	x.famJointVenture(c)
	x.famVentureArgs(c)
	x.famVentureRelative(c)     // venture_relative.go
	x.famVenturePairRelative(c) // venture_pair_relative.go
	x.famVentureShapes(c)       // venture_shapes.go
	x.famPartnerSplit(c)
	x.famOwnership(c)
	x.famCoOwned(c) // venture_co_owned.go
	x.famVentureFunders(c)
	x.famVentureJointly(c)     // venture_jointly.go
	x.famVentureWith(c)        // venture_with.go
	x.famVentureOwned(c)       // venture_owned.go
	x.famVentureStakes(c)      // venture_stakes.go
	x.famVentureOwnRelative(c) // venture_own_relative.go
	x.famVentureMakers(c)      // venture_makers.go
	x.famVentureCoOwners(c)    // venture_co_owners.go: after every stake rule
	x.famVentureCounted(c)     // venture_counted.go
	x.rule = "members.founding-list"
	x.famFoundingList(c)
	x.famCountedFounders(c) // found_counted_next.go
	x.famMembersAddedTo(c)  // member_added_to.go
	x.rule = "members.roster-colon"
	x.famRosterColon(c) // roster_colon.go
	x.famHeadingPair(c) // heading_pair.go
	x.rule = "members.counted"
	x.famCountedSigners(c) // member_more.go
	x.famCounted(c)
	x.rule = "members.grew"
	x.famMembershipGrew(c)
	x.rule = "members.roster-continued"
	x.famRosterContinued(c)
	x.rule = "members.batch"
	x.famBatch(c)
	x.frames(c, toks)
	x.dropDescribers(c)
}

// modText is the text a clause's modality is read from: from its subject
// (or the clause start) to the end of its verb group.
func (c *clauses) modText(subj, v int) string {
	a := subj + 1
	if subj < 0 {
		a = v
		for a > 0 && !c.boundary(a-1) && !c.isPunct(a-1, ",") && c.us[a-1].Kind != 'E' {
			a--
		}
	}
	t := c.text(a, v)
	if subj >= 0 {
		// An insertion between the subject and its verb speaks of the
		// subject, not of this verb: "P, who previously chaired X, now
		// chairs Y" states a present chair of Y.
		t = insertionRE.ReplaceAllString(t, " ")
	}
	if subj >= 1 && c.us[subj-1].words == "whether" {
		t = "whether " + t // "declined to comment on whether it would take a stake" (modality_undecided.go)
	}
	if c.us[v].Neg && !negRE.MatchString(t) {
		// "Apple was never a member": a trailing "never" belongs to the
		// words after the verb group but negates it.
		t += " not"
	}
	// A later clause may take the statement back: "had considered
	// investing in Y but decided against it".
	if m := retractRE.FindString(c.text(v+1, len(c.us)-1)); m != "" {
		t += " " + m
	}
	return t
}

// insertionRE is a comma-delimited insertion (a relative clause or an
// apposition) between a subject and its verb.
var insertionRE = mustFiltered(`,\s(?:who|which|whose|a|an|the)\s[^,]*,`)

// retractRE finds phrases that take back what a sentence states.
var retractRE = mustFiltered(`(?i)\b(?:decided against|ruled out|backed out|pulled out|walked away|abandoned|called off|scrapped)\b`)

// roleOf reads "as (founding) members" among the clause's prepositional
// phrases: the membership relation it states, and whether it was stated.
func (c *clauses) roleOf(ps []pp) (schema.Relation, bool) {
	for _, p := range ps {
		if p.prep != "as" || c.us[p.at].Kind != 'N' {
			continue
		}
		u := c.us[p.at]
		if u.hasMod("founding", "founder", "co-founder", "co-founding") || u.Lemma == "founder" || u.Lemma == "co-founder" {
			return schema.RelFoundingMember, true // "founding sponsors" are a founding tier
		}
		if nonMemberRoles[u.Lemma] || u.hasMod("observer") {
			return "", true // an observer or a sponsor is no member
		}
		if u.Lemma == "member" || u.Lemma == "participant" {
			return schema.RelMemberOf, true
		}
	}
	return schema.RelMemberOf, false
}

// nonMemberRoles are the roles one joins a group in without becoming a
// member: "joined as an observer", "signed up as a sponsor".
var nonMemberRoles = map[string]bool{
	"observer": true, "guest": true, "sponsor": true, "adviser": true, "advisor": true, "supporter": true,
	"contributor": true, "speaker": true, "customer": true, "host": true, "collaborator": true, "supplier": true, "consultant": true,
}

// asNonMember reports whether text gives someone a role of nonMemberRoles
// ("as a sponsor", "as its technology adviser").
func asNonMember(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for i, w := range ws {
		if w != "as" {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			w := strings.TrimSuffix(strings.TrimRight(ws[k], ".,;:"), "s")
			if w == "founding" || w == "founder" {
				break // "as founding premier sponsors": a founding tier
			}
			if nonMemberRoles[w] {
				return true
			}
		}
	}
	return false
}

// clauseHead is text up to its first comma, semicolon or entity marker:
// what follows a match within its own clause.
func clauseHead(text string) string {
	if i := strings.IndexAny(text, ",;<"); i >= 0 {
		return text[:i]
	}
	return text
}

// describerNouns make the entity before them a mere description of the
// one after: "University of Tokyo spin-off ELYZA", "Singtel unit Nxera".
var describerNouns = map[string]bool{
	"spin-off": true, "spinoff": true, "unit": true, "subsidiary": true, "arm": true, "affiliate": true, "division": true,
}

// dropDescribers withdraws the facts this sentence stated about an entity
// that only describes another ("a stake in University of Tokyo spin-off
// ELYZA" is no stake in the university).
func (x *extractor) dropDescribers(c *clauses) {
	var drop []string
	for j := 0; j+2 < len(c.us); j++ {
		if c.us[j].Kind != 'E' || c.us[j+1].Kind != 'M' || c.us[j+2].Kind != 'E' || !describerNouns[c.us[j+1].Lemma] {
			continue
		}
		// Only the unit's last item describes: in a roster "B, Helix's
		// radio arm C" the mention layer joins B and Helix into one unit,
		// and B is an item of its own (partner_as_role_test.go).
		ms := c.ents[c.us[j].ent].ms
		for _, a := range x.argOf(c.s, ms[len(ms)-1]) {
			if a.slug != "" {
				drop = append(drop, a.slug)
			}
		}
	}
	x.withdraw(c, func(f extracted) bool {
		return f.Relation != schema.RelHeadquarteredIn && (slices.Contains(drop, f.Subject.ID) || slices.Contains(drop, f.Object.ID))
	})
}

// slugsWhere lists the slugs of the entities at the units j of c for which
// at holds.
func (x *extractor) slugsWhere(c *clauses, at func(j int) bool) []string {
	var out []string
	for j := range c.us {
		if !at(j) {
			continue
		}
		for _, a := range c.args(x, j) {
			if a.slug != "" {
				out = append(out, a.slug)
			}
		}
	}
	return out
}

// withdraw drops the facts this sentence stated for which drop holds.
func (x *extractor) withdraw(c *clauses, drop func(extracted) bool) {
	kept := x.facts[:0]
	for _, f := range x.facts {
		if f.Evidence == c.s.text && drop(f) {
			continue
		}
		kept = append(kept, f)
	}
	x.facts = kept
}
