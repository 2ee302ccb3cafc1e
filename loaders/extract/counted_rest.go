package extract

import (
	"strconv"

	"github.com/telcograph/telcograph/schema"
)

// A list can end in a count of the names it leaves out, named only in a
// later sentence:
//
//	The group was set up by SoftBank, Nvidia and nine other companies.
//	The nine were A, B, C, D, E, F, G, H and I.
//
//	Radiant has raised $30m from Nokia and two other investors. The two
//	are Intel Capital and Qualcomm Ventures.
//
// The counted rest ("nine other companies", "two others", "three more")
// stands in the facts its sentence states for the names the next sentences
// give, so each fact the list's last name took part in is stated again for
// each of them. The naming sentence must open by taking the count up ("The
// nine were", "The other two are", "Those three:", "The remaining four
// included", "They were") and give exactly that many organisations ("were",
// "are", a colon) or at most that many ("include", "included"); it may
// come one or two sentences later. Nothing is stated from a count that no
// later sentence takes up, or from a list whose length does not agree.

// countedRest is a counted rest a sentence left unnamed: the facts its
// list's last name took part in, with that name's role.
type countedRest struct {
	n     int
	sent  int
	facts []restFact
}

// restFact is one fact the rest takes part in: asSubject says the list
// filled the fact's subject.
type restFact struct {
	f         schema.Fact
	asSubject bool
}

// restNouns may follow the count: "nine other companies".
var restNouns = map[string]bool{
	"companies": true, "firms": true, "members": true, "operators": true, "carriers": true, "telcos": true,
	"organisations": true, "organizations": true, "investors": true, "backers": true, "partners": true,
	"vendors": true, "players": true, "groups": true, "founders": true, "participants": true,
	"institutions": true, "universities": true, "start-ups": true, "startups": true, "others": true,
	"entities": true, "suppliers": true, "chipmakers": true, "funds": true, "shareholders": true,
}

// countOf reads a count word: "nine" or "9".
func countOf(key string) int {
	if n := numberWords[key]; n > 0 && key != "both" {
		return n
	}
	if n, err := strconv.Atoi(key); err == nil && n >= 2 && n <= 30 {
		return n
	}
	return 0
}

// noteCountedRest looks for a list ending in "and N other NOUNs" and keeps
// the facts stated in this sentence (from index from of x.facts on) that
// the list's last name took part in.
func (x *extractor) noteCountedRest(s *sent, toks []token, from int) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Key != "and" {
			continue
		}
		n := countOf(toks[i+1].Key)
		if n == 0 {
			continue
		}
		k, other := i+2, false
		if k < len(toks) && (toks[k].Key == "other" || toks[k].Key == "more" || toks[k].Key == "further" || toks[k].Key == "additional") {
			k, other = k+1, true
		}
		named := k < len(toks) && restNouns[toks[k].Key]
		if !named && !(other && (k >= len(toks) || !toks[k].Word)) {
			continue // "and 2024" is no rest; "and three more." is
		}
		// The list's last name ends right before "and" (or before ", and").
		end := toks[i-1].End
		if toks[i-1].Text == "," && i >= 2 {
			end = toks[i-2].End
		}
		last, lastText := "", ""
		for _, m := range s.ms {
			if m.End == end && m.Slug != "" && m.Kind != 'P' && !m.Coref {
				last, lastText = m.Slug, m.Text
			}
		}
		if last == "" {
			continue
		}
		var rest []restFact
		for _, e := range x.facts[from:] {
			f := e.Fact
			if spec, _ := f.Relation.Spec(); spec.ObjectRole == "" || spec.PartnersRole != "" || f.Modality != "" {
				continue
			}
			// Only a fact that names the last item as written: "SoftBank's
			// Choi chairs it" resolves "it" to that name but is no fact of
			// the list.
			switch {
			case f.Subject.ID == last && f.Subject.Text == lastText:
				rest = append(rest, restFact{f: f, asSubject: true})
			case f.Object.ID == last && f.Object.Text == lastText:
				rest = append(rest, restFact{f: f})
			}
		}
		if len(rest) > 0 {
			x.rest = &countedRest{n: n, sent: x.sentIdx, facts: rest}
		}
		return
	}
}

// restOpeners take the count up at the start of the naming sentence; the
// count itself, if given, must be the rest's.
var restOpeners = map[string]bool{"the": true, "those": true, "these": true, "they": true}

// famCountedRest names a counted rest: the sentence opens by taking the
// count up and lists the organisations.
func (x *extractor) famCountedRest(s *sent, toks []token) {
	r := x.rest
	if r == nil || r.sent == x.sentIdx {
		return
	}
	if x.sentIdx-r.sent > 2 {
		x.rest = nil
		return
	}
	if len(toks) < 3 || !restOpeners[toks[0].Key] {
		return
	}
	k, counted := 1, toks[0].Key == "they"
	for k < len(toks) && k <= 4 {
		t := toks[k].Key
		if n := countOf(t); n > 0 {
			if n != r.n {
				return
			}
			counted = true
		} else if t != "other" && t != "others" && t != "remaining" && t != "rest" && t != "new" && !restNouns[t] {
			break
		}
		if t == "others" || t == "rest" || t == "remaining" {
			counted = true
		}
		k++
	}
	if !counted || k >= len(toks) {
		return
	}
	exact := true
	switch toks[k].Key {
	case "were", "are", ":":
	case "include", "included", "includes":
		exact = false
	default:
		return
	}
	at := toks[k].End
	var items []int
	for i, m := range s.ms {
		if m.Start < at || m.Kind == 'P' || m.Kind == 'N' || m.Kind == 'G' {
			continue
		}
		items = append(items, i)
	}
	if len(items) < 2 || len(items) > r.n || exact && len(items) != r.n {
		return
	}
	x.rest = nil
	x.rule = "counted rest named"
	for _, rf := range r.facts {
		fixed := arg{slug: rf.f.Object.ID, text: rf.f.Object.Text}
		if !rf.asSubject {
			fixed = arg{slug: rf.f.Subject.ID, text: rf.f.Subject.Text}
		}
		for _, i := range items {
			for _, a := range x.argOf(s, i) {
				tmpl := schema.Fact{Date: rf.f.Date, Since: rf.f.Since}
				if rf.asSubject {
					x.emitFact(s, rf.f.Relation, a, fixed, "", 0.7, tmpl)
				} else {
					x.emitFact(s, rf.f.Relation, fixed, a, "", 0.7, tmpl)
				}
			}
		}
	}
}
