package extract

import "github.com/telcograph/telcograph/schema"

// This file remembers what kind of company the article itself called a
// company it names (helper x14desc, issue 13, drill coref3): "Silo AI, a
// developer of language models ... The Finnish start-up was founded in
// 2017" makes Silo AI a young company, "Elisa, the carrier" an operator.
// The kind then rules the company out of a description asking for
// another kind, as a prior does for a well-known company (priors.go
// kindFits): "The carrier, Finland's largest mobile operator" two
// sentences on is not the start-up the story is about, however often it
// opened a sentence. Only companies the priors do not know get a kind
// this way (the priors outrank one reader's wording), and a company the
// article calls by two kinds that do not agree keeps none.

// noteKindOf records the kind a resolved description (toks, its words)
// gave slug: its last word is the head, the word before it a modifier.
func (x *extractor) noteKindOf(slug string, toks []token) {
	if slug == "" || len(toks) < 2 {
		return
	}
	mod := ""
	if len(toks) >= 3 {
		mod = toks[len(toks)-2].Key
	}
	x.noteKind(slug, mod, toks[len(toks)-1].Key)
}

// noteKind records the kind the head noun (and modifier) of a
// description or descriptor of slug asks for, if any.
func (x *extractor) noteKind(slug, mod, head string) {
	kind := headKind(mod, head)
	if kind == "" || x.typeOf(slug) != schema.TypeCompany {
		return
	}
	if x.artKinds == nil {
		x.artKinds = map[string]string{}
	}
	if k, ok := x.artKinds[slug]; ok && !kindsAgree(k, kind) {
		x.artKinds[slug] = "" // called by two kinds: none is sure
		return
	}
	if _, ok := x.artKinds[slug]; !ok {
		x.artKinds[slug] = kind
	}
}
