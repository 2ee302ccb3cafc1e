package schema

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// IDScheme is a scheme of external identifiers an entity can carry.
type IDScheme string

// Identifier schemes, spelled as in the entity register.
const (
	SchemeWikidata IDScheme = "wikidata"
	SchemeLEI      IDScheme = "lei"
	SchemeWebsite  IDScheme = "website"
)

// IDSchemes lists the identifier schemes in a fixed order.
func IDSchemes() []IDScheme { return []IDScheme{SchemeWikidata, SchemeLEI, SchemeWebsite} }

// Identifier joins an entity with other data: a Wikidata item, a Legal Entity
// Identifier or the official website. Source says where it was found.
type Identifier struct {
	Scheme IDScheme
	Value  string // "Q…", the 20-character LEI, or an https URL
	Source string
}

var qidRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)
var leiRE = regexp.MustCompile(`^[A-Z0-9]{18}[0-9]{2}$`)

// Validate checks the identifier's value by the form of its scheme: a
// Wikidata Q-number, an LEI of 20 characters whose ISO 7064 MOD 97-10 check
// digits hold (ISO 17442), or an absolute https URL. Errors wrap ErrInvalid.
func (id Identifier) Validate() error {
	switch id.Scheme {
	case SchemeWikidata:
		if !qidRE.MatchString(id.Value) {
			return fmt.Errorf("wikidata id %q is not a Q-number such as Q42: %w", id.Value, ErrInvalid)
		}
	case SchemeLEI:
		if !leiRE.MatchString(id.Value) {
			return fmt.Errorf("LEI %q is not 18 letters or digits and 2 check digits: %w", id.Value, ErrInvalid)
		}
		if mod97(id.Value) != 1 {
			return fmt.Errorf("LEI %q: check digits do not match (ISO 7064 MOD 97-10): %w", id.Value, ErrInvalid)
		}
	case SchemeWebsite:
		u, err := url.Parse(id.Value)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			return fmt.Errorf("website %q is not an absolute https URL: %w", id.Value, ErrInvalid)
		}
	default:
		return fmt.Errorf("unknown identifier scheme %q (want wikidata, lei or website): %w", id.Scheme, ErrInvalid)
	}
	return nil
}

// URL is where the identifier resolves: the Wikidata item page, the GLEIF
// record, or the website itself.
func (id Identifier) URL() string {
	switch id.Scheme {
	case SchemeWikidata:
		return "https://www.wikidata.org/wiki/" + id.Value
	case SchemeLEI:
		return "https://search.gleif.org/#/record/" + id.Value
	}
	return id.Value
}

// mod97 is the ISO 7064 MOD 97-10 remainder of s with letters read as
// 10..35; a valid LEI gives 1.
func mod97(s string) int {
	r := 0
	for _, c := range strings.ToUpper(s) {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
			r = (r*10 + v) % 97
		default:
			v = int(c-'A') + 10
			r = (r*100 + v) % 97
		}
	}
	return r
}
