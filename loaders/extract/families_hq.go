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
