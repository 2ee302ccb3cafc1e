package extract

// The speaker's company in what the speaker said: "P, chief executive of
// X, said the company would ..." - a person opening the sentence, whose
// apposition names the one organisation P works for ("of X", "at X",
// "X's"), reports what "the company" (the firm, the operator) will do; the
// description is X, not the article's topic nor the company named last
// before the sentence. An outside commentator ("P, an analyst at X, said
// the company ...") speaks of another company, and so may a former
// officer: neither is read, nor an apposition naming two organisations.

// speakerOutsiders are apposition words of a speaker who is not speaking
// for the organisation named.
var speakerOutsiders = map[string]bool{
	"analyst": true, "analysts": true, "former": true, "ex": true, "economist": true, "professor": true,
	"researcher": true, "consultant": true, "adviser": true, "advisor": true, "lawyer": true, "critic": true,
}

// speakerCompany is the organisation of the speaker whose reported speech
// the description at toks[i] opens ("said [that] the company"), or "".
func (x *extractor) speakerCompany(toks []token, i int) string {
	v := i - 1
	if v >= 1 && toks[v].Key == "that" {
		v--
	}
	if v < 2 || !reportingVerbs[toks[v].Key] || toks[v-1].Text != "," {
		return ""
	}
	comma := toks[v-1].Start
	var person *mention
	org := ""
	for n := range x.curMs {
		m := &x.curMs[n]
		if m.Start >= comma {
			break
		}
		if person == nil {
			if m.Kind != 'P' || wordsBetween(toks, 0, m.Start) > 0 {
				return ""
			}
			person = m
			continue
		}
		if m.Slug == "" || m.Kind != 'C' && m.Kind != 'V' && m.Kind != 'A' {
			return "" // another person or an unknown name in the apposition
		}
		if org != "" && org != m.Slug {
			return ""
		}
		if !m.Poss && !speakerEmployerBefore(toks, m.Start) {
			return ""
		}
		org = m.Slug
	}
	if person == nil || org == "" {
		return ""
	}
	// The apposition: a comma right after the person, no clause inside.
	k := 0
	for k < len(toks) && toks[k].Start < person.End {
		k++
	}
	if k >= len(toks) || toks[k].Text != "," {
		return ""
	}
	for k++; k < v-1; k++ {
		if t := toks[k]; speakerOutsiders[t.Key] || reportingVerbs[t.Key] || t.Key == "who" || t.Key == "which" || t.Text == ";" {
			return ""
		}
	}
	return org
}

// speakerEmployerBefore reports whether the name at offset at follows "of",
// "at" or "for" (through "the").
func speakerEmployerBefore(toks []token, at int) bool {
	for k := len(toks) - 1; k >= 1; k-- {
		if toks[k].Start != at {
			continue
		}
		p := toks[k-1].Key
		if p == "the" && k >= 2 {
			p = toks[k-2].Key
		}
		return p == "of" || p == "at" || p == "for"
	}
	return false
}
