package extract

// A statement's subject may sit behind an inserted reporting clause
// (helper z26part, round 22): "Airtel, he said, will work with A and B",
// "X, the company said, has teamed up with B", "X, Omar added, signed
// with A": the clause between the commas is the writer's attribution, and
// the verb after it takes the name before it as its subject.

// speechLemmas are the reporting verbs of an inserted or reporting clause.
var speechLemmas = map[string]bool{
	"say": true, "add": true, "note": true, "explain": true, "confirm": true, "stress": true, "insist": true, "announce": true,
}

// speechInsert is the subject before an inserted reporting clause that
// the comma at j closes: "A, he said, will", "A, the company said, has",
// "A, P added, signed". The speaker is one unit (a pronoun, a description
// or a name) and the subject a name, not a possessive. It returns -1
// otherwise.
func (c *clauses) speechInsert(j int) int {
	v := j - 1
	if v < 3 || c.us[v].Kind != 'V' || c.us[v].Passive || !speechLemmas[c.us[v].Lemma] {
		return -1
	}
	k := v - 1
	if c.us[k].Kind != 'N' && c.us[k].Kind != 'E' {
		return -1
	}
	if k--; !c.isPunct(k, ",") || c.us[k-1].Kind != 'E' || c.ents[c.us[k-1].ent].poss {
		return -1
	}
	return k - 1
}

// speakerAdjectives take a to-infinitive whose subject is the subject of
// "be" before them: "We are proud to partner with A", "X is delighted
// to work with A".
var speakerAdjectives = map[string]bool{
	"proud": true, "pleased": true, "delighted": true, "happy": true, "glad": true, "excited": true, "thrilled": true,
	"honoured": true, "honored": true, "keen": true, "eager": true,
}

// adjectiveInfinitive is the subject of "be" before a speaker's
// adjective at unit m that a to-infinitive follows: "A is proud to",
// "we are delighted to". It returns -1 otherwise.
func (c *clauses) adjectiveInfinitive(m int) int {
	if m < 1 || c.us[m].Kind != 'N' || !speakerAdjectives[c.us[m].words] || c.us[m-1].Kind != 'V' || c.us[m-1].Lemma != "be" {
		return -1
	}
	return c.subject(m - 1)
}
