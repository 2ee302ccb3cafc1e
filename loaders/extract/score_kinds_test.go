package extract

import (
	"maps"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/schema"
)

// TestArgKind: how a gold argument names its entity, next to the
// register's name - the classes eval's unlinked diagnostic counts.
func TestArgKind(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"Acme Telecom", "Acme Telecom", KindRegistered},
		{"Acme Telecom's", "Acme Telecom", KindRegistered},
		{"the Acme Telecom", "Acme Telecom", KindRegistered},
		{"Acme", "Acme Telecom", KindVariant},
		{"Acme Telecom Holdings S.A.", "Acme Telecom", KindVariant},
		{"ATL", "Acme Telecom", KindAcronym},
		{"Borealis", "Acme Telecom", KindOtherName},
		{"the carrier", "Acme Telecom", KindDescription},
		{"Both start-ups", "Acme Telecom", KindDescription},
		{"the Chicago company", "Acme Telecom", KindDescription},
		{"The Nordic operator's", "Acme Telecom", KindDescription},
		{"it", "Acme Telecom", KindPronoun},
		{"Our", "Acme Telecom", KindPronoun},
		{"", "Acme Telecom", KindNoText},
		{"Zed Corp", "", KindUnknownName},
		{"1789 Capital", "1789 Capital", KindRegistered},
	} {
		if got := argKind(c.text, c.name); got != c.want {
			t.Errorf("argKind(%q, %q) = %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestUnlinkedKinds: an unlinked argument the evidence does not contain,
// or that the gold brackets, is counted as implied; a linked one is not
// counted.
func TestUnlinkedKinds(t *testing.T) {
	sc := &Score{}
	linked := func(_, id string) bool { return id == "acme" }
	nameOf := func(id string) string {
		return map[string]string{"acme": "Acme Telecom", "bor": "Borealis Networks"}[id]
	}
	g := goldFact(t, "Acme invested in the start-up.", "acme", "Acme", "bor", "the start-up")
	sc.countUnlinkedKinds(g, linked, nameOf)
	g = goldFact(t, "Acme invested in it.", "acme", "Acme", "bor", "(Borealis Networks)")
	sc.countUnlinkedKinds(g, linked, nameOf)
	g = goldFact(t, "Acme invested.", "acme", "Acme", "bor", "Borealis")
	sc.countUnlinkedKinds(g, linked, nameOf)
	want := map[string]int{KindDescription: 1, KindImplied: 2}
	if len(sc.UnlinkedKinds) != len(want) {
		t.Fatalf("UnlinkedKinds = %v, want %v", sc.UnlinkedKinds, want)
	}
	for k, n := range want {
		if sc.UnlinkedKinds[k] != n {
			t.Errorf("UnlinkedKinds = %v, want %v", sc.UnlinkedKinds, want)
		}
	}
	byRole := map[string]int{"investedIn object: " + KindDescription: 1, "investedIn object: " + KindImplied: 2}
	if !maps.Equal(sc.UnlinkedKindsByRole, byRole) {
		t.Errorf("UnlinkedKindsByRole = %v, want %v", sc.UnlinkedKindsByRole, byRole)
	}
}

func goldFact(t *testing.T, evidence, subj, subjText, obj, objText string) schema.Fact {
	t.Helper()
	return schema.Fact{Relation: schema.RelInvestedIn, Evidence: evidence,
		Subject: schema.Mention{ID: subj, Text: subjText}, Object: schema.Mention{ID: obj, Text: objText}}
}

// TestCountCoref: a description in a stated fact counts as resolved to the
// gold's entity; in a missed one, what the evidence's mentions were
// resolved to decides; one description in several facts counts once; a
// name is no description.
func TestCountCoref(t *testing.T) {
	sc := &Score{}
	res := map[string][]string{"the carrier": {"acme"}, "the chipmaker": {"bor"}}
	links := &evalLinks{resolved: func(_, text string) ([]string, bool) {
		s, ok := res[strings.ToLower(text)]
		return s, ok
	}}
	sc.countCoref(goldFact(t, "Zed put $5m into the carrier.", "zed", "Zed", "acme", "the carrier"), links, false)
	sc.countCoref(goldFact(t, "Zed put $5m into the carrier.", "zed", "Zed", "acme", "the carrier"), links, false)
	sc.countCoref(goldFact(t, "Zed backs the chipmaker.", "zed", "Zed", "cob", "the chipmaker"), links, false)
	sc.countCoref(goldFact(t, "Zed backs the start-up.", "zed", "Zed", "cob", "the start-up"), links, false)
	sc.countCoref(goldFact(t, "Zed backs it.", "zed", "Zed", "cob", "it"), links, true)
	sc.countCoref(goldFact(t, "Zed backs US start-ups.", "zed", "Zed", "us", "US"), links, false)
	got := sc.Coref
	if got.Gold != 4 || got.Right != 2 || got.Wrong != 1 || got.Unresolved != 1 {
		t.Errorf("Coref = %+v, want 4 gold, 2 right, 1 wrong, 1 left", got)
	}
	if d := got.ByForm["description"]; d.Gold != 3 || d.Wrong != 1 || got.ByForm["it"].Right != 1 {
		t.Errorf("Coref.ByForm = %+v, want 3 descriptions (1 wrong) and 1 it (right)", got.ByForm)
	}
	wantMisses := []string{`: "the chipmaker" is cob, resolved to bor`, `: "the start-up" is cob, left unresolved`}
	if len(sc.CorefMisses) != len(wantMisses) {
		t.Fatalf("CorefMisses = %q, want %d", sc.CorefMisses, len(wantMisses))
	}
	for i, w := range wantMisses {
		if !strings.HasSuffix(sc.CorefMisses[i], w) {
			t.Errorf("CorefMisses[%d] = %q, want it to end %q", i, sc.CorefMisses[i], w)
		}
	}
}

// TestUncoveredEvidence: a miss whose gold evidence is within no sentence
// the extractor read (nor contains one) counts as uncovered, and as
// uncovered-unlinked when an argument was also unlinked; a stated fact
// does not count.
func TestUncoveredEvidence(t *testing.T) {
	sentences := []string{"Zed put $5m into Acme.", "Cob backs Dex."}
	covered := func(ev string) bool {
		for _, s := range sentences {
			if strings.Contains(ev, s) || strings.Contains(s, ev) {
				return true
			}
		}
		return false
	}
	linked := func(ev, id string) bool { return covered(ev) }
	gold := schema.Article{ID: "a", Facts: []schema.Fact{
		goldFact(t, "Zed put $5m into Acme.", "zed", "Zed", "acme", "Acme"),
		goldFact(t, "Zed  put $5m into  Acme.", "zed", "Zed", "acme2", "Acme"),
		goldFact(t, "Cob backs Dex.", "cob", "Cob", "dex", "Dex"),
	}}
	pred := schema.Article{ID: "a", Facts: []schema.Fact{gold.Facts[2]}}
	sc := &Score{}
	sc.scoreArticle(gold, pred, &evalLinks{linked: linked, covered: covered,
		resolved: func(_, _ string) ([]string, bool) { return nil, false }, nameOf: func(string) string { return "" }})
	if sc.Micro.FN != 2 || sc.Uncovered != 1 || sc.UncoveredUnlinked != 1 {
		t.Errorf("FN %d, Uncovered %d, UncoveredUnlinked %d; want 2, 1, 1", sc.Micro.FN, sc.Uncovered, sc.UncoveredUnlinked)
	}
}
