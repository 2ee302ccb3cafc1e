package extract

import (
	"strings"
	"unicode"
)

// A nationality and the noun that says what the organisation is may have
// modifiers between them: "the US virtualized-RAN specialist", "a Korean
// AI chip start-up", "U.S. asset manager". orgHeadAfter finds that noun.

// orgHeadAfter is the unit of an organisation head noun at k or within the
// two units after it (four over a coordination of modifiers: "a Korean
// telecommunications and digital platform company"), skipping noun
// modifiers and lower-case hyphenated
// words read as unknown names ("virtualized-RAN"), or -1.
func (c *clauses) orgHeadAfter(k int) int {
	end := k + 2
	for j := k; j < len(c.us) && j <= end; j++ {
		u := c.us[j]
		if u.Kind == 'O' && u.words == "and" && j > k && c.us[j-1].Kind == 'N' && j+1 < len(c.us) && c.us[j+1].Kind == 'N' && end == k+2 {
			end += 2 // "a Korean telecommunications and digital platform company": modifiers coordinated before the head
			continue
		}
		if j == k && ownedAfter(u.words) {
			return -1 // "the Romanian-owned challenger": owners, not a seat
		}
		if (u.Kind == 'N' || u.Kind == 'M') && orgHeadNouns[u.Lemma] {
			if c.possInside(j) {
				return -1
			}
			return j
		}
		if u.Kind == 'N' || u.Kind == 'M' && u.words != "the" && u.words != "a" && u.words != "an" || c.lowerUnknown(j) {
			continue
		}
		break
	}
	return -1
}

// lowerUnknown reports whether unit j is one unknown name that starts
// with a lower-case letter: a modifier such as "virtualized-RAN", never a
// name.
func (c *clauses) lowerUnknown(j int) bool {
	u := c.us[j]
	if u.Kind != 'E' || len(c.ents[u.ent].ms) != 1 {
		return false
	}
	m := c.s.ms[c.ents[u.ent].ms[0]]
	if m.Slug != "" || m.Kind != 'U' || m.Start >= m.End {
		return false
	}
	return unicode.IsLower([]rune(c.s.text[m.Start:m.End])[0])
}

// famNationCopulaAppos: "ODC, the ORAN Development Company, is a US
// start-up": a copula whose subject carries an apposition (its own name
// again, or a description) before the verb.
func (x *extractor) famNationCopulaAppos(c *clauses) {
	for v := 3; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "be" || u.Neg || u.Passive || !c.isPunct(v-1, ",") {
			continue
		}
		// back over ", [the|a] E|N ," to the subject
		j := v - 2
		if j >= 0 && (c.us[j].Kind == 'E' || c.us[j].Kind == 'N') {
			j--
		}
		if j >= 0 && c.us[j].Kind == 'M' && (c.us[j].words == "the" || c.us[j].words == "a" || c.us[j].words == "an") {
			j--
		}
		if j < 1 || !c.isPunct(j, ",") {
			continue
		}
		s := j - 1
		if c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isCountry(s) || (s > 0 && c.us[s-1].Kind != 'O' && c.us[s-1].Kind != 'M') {
			continue
		}
		k := v + 1
		if c.us[k].Kind == 'M' && (c.us[k].words == "a" || c.us[k].words == "an") {
			k++
		}
		if k+1 >= len(c.us) || c.us[k].Kind != 'E' || !c.isCountry(k) {
			continue
		}
		as := c.args(x, k)
		if len(as) != 1 || as[0].m == nil || !as[0].m.Demonym || c.orgHeadAfter(k+1) < 0 {
			continue
		}
		orgs := c.args(x, s)
		if len(orgs) != 1 || x.resolve(orgs[0], orgTypesAll) == "" {
			continue
		}
		x.rule = "hq.nationality-copula"
		x.hqFact(c.s, orgs[0], as[0], 0.75)
	}
}

// famFromCountry: "TASC Towers Holding, a tower company from the United
// Arab Emirates,": an apposition whose organisation noun comes from a
// country.
func (x *extractor) famFromCountry(c *clauses) {
	for i := 0; i+4 < len(c.us); i++ {
		if c.us[i].Kind != 'E' || c.ents[c.us[i].ent].poss || c.isCountry(i) || !c.isPunct(i+1, ",") {
			continue
		}
		k := i + 2
		if c.us[k].Kind != 'M' || c.us[k].words != "a" && c.us[k].words != "an" {
			if c.us[k].Kind != 'N' || !(strings.HasPrefix(c.us[k].words, "a ") || strings.HasPrefix(c.us[k].words, "an ")) {
				continue
			}
		} else {
			k++
		}
		h := c.orgHeadAfter(k)
		if h < 0 || h+2 >= len(c.us) || c.us[h+1].Kind != 'P' || c.us[h+1].Lemma != "from" {
			continue
		}
		n := h + 2
		if c.us[n].Kind == 'M' && c.us[n].words == "the" {
			n++
		}
		if n >= len(c.us) || c.us[n].Kind != 'E' || !c.isCountry(n) {
			continue
		}
		cs := c.args(x, n)
		orgs := c.args(x, i)
		if len(cs) != 1 || len(orgs) == 0 {
			continue
		}
		x.rule = "hq.from-country"
		x.hqFact(c.s, orgs[len(orgs)-1], cs[0], 0.75)
	}
}

// ownedAfter reports whether a unit right after a nationality opens with
// a participle of ownership or origin joined by a hyphen
// ("Romanian-owned", "Saudi-backed", "Madagascar-born"): the country is
// the owners' or the founders', not where the organisation is based.
func ownedAfter(words string) bool {
	for _, p := range []string{"-owned", "-backed", "-controlled", "-funded", "-born", "-led", "-run"} {
		if strings.HasPrefix(words, p) {
			return true
		}
	}
	return false
}
