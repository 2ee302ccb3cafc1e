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
	{name: "X, the joint venture A owns with B", keys: []string{"venture"}, flat: true, re: rx(`(<V\d+>),? (?:is )?(?:the |an? )?` + rVentureDescHead + ` (?:that |which )?(<[CU]\d+>) ((?:[a-z']+ ){0,2}?)(?:set up|formed|created|established|launched|owns|co-owns|founded|runs) with (<[CU]\d+>)((?:,| and) <[CU]\d+>)?`), fn: func(x *extractor, s *sent, m []string) {
		if m[5] != "" {
			return // "set up with A, B and C": more owners than this reads
		}
		x.ventureNamedOwners(s, m[1], append(x.args(s, m[2]), x.args(s, m[4])...), m[3])
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
