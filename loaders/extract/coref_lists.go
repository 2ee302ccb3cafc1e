package extract

import (
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// A counted plural ("the four companies", "all three", "both") that
// neither the alliance under discussion nor the last sentence decides is
// the last list of that many organisations the article gave, as long as
// neither its own sentence nor the one before named several organisations
// of another count (those are nearer, and do not count up): a
// coordination ("NVIDIA and Nokia"), a group already resolved ("the two
// companies") or the organisations a sentence named, when it named exactly
// that many ("T-Mobile US has teamed with NVIDIA, Ericsson and Nokia" for
// "The four companies" sentences later). The nearest sentence that gives a
// list of the size decides; two different lists of that size in it, or
// none within listWindow sentences, resolve nothing. Names the extractor
// only discovered count in no sentence's set ("Mobile networks" in a
// quote is no company of the story).

// listWindow is how many sentences back a counted plural looks.
const listWindow = 8

// sentList is a list of organisations a sentence gave.
type sentList struct {
	at    int
	slugs []string
}

// noteLists records the lists of organisations the sentence s gave.
func (x *extractor) noteLists(s *sent) {
	var out [][]string
	add := func(l []string) {
		if len(l) < 2 {
			return
		}
		for _, o := range out {
			if sameSet(o, l) {
				return
			}
		}
		out = append(out, l)
	}
	for _, l := range s.lists {
		var sl []string
		for _, i := range l {
			m := s.ms[i]
			if m.Slug == "" || (m.Kind != 'C' && m.Kind != 'V') {
				sl = nil
				break
			}
			if !slices.Contains(sl, m.Slug) {
				sl = append(sl, m.Slug)
			}
		}
		add(sl)
	}
	var named []string
	for _, m := range s.ms {
		if m.Kind == 'G' {
			add(append([]string(nil), m.Group...))
			continue
		}
		if m.Coref || m.Slug == "" || (m.Kind != 'C' && m.Kind != 'V') || x.discovered[m.Slug] != nil {
			continue
		}
		if x.typeOf(m.Slug) != schema.TypeCompany && x.typeOf(m.Slug) != schema.TypeJointVenture {
			continue
		}
		if !slices.Contains(named, m.Slug) {
			named = append(named, m.Slug)
		}
	}
	add(named)
	if len(out) == 0 {
		return
	}
	for _, l := range out {
		x.recentLists = append(x.recentLists, sentList{at: x.sentIdx, slugs: l})
	}
	// Keep only what a later sentence can still reach.
	k := 0
	for k < len(x.recentLists) && x.sentIdx-x.recentLists[k].at >= listWindow {
		k++
	}
	x.recentLists = x.recentLists[k:]
}

// recentList is the last list of n organisations within listWindow
// sentences, or nil when there is none or its sentence gave two different
// ones.
func (x *extractor) recentList(n int) []string {
	if len(x.curOrgs) >= 2 || len(x.prevOrgs) >= 2 {
		// The sentence itself or the one before named several
		// organisations, not n of them: the nearest ones do not count up,
		// and nothing further back is nearer.
		return nil
	}
	var found []string
	at := -1
	for i := len(x.recentLists) - 1; i >= 0; i-- {
		l := x.recentLists[i]
		if at >= 0 && l.at != at {
			break
		}
		if x.sentIdx-l.at > listWindow || len(l.slugs) != n {
			continue
		}
		if found != nil {
			if !sameSet(found, l.slugs) {
				return nil // two lists of that size: undecided
			}
			continue
		}
		found, at = l.slugs, l.at
	}
	return append([]string(nil), found...)
}

// sameSet reports whether a and b hold the same slugs.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, s := range a {
		if !slices.Contains(b, s) {
			return false
		}
	}
	return true
}
