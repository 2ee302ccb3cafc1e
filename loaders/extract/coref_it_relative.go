package extract

import "slices"

// This file (helper z26inv, round 22) keeps an object "it" out of the
// antecedent of the relative clause it stands in: "Samsung and Cisco,
// which backed it in 2024, put in more money" cannot mean that Samsung
// backed Cisco. The relative pronoun is the clause's subject, so, as
// coref_it.go keeps "it" off its clause's own organisations, it is none of
// the names the relative pronoun stands for (the list right before ",
// which"). "It" then goes to the nearest organisation named before that
// list, or stays unresolved.

// relativeAntecedent is the slugs of the organisations "which" or "who"
// after the comma at toks[kc] stands for: the mentions right before the
// comma and those joined to them by "and", "or" or commas. start is the
// byte offset where that list begins.
func (x *extractor) relativeAntecedent(toks []token, kc int, before []mention) (slugs []string, start int) {
	if kc < 1 || kc+1 >= len(toks) || toks[kc].Text != "," || toks[kc+1].Key != "which" && toks[kc+1].Key != "who" {
		return nil, 0
	}
	end := toks[kc-1].End
	for {
		var hit *mention
		for j := range before {
			if before[j].End == end {
				hit = &before[j]
			}
		}
		if hit == nil {
			break
		}
		slugs, start = append(slugs, hit.Slug), hit.Start
		k := tokenEndingBefore(toks, hit.Start)
		if k < 1 || toks[k].Key != "and" && toks[k].Key != "or" && toks[k].Text != "," {
			break
		}
		end = toks[k-1].End
	}
	return slugs, start
}

// tokenEndingBefore is the index of the last token that ends at or before
// byte offset at, or -1.
func tokenEndingBefore(toks []token, at int) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= at {
			return k
		}
	}
	return -1
}

// itOutsideRelative resolves "it" whose nearest choice near is in the
// antecedent of its relative clause (comma at toks[kc]); ok false when
// the clause is no relative or near is not in it.
func (x *extractor) itOutsideRelative(toks []token, kc int, before []mention, near string) (string, bool) {
	ante, start := x.relativeAntecedent(toks, kc, before)
	if !slices.Contains(ante, near) {
		return "", false
	}
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; m.End <= start && !slices.Contains(ante, m.Slug) {
			return m.Slug, true
		}
	}
	return "", true
}
