package schema_test

import (
	"testing"

	"github.com/telcograph/telcograph/schema"
)

// TestFoldBeyondLatin1 checks the folding of letters outside Latin-1:
// compatibility forms, case folding beyond lower case, marks in every
// script, ligatures; and that scripts without case or marks are kept.
func TestFoldBeyondLatin1(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ＳＫＴ", "skt"}, // full-width letters
		{"２０２５ ＡＩ－ＲＡＮ", "2025 ai-ran"},                // full-width digits and hyphen
		{"Straße", "strasse"},                         // ß case-folds to ss
		{"ẞ", "ss"},                                   // capital sharp s
		{"Ærø", "aero"},                               // æ spelt out, ø loses its stroke
		{"Œuvre", "oeuvre"},                           // œ
		{"Đà Nẵng", "da nang"},                        // Vietnamese: stacked marks
		{"İstanbul", "istanbul"},                      // dotted capital I
		{"Ἀθῆναι", "αθηναι"},                          // Greek with breathings and accents
		{"ΣΊΣΥΦΟΣ", "σισυφοσ"},                        // final sigma folds like sigma
		{"ﬁber", "fiber"},                             // ligature ﬁ
		{"Kraków", "krakow"},                          // Polish
		{"Şişli", "sisli"},                            // Turkish cedillas
		{"에스케이텔레콤", "에스케이텔레콤"},                        // Hangul: no case, kept whole
		{"ソフトバンク", "ソフトバンク"},                          // Katakana kept
		{"ｿﾌﾄﾊﾞﾝｸ", "ソフトバンク"},                         // half-width Katakana made full, voicing kept
		{"Deutsche\u00a0Telekom", "deutsche telekom"}, // no-break space
	}
	for _, tt := range tests {
		if got := schema.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
