package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Headquarters named by a city ("Tokyo-based").

// cities are the places news names companies after ("Tokyo-based"), with
// their countries.
var cities = map[string]string{
	"tokyo": "JP", "osaka": "JP", "seoul": "KR", "pangyo": "KR", "beijing": "CN", "shanghai": "CN", "shenzhen": "CN",
	"hangzhou": "CN", "paris": "FR", "berlin": "DE", "bonn": "DE", "munich": "DE", "frankfurt": "DE", "london": "GB",
	"cambridge": "GB", "madrid": "ES", "barcelona": "ES", "riyadh": "SA", "abu dhabi": "AE", "dubai": "AE", "doha": "QA",
	"jakarta": "ID", "mumbai": "IN", "new delhi": "IN", "delhi": "IN", "bangalore": "IN", "bengaluru": "IN",
	"nairobi": "KE", "johannesburg": "ZA", "stockholm": "SE", "espoo": "FI", "helsinki": "FI", "oslo": "NO",
	"copenhagen": "DK", "amsterdam": "NL", "zurich": "CH", "new york": "US", "san francisco": "US",
	"santa clara": "US", "seattle": "US", "redmond": "US", "palo alto": "US", "mountain view": "US", "austin": "US",
	"boston": "US", "toronto": "CA", "montreal": "CA", "sydney": "AU", "melbourne": "AU", "taipei": "TW",
	"kuala lumpur": "MY", "bangkok": "TH", "hanoi": "VN", "manila": "PH", "tel aviv": "IL", "istanbul": "TR",
	"cairo": "EG", "lagos": "NG", "sao paulo": "BR", "mexico city": "MX", "dublin": "IE", "milan": "IT",
	"rome": "IT", "lisbon": "PT", "brussels": "BE", "vienna": "AT", "warsaw": "PL",
	// more of the places business news names companies after, and
	// regions that stand for one country ("the Silicon Valley venture firm")
	"silicon valley": "US", "chicago": "US", "los angeles": "US", "dallas": "US", "plano": "US", "houston": "US",
	"atlanta": "US", "washington": "US", "denver": "US", "miami": "US", "san jose": "US", "san diego": "US",
	"sunnyvale": "US", "cupertino": "US", "menlo park": "US", "armonk": "US", "basking ridge": "US", "bellevue": "US",
	"vancouver": "CA", "ottawa": "CA", "calgary": "CA", "waterloo": "CA",
	"singapore": "SG", "hong kong": "HK", "guangzhou": "CN", "incheon": "KR", "busan": "KR", "yokohama": "JP",
	"kyoto": "JP", "nagoya": "JP", "hamburg": "DE", "dusseldorf": "DE", "düsseldorf": "DE", "stuttgart": "DE",
	"lyon": "FR", "toulouse": "FR", "manchester": "GB", "edinburgh": "GB", "geneva": "CH", "lausanne": "CH",
	"rotterdam": "NL", "eindhoven": "NL", "gothenburg": "SE", "oulu": "FI", "tallinn": "EE", "prague": "CZ",
	"budapest": "HU", "bucharest": "RO", "athens": "GR", "luxembourg": "LU", "jeddah": "SA", "kuwait city": "KW",
	"muscat": "OM", "manama": "BH", "amman": "JO", "beirut": "LB", "casablanca": "MA", "tunis": "TN", "accra": "GH",
	"kigali": "RW", "addis ababa": "ET", "dar es salaam": "TZ", "kampala": "UG", "cape town": "ZA", "pretoria": "ZA",
	"abidjan": "CI", "dakar": "SN", "buenos aires": "AR", "santiago": "CL", "bogota": "CO", "lima": "PE",
	"rio de janeiro": "BR", "brasilia": "BR", "monterrey": "MX", "karachi": "PK", "lahore": "PK", "dhaka": "BD",
	"colombo": "LK", "ho chi minh city": "VN", "chennai": "IN", "hyderabad": "IN", "pune": "IN", "gurugram": "IN",
	"gurgaon": "IN", "noida": "IN", "auckland": "NZ", "wellington": "NZ", "perth": "AU", "brisbane": "AU",
	"canberra": "AU",
}

// famCityBased: "Tokyo-based Sakana AI", "the Abu Dhabi-headquartered
// fund MGX": the city gives the country.
func (x *extractor) famCityBased(c *clauses) {
	for j := 0; j+1 < len(c.us); j++ {
		if c.us[j].Kind != 'M' || c.us[j+1].Kind != 'E' {
			continue
		}
		w := c.us[j].words
		var city string
		for _, suf := range []string{"-based", "-headquartered"} {
			if i := strings.Index(w, suf); i > 0 {
				city = w[:i]
			}
		}
		for _, d := range []string{"the ", "a ", "an "} {
			city = strings.TrimPrefix(city, d)
		}
		country, ok := cities[city]
		if !ok {
			continue
		}
		x.rule = "nationality.city"
		for _, a := range c.args(x, j+1) {
			x.emitFact(c.s, schema.RelHeadquarteredIn, a, arg{slug: country, text: c.s.text[c.us[j].Start:c.us[j].End]}, "", 0.75, schema.Fact{})
		}
	}
}
