package extract

// A successor is often named with what he is now before his name: "P will
// be replaced by chief financial officer Q", "was succeeded by banker Q",
// "by finance chief Q", "by its finance chief, Q". The words before the
// name are his description, not the successor; the person right after
// them is (round 17, real-news probes).

// describedPerson is the person named right after one to three noun or
// title units from unit u ("finance chief Q", "its finance chief, Q"); -1
// when no person follows a description there. A noun misread as a verb
// before a title ("finance" in "finance chief") is part of it.
func (c *clauses) describedPerson(x *extractor, u int) int {
	k := u
	for ; k < len(c.us) && k < u+3; k++ {
		kind := c.us[k].Kind
		if kind == 'V' && k+1 < len(c.us) && c.us[k+1].Kind == 'M' {
			continue
		}
		if kind != 'N' && kind != 'M' {
			break
		}
	}
	if k == u {
		return -1
	}
	if c.isPunct(k, ",") {
		k++
	}
	return c.person(x, k)
}
