package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file resolves a description by the city a company is based in:
// "Cristiano Amon, the San Diego company's chief executive", "the Santa
// Clara chipmaker", "In July the New Delhi-based carrier teamed up with",
// "The Bonn-based group has brought in". News names a company after its
// home city far more often than after its country once two companies of
// one country are in play (Qualcomm and Nvidia are both American; San Diego
// is only Qualcomm). Round 28: of the descriptions the read splits' gold
// resolves and the extractor left unresolved, the largest group that
// shares one form is a city before a company noun (ten of 127).
//
// The description names the one company the article has named so far
// whose home city is that city: the one the article gave it ("Tempus, a
// Chicago company", "Espoo-based Nokia"), else the one priorCity knows.
// Two such companies, or none, and this reading names nothing; the
// nationality reading (cityCompany, coref_descriptor.go) still applies. A
// listing city ("the London-listed group") is no home city. Like
// priorCountry, priorCity is no source of facts: no headquarters is stated
// from it.

// priorCity maps a well-known company's lower-case name (and common short
// forms) to the key of its home city in cities (families_hq.go). It is
// general knowledge of the industry, written from public knowledge, not
// from any evaluation set's register; a company whose city news rarely
// uses, or whose seat is a suburb news names otherwise, is left out.
var priorCity = map[string]string{
	// operators
	"at&t": "dallas", "verizon": "new york", "verizon communications": "new york", "t-mobile us": "bellevue",
	"bt": "london", "bt group": "london", "deutsche telekom": "bonn", "telekom": "bonn", "telefonica": "madrid",
	"telefónica": "madrid", "orange": "paris", "iliad": "paris", "telia": "stockholm", "telia company": "stockholm",
	"tele2": "stockholm", "telenor": "oslo", "elisa": "helsinki", "e&": "abu dhabi", "etisalat": "abu dhabi",
	"du": "dubai", "stc": "riyadh", "stc group": "riyadh", "saudi telecom company": "riyadh", "zain": "kuwait city",
	"ooredoo": "doha", "mtn": "johannesburg", "mtn group": "johannesburg", "safaricom": "nairobi", "ntt": "tokyo",
	"ntt docomo": "tokyo", "docomo": "tokyo", "kddi": "tokyo", "softbank": "tokyo", "softbank corp": "tokyo",
	"softbank corp.": "tokyo", "softbank group": "tokyo", "rakuten": "tokyo", "rakuten mobile": "tokyo",
	"sk telecom": "seoul", "skt": "seoul", "lg uplus": "seoul", "lg u+": "seoul", "china mobile": "beijing",
	"china telecom": "beijing", "china unicom": "beijing", "singtel": "singapore", "starhub": "singapore",
	"reliance jio": "mumbai", "jio": "mumbai", "jio platforms": "mumbai", "reliance industries": "mumbai",
	"bharti airtel": "new delhi", "airtel": "new delhi", "telstra": "melbourne", "optus": "sydney",
	"chunghwa telecom": "taipei", "axiata": "kuala lumpur", "maxis": "kuala lumpur", "america movil": "mexico city",
	"américa móvil": "mexico city", "rogers": "toronto", "rogers communications": "toronto", "telus": "vancouver",
	"kpn": "rotterdam", "proximus": "brussels", "swisscom": "bern", "turkcell": "istanbul", "telecom egypt": "cairo",
	// vendors and chipmakers
	"ericsson": "stockholm", "nokia": "espoo", "huawei": "shenzhen", "zte": "shenzhen", "cisco": "san jose",
	"qualcomm": "san diego", "intel": "santa clara", "nvidia": "santa clara", "amd": "santa clara", "arm": "cambridge",
	"broadcom": "palo alto", "ibm": "armonk", "oracle": "austin", "supermicro": "san jose", "graphcore": "bristol",
	// cloud, software and AI
	"microsoft": "redmond", "google": "mountain view", "alphabet": "mountain view", "amazon": "seattle",
	"aws": "seattle", "amazon web services": "seattle", "meta": "menlo park", "meta platforms": "menlo park",
	"apple": "cupertino", "salesforce": "san francisco", "servicenow": "santa clara", "openai": "san francisco",
	"anthropic": "san francisco", "cohere": "toronto", "mistral ai": "paris", "mistral": "paris",
	"deepseek": "hangzhou", "alibaba": "hangzhou", "tencent": "shenzhen", "baidu": "beijing", "bytedance": "beijing",
	"sakana ai": "tokyo", "preferred networks": "tokyo", "g42": "abu dhabi", "core42": "abu dhabi", "mgx": "abu dhabi",
	"humain": "riyadh", "perplexity": "san francisco", "databricks": "san francisco", "scale ai": "san francisco",
	"nebius": "amsterdam", "nscale": "london", "kyutai": "paris", "sarvam ai": "bengaluru", "stability ai": "london",
	"deepmind": "london", "google deepmind": "london", "synthesia": "london", "helsing": "munich", "siemens": "munich",
	"capgemini": "paris", "infosys": "bengaluru", "wipro": "bengaluru", "tesla": "austin", "sony": "tokyo",
	"hitachi": "tokyo",
	// investors
	"blackrock": "new york", "kkr": "new york", "blackstone": "new york", "brookfield": "toronto",
	"temasek": "singapore", "gic": "singapore", "mubadala": "abu dhabi", "adia": "abu dhabi",
	"abu dhabi investment authority": "abu dhabi", "public investment fund": "riyadh", "pif": "riyadh",
	"qatar investment authority": "doha", "qia": "doha", "bpifrance": "paris", "eqt": "stockholm",
}

// cityStates are cities that are their own country's name.
var cityStates = map[string]bool{"singapore": true, "hong kong": true, "luxembourg": true}

// cityHeads are the nouns a city description heads on.
var cityHeads = map[string]bool{
	"company": true, "group": true, "firm": true, "business": true, "operator": true, "carrier": true,
	"telco": true, "giant": true, "chipmaker": true, "chip-maker": true, "vendor": true, "maker": true,
	"manufacturer": true, "designer": true, "developer": true, "provider": true, "start-up": true,
	"startup": true, "conglomerate": true, "incumbent": true, "supplier": true, "fund": true, "investor": true,
	"outfit": true, "concern": true, "lab": true, "laboratory": true, "unicorn": true, "specialist": true,
}

// homeCityAt reads a known city's name starting at toks[k] (up to three
// capitalised words, the longest that is one), returning its key and the
// index after it.
func homeCityAt(toks []token, k int) (string, int) {
	key, end := "", -1
	var words []string
	for j := k; j < len(toks) && j < k+3; j++ {
		if !toks[j].Word || !toks[j].Upper {
			break
		}
		words = append(words, toks[j].Key)
		if w := strings.Join(words, " "); cities[w] != "" {
			key, end = w, j+1
		}
		if toks[j].Poss {
			break
		}
	}
	return key, end
}

// cityRef resolves "the <City>[, <State>][-based|-headquartered] [up to two
// words] HEAD" at toks[i] to the one company named so far whose home city
// it is.
func (x *extractor) cityRef(toks []token, i int, covered []bool) (mention, int, bool) {
	if toks[i].Key != "the" {
		return mention{}, 0, false
	}
	city, k := homeCityAt(toks, i+1)
	if city == "" || toks[k-1].Poss {
		return mention{}, 0, false // "the San Diego's": no description
	}
	if cityStates[city] {
		return mention{}, 0, false // "the Singapore operator": a country too, which the nationality reading places
	}
	if k+2 < len(toks) && toks[k].Text == "," && toks[k+1].Upper && (toks[k+2].Key == "-based" || toks[k+2].Key == "-headquartered") {
		k += 2 // "the Santa Clara, California-based chipmaker"
	}
	if k < len(toks) && (toks[k].Key == "-based" || toks[k].Key == "-headquartered") {
		k++
	}
	h := -1
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if !t.Word || t.Upper && !(len(t.Text) <= 4 && strings.ToUpper(t.Text) == t.Text) || covered[j] {
			break // an acronym may modify the head ("the San Francisco AI company")
		}
		if cityHeads[t.Key] {
			h = j
			break
		}
		if t.Poss {
			break
		}
	}
	if h < 0 || nameFollows(toks, h, covered) {
		return mention{}, 0, false // "the Santa Clara chipmaker Nvidia": an apposition
	}
	if h+1 < len(toks) && toks[h+1].Word && cityHeads[toks[h+1].Key] && !toks[h].Poss {
		return mention{}, 0, false // a compound head ran on; not read here
	}
	exclude := x.laterNames(toks, i)
	seen := map[string]bool{}
	for slug := range x.lastSeen {
		seen[slug] = true
	}
	for _, slug := range x.curOrgs {
		seen[slug] = true
	}
	s := ""
	for slug := range seen {
		if exclude[slug] || x.descExclude[slug] {
			continue
		}
		if t := x.typeOf(slug); t != schema.TypeCompany && t != schema.TypeJointVenture {
			continue
		}
		if x.homeCity(slug) != city {
			continue
		}
		if s != "" {
			return mention{}, 0, false // two companies of that city: neither
		}
		s = slug
	}
	if s == "" {
		return mention{}, 0, false
	}
	last := toks[h]
	m := mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	m.Kind, m.Slug = x.kindFor(s), s
	return m, h - i + 1, true
}

// homeCity is the city the article placed slug in by a descriptor
// ("Espoo-based Nokia", "Tempus, a Chicago company"), else the one
// priorCity knows, or "".
func (x *extractor) homeCity(slug string) string {
	for _, e := range x.descs {
		if e.slug != slug || e.head != "" && !descGeneric[e.head] && !companyNouns[e.head] {
			continue
		}
		for _, md := range e.mods {
			if cities[md] != "" {
				return md
			}
		}
	}
	if e, ok := x.lx.ents[slug]; ok {
		return priorLookup(priorCity, e.Name, e.Aliases)
	}
	return ""
}
