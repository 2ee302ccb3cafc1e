package extract

// This file lets a coordinated verb group take its subject across a
// place written "City, Country" at the end of the first group (helper
// z25inv): "The company is headquartered in Tokyo, Japan, and is backed
// by investors including A and B" gives "is backed" the company, as "is
// headquartered in Tokyo and is backed by" did. Only the comma that
// opens the country, the last thing before ", and", is crossed; a comma
// that closes another clause still stops the walk (coordinatedSubject).

// placeCountryTail reports whether the comma at unit k opens a country
// that closes the verb group before the conjunction at unit and: "in
// Lyon, France, and".
func (c *clauses) placeCountryTail(k, and int) bool {
	if k < 1 || k+1 >= and || c.us[k+1].Kind != 'E' || !c.isCountry(k+1) {
		return false
	}
	return k+2 == and || k+3 == and && c.isPunct(k+2, ",")
}
