package facts

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// ReadOptions control Read.
type ReadOptions struct {
	// Register holds the known entities. Entities listed in the file's own
	// "entities:" section are added to a copy of it. Nil means none.
	Register *schema.Register
	// Lenient accepts facts without evidence and entity ids that no register
	// lists, as gold files for evaluation may have. Loading never uses it.
	Lenient bool
	// Progress, when set, is told how many bytes of the file the YAML parser
	// has read so far, as it reads; nil is fine.
	Progress func(read int)
}

// File is a parsed article-facts file.
type File struct {
	Articles []schema.Article
	// Register is the options' register plus the file's own entities.
	Register *schema.Register
	// Discovered lists the entities the file itself defines (its
	// "entities:" section, or what an extractor found), sorted by slug;
	// Write writes them back.
	Discovered []Discovered
}

// Discovered is an entity that a file defines or an extractor found beyond
// its register, with the cue that found it ("listed with known
// organisations", "name ends in Inc.", ...).
type Discovered struct {
	schema.Entity
	Cue string
}

// qualifierKeys are the fact keys that carry qualifiers; which apply to a
// relation is in its schema.RelationSpec.
var qualifierKeys = map[string]bool{
	"since": true, "until": true, "date": true, "role": true, "topic": true,
	"amount": true, "name": true, "purpose": true, "share": true,
}

// Read parses and validates an article-facts file (the format of the
// corpus's gold.yaml). name is the file name used in messages. Keys it does
// not know (needs, note, alt_evidence, ...) are ignored. Every problem is
// reported as a Problem with its line; on any problem no article is returned.
func Read(name string, data []byte, opt ReadOptions) (*File, error) {
	p := &loaders.Collector{File: name}
	out := &File{Register: &schema.Register{}}
	if opt.Register != nil {
		if err := out.Register.Merge(opt.Register); err != nil {
			return nil, err
		}
	}
	root := parseYAML(p, data, opt.Progress)
	if root == nil {
		if len(p.Problems) == 0 {
			p.Add(1, "empty file: want an articles: list")
		}
		return nil, p.Err()
	}
	var articles, idents *yaml.Node
	checkKeys(p, root, "", topKeys, reservedTopKeys)
	for _, kv := range pairs(root) {
		switch kv[0].Value {
		case "identifiers":
			idents = kv[1]
		case "entities":
			own := &schema.Register{}
			readEntities(p, kv[1], own)
			cues := entityCues(kv[1])
			for _, e := range own.Entities() {
				out.Discovered = append(out.Discovered, Discovered{Entity: e, Cue: cues[e.Slug]})
			}
			if err := out.Register.Merge(own); err != nil {
				p.Add(kv[1].Line, "entities: %v", err)
			}
		case "articles":
			articles = kv[1]
		}
	}
	if idents != nil {
		readIdentifierMap(p, idents, out.Register)
	}
	if articles == nil {
		p.Add(root.Line, "no articles: list")
		return nil, p.Err()
	}
	if articles.Kind != yaml.SequenceNode {
		p.Add(articles.Line, "articles: want a list")
		return nil, p.Err()
	}
	r := &factReader{p: p, reg: out.Register, lenient: opt.Lenient}
	ids := make(map[string]int)
	urls := make(map[string]int)
	for _, n := range articles.Content {
		a, ok := r.article(n)
		if !ok {
			continue
		}
		if prev, dup := ids[a.ID]; dup {
			p.Add(a.Line, "duplicate article id %q (first at line %d)", a.ID, prev)
			continue
		}
		ids[a.ID] = a.Line
		if prev, dup := urls[a.URL]; dup {
			p.Add(a.Line, "duplicate article source %s (first at line %d)", a.URL, prev)
			continue
		}
		urls[a.URL] = a.Line
		out.Articles = append(out.Articles, a)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

type factReader struct {
	p       *loaders.Collector
	reg     *schema.Register
	lenient bool
}

func (r *factReader) article(n *yaml.Node) (schema.Article, bool) {
	a := schema.Article{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		r.p.Add(n.Line, "article: want a mapping")
		return a, false
	}
	before := len(r.p.Problems)
	var facts, hard, ambiguous *yaml.Node
	checkKeys(r.p, n, "article: ", articleKeys, reservedArticleKeys)
	for _, kv := range pairs(n) {
		k, v := kv[0], kv[1]
		switch k.Value {
		case "id":
			a.ID = v.Value
		case "file":
			a.File = v.Value
		case "source", "url":
			a.URL = strings.TrimSpace(v.Value)
		case "title":
			a.Title = v.Value
		case "publisher":
			a.Publisher = v.Value
		case "date":
			if !isNull(v) && v.Value != "unknown" {
				d, err := schema.ParseDate(v.Value)
				if err != nil {
					r.p.Add(v.Line, "article %s: bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", a.ID, v.Value)
				}
				a.Date = d
			}
		case "facts":
			facts = v
		case "hard_negatives":
			hard = v
		case "ambiguous":
			ambiguous = v
		}
	}
	if a.ID == "" {
		r.p.Add(n.Line, "article: missing id")
	}
	if a.URL == "" {
		r.p.Add(n.Line, "article %s: missing source URL", a.ID)
	} else if msg := CheckSourceURL(a.URL); msg != "" {
		r.p.Add(n.Line, "article %s: %s", a.ID, msg)
	} else if u, _ := url.Parse(a.URL); a.Publisher == "" && u.Host != "" {
		a.Publisher = strings.TrimPrefix(u.Host, "www.")
	}
	if facts != nil && facts.Kind != yaml.SequenceNode && !isNull(facts) {
		r.p.Add(facts.Line, "article %s: facts: want a list", a.ID)
	} else if facts != nil {
		seen := make(map[string]int)
		for _, fn := range facts.Content {
			f, ok := r.fact(a.ID, fn, false)
			if !ok {
				continue
			}
			if f.ID != "" {
				if prev, dup := seen[f.ID]; dup {
					r.p.Add(f.Line, "duplicate fact id %q (first at line %d)", f.ID, prev)
					continue
				}
				seen[f.ID] = f.Line
			}
			a.Facts = append(a.Facts, f)
		}
	}
	// Hard negatives and ambiguous items are read for evaluation only; their
	// problems do not fail a load, since loading ignores them.
	sub := &factReader{p: &loaders.Collector{File: r.p.File}, reg: r.reg, lenient: true}
	for _, list := range []struct {
		n   *yaml.Node
		dst *[]schema.Fact
	}{{hard, &a.HardNegatives}, {ambiguous, &a.Ambiguous}} {
		if list.n == nil {
			continue
		}
		for _, fn := range list.n.Content {
			if f, ok := sub.fact(a.ID, fn, true); ok {
				*list.dst = append(*list.dst, f)
			}
		}
	}
	return a, len(r.p.Problems) == before
}

// fact reads one fact. bare accepts arguments given as a plain id, as
// hard_negatives and ambiguous items are written.
func (r *factReader) fact(article string, n *yaml.Node, bare bool) (schema.Fact, bool) {
	f := schema.Fact{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		r.p.Add(n.Line, "fact: want a mapping")
		return f, false
	}
	before := len(r.p.Problems)
	keys := make(map[string]*yaml.Node)
	for _, kv := range pairs(n) {
		keys[kv[0].Value] = kv[1]
	}
	f.ID = scalar(keys["id"])
	where := "fact"
	if f.ID != "" {
		where = "fact " + f.ID
	}
	relNode := keys["rel"]
	if isNull(relNode) {
		r.p.Add(n.Line, "%s: missing rel", where)
		return f, false
	}
	f.Relation = schema.Relation(relNode.Value)
	if f.Relation == schema.RelMemberCount {
		return r.memberCount(f, where, n, keys, bare)
	}
	spec, ok := f.Relation.Spec()
	if !ok {
		r.p.Add(relNode.Line, "%s: unknown relation %q", where, relNode.Value)
		return f, false
	}
	where += " (" + string(f.Relation) + ")"
	known := append(slices.Clone(factKeys), spec.SubjectRole)
	for _, k := range []string{spec.ObjectRole, spec.PartnersRole} {
		if k != "" {
			known = append(known, k)
		}
	}
	for k := range qualifierKeys {
		known = append(known, k)
	}
	slices.Sort(known[len(factKeys):])
	checkKeys(r.p, n, where+": ", known, reservedFactKeys)

	if spec.PartnersRole != "" {
		pn := keys[spec.PartnersRole]
		if isNull(pn) || pn.Kind != yaml.SequenceNode || len(pn.Content) < 2 {
			r.p.Add(n.Line, "%s: missing argument %s (want a list of at least two)", where, spec.PartnersRole)
		} else {
			for _, m := range pn.Content {
				if mm, ok := r.mention(where, spec.PartnersRole, m, spec.ObjectTypes, bare); ok {
					f.Partners = append(f.Partners, mm)
				}
			}
		}
		if vn := keys[spec.SubjectRole]; !isNull(vn) {
			f.Subject, _ = r.mention(where, spec.SubjectRole, vn, spec.SubjectTypes, bare)
		}
	} else {
		f.Subject = r.arg(where, spec.SubjectRole, keys, n.Line, spec.SubjectTypes, bare)
		if spec.ObjectRole != "" {
			f.Object = r.arg(where, spec.ObjectRole, keys, n.Line, spec.ObjectTypes, bare)
		}
	}

	for k, v := range keys {
		if !qualifierKeys[k] || isNull(v) {
			continue
		}
		if !slices.Contains(spec.Qualifiers, k) {
			r.p.Add(v.Line, "%s: qualifier %s does not apply to %s", where, k, f.Relation)
			continue
		}
		switch k {
		case "since", "until", "date":
			d, err := schema.ParseDate(v.Value)
			if err != nil {
				r.p.Add(v.Line, "%s: bad date %s: %q (want YYYY, YYYY-MM or YYYY-MM-DD)", where, k, v.Value)
				continue
			}
			*map[string]*schema.Date{"since": &f.Since, "until": &f.Until, "date": &f.Date}[k] = d
		case "topic":
			f.Topic = v.Value
		case "amount":
			f.Amount = v.Value
		case "name":
			f.Name = v.Value
		case "purpose":
			f.Purpose = v.Value
		case "share":
			f.Share = v.Value
		case "role":
			if v.Value != "member" && v.Value != "founding member" {
				r.p.Add(v.Line, "%s: unknown role %q (want member or founding member)", where, v.Value)
			} else if v.Value == "founding member" {
				f.Relation = schema.RelFoundingMember
			}
		}
	}
	// A coarse until may share its period with since ("since 2023-02,
	// until 2023"): only an until that ends before since starts is wrong.
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.End().After(f.Since.Start()) {
		r.p.Add(keys["until"].Line, "%s: until %s is before since %s", where, f.Until, f.Since)
	}
	if m := keys["modality"]; !isNull(m) {
		f.Modality = schema.Modality(m.Value)
		if !f.Modality.Valid() {
			r.p.Add(m.Line, "%s: unknown modality %q (want asserted, planned, in_progress or past)", where, m.Value)
		}
	}
	if c := keys["confidence"]; !isNull(c) {
		v, err := strconv.ParseFloat(c.Value, 64)
		if err != nil || v < 0 || v > 1 {
			r.p.Add(c.Line, "%s: confidence %q is not a number from 0 to 1", where, c.Value)
		}
		f.Confidence = v
	}
	f.Extractor = scalar(keys["extractor"])
	f.Rule = scalar(keys["rule"])
	r.evidence(&f, where, n, keys)
	return f, len(r.p.Problems) == before
}

// evidence reads a fact's evidence and its kind.
func (r *factReader) evidence(f *schema.Fact, where string, n *yaml.Node, keys map[string]*yaml.Node) {
	f.Evidence = strings.TrimSpace(scalar(keys["evidence"]))
	if f.Evidence == "" && !r.lenient {
		r.p.Add(n.Line, "%s: missing evidence", where)
	}
	if k := keys["evidence_kind"]; !isNull(k) {
		f.EvidenceKind = schema.EvidenceKind(k.Value)
		if !f.EvidenceKind.Valid() {
			r.p.Add(k.Line, "%s: unknown evidence_kind %q (want quote or paraphrase)", where, k.Value)
		}
		if f.EvidenceKind == schema.Quote {
			f.EvidenceKind = ""
		}
	}
}

// memberCount reads a count of an alliance's members that an article
// states: org, count, an optional date, evidence.
func (r *factReader) memberCount(f schema.Fact, where string, n *yaml.Node, keys map[string]*yaml.Node, bare bool) (schema.Fact, bool) {
	before := len(r.p.Problems)
	where += " (memberCount)"
	checkKeys(r.p, n, where+": ", append(slices.Clone(factKeys), "org", "count", "date"), reservedFactKeys)
	f.Subject = r.arg(where, "org", keys, n.Line, []schema.EntityType{schema.TypeAlliance}, bare)
	c := keys["count"]
	if isNull(c) {
		r.p.Add(n.Line, "%s: missing count", where)
	} else if v, err := strconv.Atoi(c.Value); err != nil || v < 0 {
		r.p.Add(c.Line, "%s: count %q is not a whole number of at least 0", where, c.Value)
	} else {
		f.Count = v
	}
	if d := keys["date"]; !isNull(d) {
		v, err := schema.ParseDate(d.Value)
		if err != nil {
			r.p.Add(d.Line, "%s: bad date date: %q (want YYYY, YYYY-MM or YYYY-MM-DD)", where, d.Value)
		}
		f.Date = v
	}
	if m := keys["modality"]; !isNull(m) {
		r.p.Add(m.Line, "%s: a stated count has no modality", where)
	}
	if c := keys["confidence"]; !isNull(c) {
		v, err := strconv.ParseFloat(c.Value, 64)
		if err != nil || v < 0 || v > 1 {
			r.p.Add(c.Line, "%s: confidence %q is not a number from 0 to 1", where, c.Value)
		}
		f.Confidence = v
	}
	f.Extractor = scalar(keys["extractor"])
	f.Rule = scalar(keys["rule"])
	r.evidence(&f, where, n, keys)
	return f, len(r.p.Problems) == before
}

// CheckSourceURL says what is wrong with an article's source URL, or "" if
// nothing is: a source is a web address (http or https) or, for a local raw
// article, a file:/// URL, which is never rendered as a link.
func CheckSourceURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Scheme == "":
		return fmt.Sprintf("source %q is not an absolute URL (only http and https sources are accepted)", s)
	case u.Scheme == "http" || u.Scheme == "https":
		if u.Host == "" {
			return fmt.Sprintf("source %q has no host", s)
		}
		return ""
	case u.Scheme == "file" && u.Host == "" && strings.HasPrefix(u.Path, "/") && u.Opaque == "":
		return ""
	}
	return fmt.Sprintf("source %q is not a web address: only http and https sources are accepted (file:/// for a local article)", s)
}

// arg reads a required single argument.
func (r *factReader) arg(where, role string, keys map[string]*yaml.Node, line int, types []schema.EntityType, bare bool) schema.Mention {
	n := keys[role]
	if isNull(n) {
		r.p.Add(line, "%s: missing argument %s", where, role)
		return schema.Mention{}
	}
	m, _ := r.mention(where, role, n, types, bare)
	return m
}

// mention reads {id, text} (or a bare id) and checks it against the register.
func (r *factReader) mention(where, role string, n *yaml.Node, types []schema.EntityType, bare bool) (schema.Mention, bool) {
	var m schema.Mention
	switch {
	case n.Kind == yaml.ScalarNode && bare:
		m.ID = n.Value
	case n.Kind == yaml.MappingNode:
		checkKeys(r.p, n, where+": argument "+role+": ", mentionKeys, nil)
		for _, kv := range pairs(n) {
			switch kv[0].Value {
			case "id":
				m.ID = kv[1].Value
			case "text":
				m.Text = kv[1].Value
			}
		}
	default:
		r.p.Add(n.Line, "%s: argument %s: want {id, text}", where, role)
		return m, false
	}
	if m.ID == "" {
		r.p.Add(n.Line, "%s: argument %s: missing id", where, role)
		return m, false
	}
	e, known := r.reg.Lookup(m.ID)
	switch {
	case !known && !r.lenient:
		r.p.Add(n.Line, "%s: argument %s: unknown entity id %q (not in the register)", where, role, m.ID)
		return m, false
	case known && !slices.Contains(types, e.Type) && !r.lenient:
		r.p.Add(n.Line, "%s: argument %s: %s is %s %s, want %s", where, role, m.ID, article(string(e.Type)), e.Type, typeList(types))
		return m, false
	}
	return m, true
}

func typeList(ts []schema.EntityType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return strings.Join(s, " or ")
}

// article is the indefinite article before word ("an alliance", "a person").
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
