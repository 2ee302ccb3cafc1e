package extract_test

import "testing"

// TestSoleChiefApposition: a lone "chief" after a company's name in an
// apposition is its chief executive, as "Docomo chief P" before a name
// already was; "chief" that opens a longer title is not (soleChief,
// roles_premod.go); a relative pronoun after "chief" ends the title
// as a comma does.
func TestSoleChiefApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"P, the X chief, said", "Jane Park, the Cobalt Mobile chief, said roaming had recovered.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"P, the former X chief, said", "Omar Haddad, the former Cobalt Mobile chief, now advises Ion Cloud.",
			[]string{"ceoOf(omar-haddad,cobalt-mobile) modality=past"}},
		{"P, the former X chief who ...", "Omar Haddad, the former Cobalt Mobile chief who now advises Ion Cloud, spoke first.",
			[]string{"ceoOf(omar-haddad,cobalt-mobile) modality=past"}},
		{"near miss: a longer chief title", "Jane Park, the Cobalt Mobile chief technology officer, said roaming had recovered.", nil},
		{"near miss: a former longer chief title", "Omar Haddad, the former Cobalt Mobile chief financial officer, now advises Ion Cloud.", nil},
	})
}
