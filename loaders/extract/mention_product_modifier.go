package extract

import "strings"

// This file (the committer's whole-page probe, round 19, issue 13) keeps
// a name that only modifies an agent noun out of the sentence's
// arguments: in "CEO of ChatGPT developer OpenAI", "invested in Claude
// developer Anthropic" and "chief executive of Facebook owner Meta" the
// noun phrase is headed by the last name, and the first one names a
// product or a holding the head makes or owns. Before, the first name
// filled the argument ("ceoOf(P, ChatGPT)", a stake in "Claude"), a wrong
// fact. Only agent nouns of making and owning count; "Samsung unit
// Harman" and "Nokia rival Ericsson" are read elsewhere.

// productAgents are the agent nouns between a modifier name and the name
// that heads the phrase.
var productAgents = map[string]bool{
	"maker": true, "developer": true, "owner": true, "parent": true, "creator": true,
	"designer": true, "manufacturer": true, "publisher": true, "producer": true,
	"builder": true, "operator": true,
}

// dropProductModifiers folds each organisation mention directly followed
// by a lower-case agent noun and then by another organisation mention
// ("ChatGPT developer OpenAI") into that mention, which heads the phrase:
// it starts where the modifier starts and keeps its own name and text,
// so rules read one organisation where the phrase stands. It returns the
// mentions left.
func dropProductModifiers(text string, ms []mention) []mention {
	drop := make([]bool, len(ms))
	for i := range ms {
		if !isOrgKind(ms[i].Kind) || ms[i].Kind == 'G' || ms[i].Poss || ms[i].Coref {
			continue
		}
		rest := text[ms[i].End:]
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		word, _, ok := strings.Cut(rest[1:], " ")
		if !ok || !productAgents[word] {
			continue
		}
		at := ms[i].End + 1 + len(word) + 1
		for j := range ms {
			if ms[j].Start == at && isOrgKind(ms[j].Kind) && ms[j].Kind != 'G' && !ms[j].Coref {
				if ms[j].Text == "" {
					ms[j].Text = text[ms[j].Start:ms[j].End]
				}
				if ms[j].Kind == 'U' && ms[j].Name == "" {
					ms[j].Name = ms[j].Text
				}
				ms[j].Start = ms[i].Start
				drop[i] = true
				break
			}
		}
	}
	k := 0
	for i := range ms {
		if !drop[i] {
			ms[k] = ms[i]
			k++
		}
	}
	return ms[:k]
}
