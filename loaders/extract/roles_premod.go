package extract

import (
	"regexp"
	"strings"
)

// This file keeps titles set before a name with that name (issue 13, the
// roles drill): in an attendee list "Deutsche Telekom CEO Tim Hoettges, e&
// group CEO Hatem Dowidar, Singtel group chief executive Yuen Kuan Moon"
// each title belongs to the person after it, so "Tim Hoettges, e& group
// CEO" is no apposition giving Hoettges a title at e&; and news calls a
// chief executive the company's "boss" or "chief" ("Swisscom boss P",
// "Docomo chief P"). A board named like an organisation ("Chairman of
// the Board of Directors") is no organisation of its own.

// titleOfNext reports whether the words from end up to entity unit next
// are a title and next is a person: the title premodifies that person.
func titleOfNext(c *clauses, x *extractor, lower string, end, next int) bool {
	if !c.isPerson(x, next) {
		return false
	}
	between := strings.TrimSpace(lower[end:c.ents[c.us[next].ent].start])
	return between != "" && !strings.ContainsAny(between, ",;:") && hasTitle(bareChief(between))
}

// bareChief reads "chief" and "boss" alone, and after "group", as chief
// executive; any other title is returned as it is.
func bareChief(g string) string {
	switch g {
	case "chief", "boss", "group chief", "group boss":
		return "chief executive"
	}
	return g
}

// soleChiefRE is a lone "chief" or "boss" that ends its phrase: "P, the
// Docomo chief, said", "P, the former Deutsche Post chief.", "P, the
// former PayPal chief who joined ..." - not "chief technology officer"
// (issue 13, roles3).
var soleChiefRE = regexp.MustCompile(`^\s*(?:group )?(?:chief|boss)(?:\s*(?:[,.;:)]|$)|\s+(?:who|whose)\b)`)

// soleChief reads the words after an organisation's name ending at end
// as chief executive when they are a lone "chief" or "boss".
func soleChief(lower string, end int, words string) string {
	if soleChiefRE.MatchString(lower[end:]) {
		return bareChief(words)
	}
	return words
}

// boardNameRE is a board's name that the mention layer may take for an
// organisation.
var boardNameRE = regexp.MustCompile(`(?i)^(?:the )?(?:supervisory |management |executive )?board(?: of (?:directors|management))?$`)

// boardName reports whether entity unit u is an unknown name that is a
// board ("the Board of Directors").
func (c *clauses) boardName(u int) bool {
	ms := c.ents[c.us[u].ent].ms
	if len(ms) != 1 {
		return false
	}
	m := c.s.ms[ms[0]]
	return m.Kind == 'U' && boardNameRE.MatchString(strings.TrimSpace(m.Text))
}
