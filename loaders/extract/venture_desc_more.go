package extract

import (
	"regexp"
	"strings"
)

// This file (round 26, from probe set F) reads a joint venture that the
// register or the text knows as one, told with its owners in an
// apposition or a possessive:
//
//	X, the accelerator joint venture that A and B set up in 2025
//	X, the accelerator joint venture A owns with B
//	X, the venture it owns half each with B (round 33)
//	A and B hold it through X, a joint venture they own fifty-fifty (round 33)
//	X is A and B's 50:50 venture
//	X, the A-B venture
//	X belongs to A (55%) and B (45%)
//
// The venture must be the named one (<V>): a description alone ("the
// venture") is venture_desc.go's.

const rVentureDescHead = `(?:[\w-]+ ){0,3}?(?:joint )?venture`

var ventureDescRules = []rule{
	{name: "X, the joint venture that A and B set up", keys: []string{"venture"}, re: rx(`(<V\d+>),? (?:is )?(?:the |an? )?` + rVentureDescHead + ` (?:that |which )?(<L\d+>) ((?:[a-z']+ ){0,2}?)(?:set up|formed|created|established|launched|own|owns|co-own|co-owns|founded)\b`), fn: func(x *extractor, s *sent, m []string) {
		x.ventureNamedOwners(s, m[1], x.args(s, m[2]), m[3])
	}},
	{name: "X, the joint venture A owns with B", keys: []string{"venture"}, flat: true, re: rx(`(<V\d+>),? (?:is )?(?:the |an? )?` + rVentureDescHead + ` (?:that |which )?(<[CU]\d+>) ((?:[a-z']+ ){0,2}?)(?:set up|formed|created|established|launched|owns|co-owns|founded|runs)(?: (?:half|each|equally|jointly|fifty-fifty|50:50|50-50)){0,2} with (<[CU]\d+>)((?:,| and) <[CU]\d+>)?`), fn: func(x *extractor, s *sent, m []string) {
		if m[5] != "" {
			return // "set up with A, B and C": more owners than this reads
		}
		x.ventureNamedOwners(s, m[1], append(x.args(s, m[2]), x.args(s, m[4])...), m[3])
	}},
	{name: "X, the venture A formed last year with operators including B, C and D", keys: []string{"venture"}, re: rx(`(<V\d+>),? (?:the |an? )?` + rVentureDescHead + ` (?:that |which )?(<[CU]\d+>) ((?:[a-z']+ ){0,2}?)(?:set up|formed|created|established|launched|founded)(?: (?:last|this|in|earlier) \w+(?: \w+)?)? with (?:[a-z-]+ (?:including|such as) )?(<L\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		// a consortium: the subject and every listed partner own it
		// (round 33, dev20); a planned venture keeps its modality
		x.ventureNamedOwnersN(s, m[1], append(x.args(s, m[2]), x.args(s, m[4])...), m[3])
	}},
	{name: "A runs a venture, X, with B", keys: []string{"venture"}, flat: true, re: rx(`(<[CU]\d+>) ((?:[a-z']+ ){0,2}?)(?:runs|ran|operates|owns|co-owns|set up|formed|created|launched|established) (?:one such |one |a |an |the |its |another )?(?:[\w-]+ ){0,2}?(?:joint )?venture,? (<V\d+>),? with (?:the )?((?:<N\d+> |[A-Z][a-z]+ )?(?:[a-z][a-z-]* ){0,3}?)(<[CU]\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		// "It already runs one such venture, Quantium Telstra, with the
		// Sydney analytics firm Quantium" (round 33, dev20); "with help
		// from B" is no partner: the descriptor holds no function word
		for _, w := range strings.Fields(strings.ToLower(m[4])) {
			if _, fn := closedClass[w]; fn {
				return
			}
		}
		x.ventureNamedOwners(s, m[3], append(x.args(s, m[1]), x.args(s, m[5])...), m[2])
	}},
	{name: "A and B ... X, a joint venture they own", keys: []string{"venture"}, re: rx(`^(?:[^<]|<[CUN]\d+>)*?(<L\d+>)(?:[^<]|<[CUN]\d+>)*?(<V\d+>),? (?:the |an? )?` + rVentureDescHead + ` (?:that |which )?they ((?:[a-z']+ ){0,2}?)(?:set up|formed|created|established|launched|own|co-own|founded|run)\b`), fn: func(x *extractor, s *sent, m []string) {
		// "Ooredoo and CK Hutchison hold their stake through X, a joint
		// venture they own fifty-fifty": "they" is the sentence's opening
		// pair (round 33, dev20)
		x.ventureNamedOwners(s, m[2], x.args(s, m[1]), m[3])
	}},
	{name: "X is A and B's venture", keys: []string{"venture"}, re: rx(`(<V\d+>),? (?:is |was |remains )?(<L\d+>)['’]s? (?:` + rShare + ` )?` + rVentureDescHead + `\b`), fn: func(x *extractor, s *sent, m []string) {
		x.ventureNamedOwners(s, m[1], x.args(s, m[2]), "")
	}},
	{name: "A and B's venture, X", keys: []string{"venture"}, re: rx(`(<L\d+>)['’]s? (?:` + rShare + ` )?` + rVentureDescHead + `,? (<V\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		x.ventureNamedOwners(s, m[3], x.args(s, m[1]), "")
	}},
	{name: "X, the A-B venture", keys: []string{"venture"}, flat: true, re: rx(`(<V\d+>), (?:the |an? )?(<C\d+>)-(<C\d+>) ` + rVentureDescHead + `\b`), fn: func(x *extractor, s *sent, m []string) {
		x.ventureNamedOwners(s, m[1], append(x.args(s, m[2]), x.args(s, m[3])...), "")
	}},
	{name: "X belongs to A (N%) and B (N%)", keys: []string{"belong", "owned by"}, flat: true, re: rx(`(<V\d+>),? (?:belongs to|is owned by|is jointly owned by) (<C\d+>) \((\d+(?:\.\d+)?) ?%\) and (<C\d+>) \((\d+(?:\.\d+)?) ?%\)`), fn: func(x *extractor, s *sent, m []string) {
		x.ventureNamedOwners(s, m[1], append(x.args(s, m[2]), x.args(s, m[4])...), "")
	}},
}

// ventureOwnersAux are auxiliaries that leave a venture a plan or a past.
var ventureOwnersAux = regexp.MustCompile(`\b(?:will|would|plan|plans|planned|intend|intends|may|might|could|no longer|used to|once)\b`)

// ventureNamedOwners states the joint venture at marker v of two owners.
func (x *extractor) ventureNamedOwners(s *sent, v string, owners []arg, aux string) {
	if len(owners) != 2 {
		return
	}
	x.ventureNamedOwnersN(s, v, owners, aux)
}

// ventureNamedOwnersN states the joint venture at marker v of two or more
// owners.
func (x *extractor) ventureNamedOwnersN(s *sent, v string, owners []arg, aux string) {
	if len(owners) < 2 {
		return
	}
	ven, ok := x.one(s, v)
	if !ok || x.typeOf(x.resolve(ven, orgTypesAll)) != "joint_venture" {
		return
	}
	mt := aux
	if !ventureOwnersAux.MatchString(strings.ToLower(aux)) {
		mt = ""
	}
	x.jointVentureOf(s, &ven, owners, mt, "", "", "", 0.75)
}
