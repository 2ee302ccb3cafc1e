package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file keeps a host apart from the members of the group it launches:
// "Linux Foundation launches LF Deep Learning Foundation", "US-based
// standards group ATIS launches Next G Alliance". A foundation or a
// standards body that sets up a group houses it; the companies that sign
// on are its founding members.

// hostWords describe an organisation as a body that houses others.
var hostWords = map[string]bool{
	"nonprofit": true, "non-profit": true, "foundation": true, "association": true, "standards": true,
	"consortium": true, "alliance": true, "forum": true, "federation": true,
}

// hostFounder reports whether a member found for a founding clause is
// the body that houses the group rather than a member of it: a group
// itself, a name headed by a host word ("Linux Foundation", "Alliance for
// Telecommunications Industry Solutions"), or one the text described as
// such ("standards group ATIS"), also when the clause calls it "it".
func (x *extractor) hostFounder(c *clauses, has *[cueLater + 1]bool, i int, ar arg) bool {
	if ar.slug == "" {
		return false
	}
	if !has[cueFound] {
		// "ATIS ... already counts about 150 member companies": a body
		// the text called a host has members; it is none.
		return x.hosts[ar.slug] && x.typeOf(ar.slug) != schema.TypeAlliance
	}
	return x.isHost(ar.slug)
}

// isHost reports whether an organisation is a body that houses groups: a
// group itself, a name headed by a host word, or one the text described
// as such.
func (x *extractor) isHost(slug string) bool {
	return slug != "" && (x.typeOf(slug) == schema.TypeAlliance || x.hosts[slug] || hostName(x.nameOf(slug)))
}

// hostName reports whether a name is headed by a host word: its last
// word, or its first before "for" or "of".
func hostName(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 {
		return false
	}
	if hostWords[wordKey(w[len(w)-1])] {
		return true
	}
	return hostWords[wordKey(w[0])] && (w[1] == "for" || w[1] == "of")
}

// noteHosts records the organisations a sentence names with a host head
// or describes as a host just before the name ("standards group ATIS",
// "the nonprofit X").
func (x *extractor) noteHosts(s *sent, toks []token) {
	for _, m := range s.ms {
		if m.Slug == "" || m.Coref || !isOrgKind(m.Kind) {
			continue
		}
		host := hostName(m.Text)
		k := 0
		for k < len(toks) && toks[k].End <= m.Start {
			k++
		}
		if k >= 1 && hostWords[toks[k-1].Key] && toks[k-1].Key != "alliance" && toks[k-1].Key != "consortium" {
			host = true // "the nonprofit X"
		}
		if k >= 2 && (toks[k-1].Key == "group" || toks[k-1].Key == "body") && hostWords[toks[k-2].Key] {
			host = true // "standards group ATIS"
		}
		if host {
			if x.hosts == nil {
				x.hosts = make(map[string]bool)
			}
			x.hosts[m.Slug] = true
		}
	}
}
