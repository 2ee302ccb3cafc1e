package extract

// The company in focus for a role, a description or a pronoun that names
// no company ("The board is chaired by P", "P, the former chief
// executive, ...", "the company's chairman"): of the companies whose
// names opened sentences of this paragraph, the one that opened most, the
// first on a tie - before the article-wide protagonist (coref.go
// topicCompany). A writer who turns to another company for a paragraph
// opens a sentence with its name ("Intel therefore now counts Nvidia ...
// among its investors. ... The board is chaired by P"), and the
// paragraph speaks of that company; the count of sentence openers over
// the whole article keeps the story's protagonist (Nvidia) instead. Only
// names count: an opening description ("The company has said ...") is
// itself a guess at the focus, and counting it would repeat its errors;
// and on a tie the paragraph's first opener wins over a partner that
// opens a later sentence ("Orange teamed up with OpenAI ... OpenAI also
// gives the French group ...").

// topicCompany is what "the company" refers to: of the companies (and
// joint ventures: "the operator's new boss" after sentences about the
// venture two operators created) mentioned in the last three sentences,
// the one that most often opened a sentence
// (the article's protagonist), the most recent on a tie.
func (x *extractor) topicCompany() string {
	if t, ok := x.sectionTopic(); t != "" || !ok {
		return t // about.go
	}
	if t := x.paraFocus(); t != "" {
		return t // roles_focus.go
	}
	best, bestN, bestLast := "", -1, -1
	for s := range x.counts {
		last := x.lastSeen[s]
		if x.sentIdx-last > 3 || !companyLike(x.typeOf(s)) || x.descExclude[s] {
			continue
		}
		n := x.subjects[s]
		if n > bestN || (n == bestN && last > bestLast) || (n == bestN && last == bestLast && s < best) {
			best, bestN, bestLast = s, n, last
		}
	}
	if best == "" && len(x.curOrgs) > 0 && companyLike(x.typeOf(x.curOrgs[0])) {
		best = x.curOrgs[0] // the first sentence: its own subject
	}
	return best
}

// noteParaOpener records the company whose name opened sentence s.
func (x *extractor) noteParaOpener(s *sent) {
	if x.paraOpenersAt != x.paraStart {
		x.paraOpeners, x.paraOpenersAt = x.paraOpeners[:0], x.paraStart
	}
	o := x.prevOpener
	if o == "" || !companyLike(x.typeOf(o)) {
		return
	}
	for _, m := range s.ms {
		if m.Slug == o || x.placeholder[m.Slug] == o {
			if !m.Coref {
				x.paraOpeners = append(x.paraOpeners, o)
			}
			return
		}
	}
}

// paraFocus is the company in focus in this paragraph, or "" when no
// company's name opened one of its sentences.
func (x *extractor) paraFocus() string {
	if x.paraOpenersAt != x.paraStart {
		return ""
	}
	best, bestN := "", 0
	for _, o := range x.paraOpeners {
		n := 0
		for _, p := range x.paraOpeners {
			if p == o {
				n++
			}
		}
		if n > bestN && !x.descExclude[o] {
			best, bestN = o, n
		}
	}
	return best
}

// personRelative reports whether words open a relative clause about a
// person ("who", "whose").
func personRelative(words string) bool {
	return words == "who" || words == "whose"
}
