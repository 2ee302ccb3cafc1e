package extract

import "strings"

// A verb of running in the -ing form after "before" or "after" has the
// subject of the clause it hangs on (round 18, real-news probes): "P, who
// spent 20 years at Y before leading X as CEO", "Before running X as
// chief executive, P worked at Y". famRunAs reads the title after "as".

// gerundHolder is the holder of a running gerund at unit v after
// "before"/"after": the subject of the nearest verb before it, else of the
// first verb after the comma that closes a fronted phrase. It returns the
// holder and the verb whose tense the title takes, or -1.
func (c *clauses) gerundHolder(x *extractor, v int) (int, int) {
	if v < 1 || !strings.HasSuffix(c.us[v].words, "ing") || c.us[v-1].Kind != 'P' || (c.us[v-1].Lemma != "before" && c.us[v-1].Lemma != "after") {
		return -1, -1
	}
	for j := v - 2; j >= 0; j-- {
		if c.boundary(j) {
			break
		}
		if c.us[j].Kind == 'V' {
			if h := c.subject(j); h >= 0 && c.person(x, h) == h {
				return h, j
			}
			return -1, -1
		}
	}
	if v != 1 {
		return -1, -1
	}
	for j := v + 1; j+2 < len(c.us); j++ {
		if c.boundary(j) || c.us[j].Kind == 'V' {
			return -1, -1
		}
		if c.isPunct(j, ",") {
			if c.us[j+1].Kind == 'E' && c.person(x, j+1) == j+1 && c.us[j+2].Kind == 'V' {
				return j + 1, j + 2 // "Before leading X as CEO, P worked at Y"
			}
			return -1, -1
		}
	}
	return -1, -1
}
