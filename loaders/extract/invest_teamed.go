package extract

import "strings"

// Co-investors of a teaming verb. "A teamed with B and C to invest $225m
// in Y", "A joined forces with B to back Y": the infinitive's investors
// are the teaming verb's subject and the companies it teamed "with". The
// infinitive took the nearest company before it as its subject, so that
// only B invested, and A, the sentence's subject, did not.

// teamingVerbs are verbs whose "with" names the subject's co-actors.
var teamingVerbs = map[string]bool{"team": true, "partner": true, "join": true, "ally": true, "combine": true, "collaborate": true, "cooperate": true, "club": true, "band": true}

// teamedInfinitive returns, for verb v in "A teamed (up) with B to V", the
// unit of A and of B; -1, -1 when v is not such an infinitive.
func (c *clauses) teamedInfinitive(v int) (subj, with int) {
	j := v - 1
	if j < 3 || c.us[j].Kind != 'P' || c.us[j].Lemma != "to" || c.us[j-1].Kind != 'E' {
		return -1, -1
	}
	w := j - 1
	k := w - 1
	if c.us[k].Kind != 'P' || c.us[k].Lemma != "with" {
		return -1, -1
	}
	k--
	if k >= 1 && (c.us[k].Kind == 'N' && c.us[k].Lemma == "force" || c.us[k].words == "up") {
		k-- // "joined forces with", "teamed up with"
	}
	if k < 0 || c.us[k].Kind != 'V' || !teamingVerbs[strings.TrimSuffix(c.us[k].Lemma, " up")] || c.us[k].Neg {
		return -1, -1
	}
	s := c.subject(k)
	if s < 0 || c.us[s].Kind != 'E' {
		return -1, -1
	}
	return s, w
}
