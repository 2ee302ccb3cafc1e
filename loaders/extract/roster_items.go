package extract

import (
	"iter"
	"strings"
)

// rosterItem is one roster item line of a sentence (layout.go's "- Name
// ..." lines): where it starts and ends in the sentence, where its name
// starts, the rest of the line after the item marker (without its line
// break), and the mention that starts at the name, if any.
type rosterItem struct {
	start, end int
	at         int
	rest       string
	name       *mention
}

// rosterItems yields the roster item lines of text, a sentence's text or
// evidence with the same offsets as s's mentions.
func rosterItems(text string, s *sent) iter.Seq[rosterItem] {
	return func(yield func(rosterItem) bool) {
		off := 0
		for _, line := range strings.SplitAfter(text, "\n") {
			start := off
			off += len(line)
			loc := itemRE.FindStringIndex(line)
			if loc == nil {
				continue
			}
			it := rosterItem{start: start, end: off, at: start + loc[1], rest: strings.TrimRight(line[loc[1]:], "\n")}
			for i := range s.ms {
				if s.ms[i].Start == it.at {
					it.name = &s.ms[i]
					break
				}
			}
			if !yield(it) {
				return
			}
		}
	}
}
