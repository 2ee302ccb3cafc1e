package extract

import "strings"

// umlautSpelling is how English-language news writes German letters when
// it drops the diacritics: "Höttges" becomes "Hoettges", "Müller"
// "Mueller", "Straße" "Strasse". Folding accents alone ("Hottges") does
// not reach that spelling.
var umlautSpelling = strings.NewReplacer(
	"ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss",
)

// transliterated is a name's umlaut-free spelling, or "" when the name has
// no German letter to spell out.
func transliterated(name string) string {
	t := umlautSpelling.Replace(name)
	if t == name {
		return ""
	}
	return t
}
