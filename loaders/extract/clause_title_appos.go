package extract

import "strings"

// Press releases set a person's title and employer apart by commas, with
// no "of" between them: "P, Senior Vice President, X, has been elected
// chair", "P, Group CTO, X, said" (round 18, real-news probes). The
// subject of the verb after them is the person (clause.go, subject).

// extraTitleHeads are short titles that otherTitleHeads and titleRels do
// not spell out.
var extraTitleHeads = map[string]bool{"cto": true, "cfo": true, "coo": true, "cio": true, "cmo": true, "evp": true, "svp": true, "vp": true}

// jobTitle reports whether words are a job title: a title the relations
// record, or one whose last word heads a title ("senior vice president",
// "group chief technology officer", "head").
func jobTitle(words string) bool {
	fs := strings.Fields(words)
	if len(fs) == 0 {
		return false
	}
	last := fs[len(fs)-1]
	return otherTitleHeads[last] || extraTitleHeads[last] || hasTitle(words)
}

// effectiveAfter reports whether unit j opens a date of effect after a
// title: ", effective from May 1", ", effective immediately".
func (c *clauses) effectiveAfter(j int) bool {
	return c.isPunct(j, ",") && j+1 < len(c.us) && (c.us[j+1].words == "effective" || strings.HasPrefix(c.us[j+1].words, "effective "))
}

// spentAsAt reports whether units k and k+1 are a duration and "as" after
// "spend" ("has spent eight months as chief executive of X": round 44,
// dev28).
func (c *clauses) spentAsAt(k int) bool {
	if k+1 >= len(c.us) || c.us[k].Kind != 'N' || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "as" {
		return false
	}
	switch c.us[k].Lemma {
	case "year", "month", "decade", "week", "day":
		return true
	}
	return false
}

// durationAt reports whether units k and k+1 are a duration ("for six
// years", "for a decade") between a verb of serving and its "as".
func (c *clauses) durationAt(k int) bool {
	if k+2 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "for" || c.us[k+1].Kind != 'N' {
		return false
	}
	switch c.us[k+1].Lemma {
	case "year", "month", "decade", "week":
		return c.us[k+2].Kind == 'P' && c.us[k+2].Lemma == "as"
	}
	return false
}
