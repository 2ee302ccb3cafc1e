package extract

import (
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// The kinds of a spurious prediction, by what the gold says of the
// entities it names: where precision is lost can then be read on a split
// nobody opens. A wrong argument or another relation is an extraction
// error; a pair of entities the gold relates nowhere may be one too, or a
// fact the writer left out; an entity the gold never names points at the
// mention layer (a name linked to the wrong entity) or at an entity the
// writer did not care about.
const (
	SpurOtherRelation = "the gold relates the pair otherwise"  // partnerOf where the gold has investedIn
	SpurReversed      = "the gold has the pair reversed"       // investedIn(B,A) for investedIn(A,B)
	SpurWrongObject   = "subject right, object wrong"          // headquarteredIn(X,DE) where the gold has X in FR
	SpurWrongSubject  = "object right, subject wrong"          // ceoOf(Z,X) where the gold has another CEO of X
	SpurUnrelatedPair = "the gold names both, relates neither" // both entities in the gold's facts
	SpurUnknownEntity = "an entity the gold never names"       // an entity in no gold fact of the article
)

// spuriousKind says which of those a spurious prediction p of the gold
// article is.
func spuriousKind(p schema.Fact, gold schema.Article) string {
	named := map[string]bool{}
	var all []schema.Fact
	for _, fs := range [][]schema.Fact{gold.Facts, gold.HardNegatives, gold.Ambiguous} {
		all = append(all, fs...)
	}
	for _, g := range all {
		for _, id := range facts.EntityIDs(g) {
			named[id] = true
		}
	}
	ps, po := p.Subject.ID, p.Object.ID
	wrongSubj, wrongObj := false, false
	for _, g := range gold.Facts {
		gs, gobj := g.Subject.ID, g.Object.ID
		samePair := gs == ps && gobj == po || gs == po && gobj == ps
		switch {
		case samePair && g.Relation != p.Relation && !(isMembership(g.Relation) && isMembership(p.Relation)):
			return SpurOtherRelation
		case g.Relation == p.Relation && gs == po && gobj == ps && ps != po:
			return SpurReversed
		case g.Relation == p.Relation && gs == ps && gobj != po:
			wrongObj = true
		case g.Relation == p.Relation && gs != ps && gobj == po:
			wrongSubj = true
		}
	}
	switch {
	case wrongObj:
		return SpurWrongObject
	case wrongSubj:
		return SpurWrongSubject
	}
	for _, id := range facts.EntityIDs(p) {
		if !named[id] {
			return SpurUnknownEntity
		}
	}
	return SpurUnrelatedPair
}

// isMembership reports whether r is memberOf or foundingMember, which the
// scorer counts as one pair.
func isMembership(r schema.Relation) bool {
	return r == schema.RelMemberOf || r == schema.RelFoundingMember
}

// countSpurious counts a spurious prediction by relation and kind.
func (sc *Score) countSpurious(p schema.Fact, gold schema.Article) {
	if sc.SpuriousKinds == nil {
		sc.SpuriousKinds = make(map[string]int)
	}
	sc.SpuriousKinds[string(p.Relation)+": "+spuriousKind(p, gold)]++
}
