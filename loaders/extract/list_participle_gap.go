package extract

// A present participle after a comma opens a clause of its own, not a list
// item's description (round 34): "Acme put $40 million into Granite Labs,
// joining Tarn Ventures and Ion Cloud" names Granite Labs as the investee
// and Tarn Ventures and Ion Cloud as the investors Acme joins; the three
// are no list. The words are verbs that news uses this way; participles
// that also describe a name ("existing backer", "leading operator",
// "founding member", "networking group") are not among them.
var gapParticiples = map[string]bool{
	"joining": true, "following": true, "bringing": true, "taking": true, "making": true,
	"giving": true, "adding": true, "leaving": true, "putting": true, "valuing": true,
	"lifting": true, "raising": true, "pushing": true, "beating": true, "replacing": true,
	"backing": true, "buying": true, "selling": true, "acquiring": true, "signing": true,
	"marking": true, "creating": true, "forming": true, "overtaking": true, "matching": true,
	"mirroring": true, "citing": true, "becoming": true, "ending": true, "outbidding": true,
	"succeeding": true, "teaming": true, "partnering": true, "leapfrogging": true,
}
