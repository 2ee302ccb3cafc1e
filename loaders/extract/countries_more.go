package extract

// moreCountries extends the built-in countries (lexicon.go) with those
// news about Africa, the Gulf, South Asia and Central Europe names: "Ethio
// Telecom, Ethiopia's state operator", "the Kuwaiti operator". Countries
// whose names are also common first names or US states (Jordan, Georgia,
// Chad) are left out: a person or a state would be read as a country.
var moreCountries = []country{
	{"ET", []string{"Ethiopia"}, []string{"Ethiopian"}},
	{"KW", []string{"Kuwait"}, []string{"Kuwaiti"}},
	{"BH", []string{"Bahrain"}, []string{"Bahraini"}},
	{"OM", []string{"Oman"}, []string{"Omani"}},
	{"MA", []string{"Morocco"}, []string{"Moroccan"}},
	{"TN", []string{"Tunisia"}, []string{"Tunisian"}},
	{"DZ", []string{"Algeria"}, []string{"Algerian"}},
	{"GH", []string{"Ghana"}, []string{"Ghanaian"}},
	{"TZ", []string{"Tanzania"}, []string{"Tanzanian"}},
	{"UG", []string{"Uganda"}, []string{"Ugandan"}},
	{"RW", []string{"Rwanda"}, []string{"Rwandan"}},
	{"SN", []string{"Senegal"}, []string{"Senegalese"}},
	{"CI", []string{"Ivory Coast", "Côte d'Ivoire"}, []string{"Ivorian"}},
	{"MG", []string{"Madagascar"}, []string{"Malagasy"}},
	{"PK", []string{"Pakistan"}, []string{"Pakistani"}},
	{"BD", []string{"Bangladesh"}, []string{"Bangladeshi"}},
	{"LK", []string{"Sri Lanka"}, []string{"Sri Lankan"}},
	{"NP", []string{"Nepal"}, []string{"Nepalese", "Nepali"}},
	{"KZ", []string{"Kazakhstan"}, []string{"Kazakh"}},
	{"IQ", []string{"Iraq"}, []string{"Iraqi"}},
	{"IR", []string{"Iran"}, []string{"Iranian"}},
	{"LB", []string{"Lebanon"}, []string{"Lebanese"}},
	{"CZ", []string{"Czech Republic", "Czechia"}, []string{"Czech"}},
	{"HU", []string{"Hungary"}, []string{"Hungarian"}},
	{"RO", []string{"Romania"}, []string{"Romanian"}},
	{"BG", []string{"Bulgaria"}, []string{"Bulgarian"}},
	{"RS", []string{"Serbia"}, []string{"Serbian"}},
	{"HR", []string{"Croatia"}, []string{"Croatian"}},
	{"SK", []string{"Slovakia"}, []string{"Slovak"}},
	{"SI", []string{"Slovenia"}, []string{"Slovenian"}},
	{"EE", []string{"Estonia"}, []string{"Estonian"}},
	{"LV", []string{"Latvia"}, []string{"Latvian"}},
	{"LT", []string{"Lithuania"}, []string{"Lithuanian"}},
	{"IS", []string{"Iceland"}, []string{"Icelandic"}},
	{"LU", []string{"Luxembourg"}, []string{}},
	{"CO", []string{"Colombia"}, []string{"Colombian"}},
	{"PE", []string{"Peru"}, []string{"Peruvian"}},
}

func init() {
	countries = append(countries, moreCountries...)
}
