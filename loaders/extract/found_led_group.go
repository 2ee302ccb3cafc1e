package extract

// "A group of tech giants led by A and B has formed X", "A consortium
// headed by C, D and E set up Y": the subject is a group noun whose
// leaders are named in a participle phrase; the names are the founders.
// Read plainly, the subject was only the last name (B), and A was lost.

// ledGroupSubject returns the organisations named after "led by" (or
// "headed by", "spearheaded by") in a subject that opens with a group
// noun ("a group of companies led by A and B"), the subject ending right
// before the verb at unit v; nil when the subject is of another shape.
func (x *extractor) ledGroupSubject(c *clauses, v int) []arg {
	k := v - 1
	var items []int
	for k >= 0 {
		if c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss || c.isPerson(x, k) {
			return nil
		}
		items = append(items, k)
		k--
		if k >= 0 && (c.isPunct(k, ",") || c.us[k].Kind == 'O' && c.us[k].words == "and") {
			k--
			if k >= 0 && c.us[k].Kind == 'O' && c.us[k].words == "and" {
				k-- // ", and"
			}
			continue
		}
		break
	}
	if k < 2 || c.us[k].Kind != 'P' || c.us[k].Lemma != "by" || c.us[k-1].Kind != 'V' {
		return nil
	}
	if l := c.us[k-1].Lemma; l != "lead" && l != "head" && l != "spearhead" {
		return nil
	}
	head := c.us[k-2]
	if k-2 >= 2 && head.Kind == 'N' && c.us[k-3].Kind == 'P' && c.us[k-3].Lemma == "of" {
		head = c.us[k-4] // "a group of tech giants led by"
		if k-4 != 0 {
			return nil
		}
	} else if k-2 != 0 {
		return nil
	}
	if head.Kind != 'N' || !groupHeads[head.Lemma] {
		return nil
	}
	var out []arg
	for i := len(items) - 1; i >= 0; i-- {
		out = append(out, c.args(x, items[i])...)
	}
	return out
}
