package extract

// rCompass is a compass adjective before a country in a seat's place ("based
// in southern Sweden", "headquartered in Oulu, north-eastern Finland",
// "in Central Portugal"): the region is inside the country, so the country
// is still the seat's.
const rCompass = `(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:[Ee]ast|[Ww]est))?ern |[Cc]entral )?`
