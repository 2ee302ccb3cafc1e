package extract

import "strings"

// A person first named in full behind a title of address ("Sheikh
// Tahnoon bin Zayed Al Nahyan", "Sheikh Faisal bin Thani Al Thani") is
// called by the title and the given name afterwards ("Sheikh Tahnoon
// chairs it too"): Arabic names have no surname that news shortens them
// to, and the capitalised pair, read as an unknown person, gave a
// chairman of its own instead of the one already named (tune split,
// 2026-12-04). defineHonorificGiven lets the pair name the person, unless
// the lexicon already knows it.
func (x *extractor) defineHonorificGiven(w []string, slug string) {
	if len(w) < 3 || !honorifics[strings.ToLower(w[0])] || len(w[1]) < 3 || strings.ContainsAny(w[1], "-.'’") {
		return
	}
	pair := w[0] + " " + w[1]
	if x.lx.hasEntry(pair) {
		return
	}
	x.lx.define(pair, slug)
}
