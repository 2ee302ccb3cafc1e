package extract

import (
	"strings"
	"unicode"
)

// A headline in title case (helper z22ppart, real-news probes): "A and B
// Partner to Build AI-Native Network", "A Teams Up With B On AI". Every
// word opens with a capital, so "Partner", "Teams" and "With" read as
// parts of names, and the verb is lost. recaseTitle reads such a headline
// with its common words in small letters: the small words of title case
// (titleSmall), the verbs headlines use for deals (titleVerbs), and any
// other word the body writes only in small letters; names, which the body
// writes with their capitals, stay as they are. Only ASCII letters
// change, so every offset stays where it was.

// titleSmall are the function words title case capitalises.
var titleSmall = map[string]bool{
	"and": true, "to": true, "with": true, "on": true, "for": true, "in": true, "of": true, "up": true,
	"as": true, "at": true, "by": true, "from": true, "the": true, "a": true, "an": true, "into": true,
	"over": true, "its": true, "their": true, "after": true, "amid": true, "more": true, "than": true,
}

// titleVerbs are the verbs of deal headlines, read as verbs after a name.
var titleVerbs = map[string]bool{
	"partner": true, "partners": true, "team": true, "teams": true, "sign": true, "signs": true,
	"join": true, "joins": true, "forces": true, "expand": true, "expands": true, "extend": true,
	"extends": true, "deepen": true, "deepens": true, "form": true, "forms": true, "tie": true,
	"ties": true, "collaborate": true, "collaborates": true, "ink": true, "inks": true,
	"strike": true, "strikes": true, "agree": true, "agrees": true, "unite": true, "unites": true,
	"announce": true, "announces": true, "launch": true, "launches": true, "build": true,
	"develop": true, "co-develop": true, "select": true, "selects": true, "taps": true,
}

// titleChain are the nouns and adjectives of a deal's name, read in small
// letters right after a word read so: "Expands Partnership", "Sign
// Strategic Partnership".
var titleChain = map[string]bool{
	"partnership": true, "collaboration": true, "agreement": true, "deal": true, "pact": true,
	"tie-up": true, "strategic": true, "multi-year": true, "expanded": true, "new": true, "global": true,
}

// titleText is line with its markup tags blanked (same length) and its
// soft hyphens kept: what titled and recaseTitle read as words.
func titleText(line string) string {
	b := []byte(line)
	in := false
	for j, c := range b {
		switch {
		case c == '<':
			in = true
			b[j] = ' '
		case c == '>' && in:
			in = false
			b[j] = ' '
		case in:
			b[j] = ' '
		}
	}
	return string(b)
}

// titleKey is a word as read for its case: no soft hyphen, no
// punctuation around it.
func titleKey(w string) string {
	return strings.TrimFunc(strings.ReplaceAll(w, "\u00ad", ""), notWordRune)
}

// titled reports whether line is a headline in title case: small letters,
// no closing full stop, and three words of four letters or more, every one
// of them capitalised.
func titled(line string) bool {
	t := strings.TrimSpace(titleText(line))
	if t == "" || strings.HasSuffix(t, ".") || strings.IndexFunc(t, unicode.IsLower) < 0 {
		return false
	}
	long := 0
	for _, w := range strings.Fields(t) {
		w = titleKey(w)
		if w == "" || !unicode.IsLetter(rune(w[0])) {
			continue
		}
		if len(w) >= 4 && !titleSmall[w] {
			if !unicode.IsUpper(rune(w[0])) {
				return false
			}
			long++
		}
	}
	return long >= 3
}

// recaseTitle is line with its common words in small letters: a word of
// titleSmall or titleVerbs, or one the body (raw after the headline)
// writes only in small letters, and a word of titleChain after one of
// those; the first word stays.
func recaseTitle(raw []string, i int) string {
	lowOnly := make(map[string]bool) // a word lower-cased -> the body never capitalises it inside a sentence
	for _, l := range raw[i+1:] {
		ws := strings.Fields(titleText(l))
		for k, w := range ws {
			w = titleKey(w)
			lw := strings.ToLower(w)
			switch {
			case w == "":
			case w == lw:
				if _, seen := lowOnly[lw]; !seen {
					lowOnly[lw] = true
				}
			case k > 0 && !strings.HasSuffix(ws[k-1], ".") && w != strings.ToUpper(w):
				lowOnly[lw] = false // a name inside a sentence ("READ MORE" is no name)
			}
		}
	}
	b := []byte(raw[i])
	t := titleText(raw[i])
	first, prevLow := true, false
	for j := 0; j < len(t); {
		if t[j] == ' ' {
			j++
			continue
		}
		k := j
		for k < len(t) && t[k] != ' ' {
			k++
		}
		w := titleKey(t[j:k])
		lw := strings.ToLower(w)
		capOnly := len(w) > 1 && unicode.IsUpper(rune(w[0])) && strings.IndexFunc(w[1:], unicode.IsUpper) < 0
		low := !first && capOnly && (titleSmall[lw] || titleVerbs[lw] || lowOnly[lw] || prevLow && titleChain[lw])
		if low {
			for n := j; n < k; n++ {
				if b[n] >= 'A' && b[n] <= 'Z' {
					b[n] += 'a' - 'A'
				}
			}
		}
		if w != "" {
			first, prevLow = false, low || w == lw
		}
		j = k
	}
	return string(b)
}
