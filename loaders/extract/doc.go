// Package extract reads raw news articles (plain text or HTML) and turns
// them into article facts, the same facts a curated file states: who is a
// member or founding member of which alliance, who leads it, when it was
// founded, partnerships, joint ventures, investments, chief executives,
// chairs and headquarters. Every fact keeps the sentence that states it, a
// confidence and the rule family that produced it (the "rule:" key of the
// article-facts format). Score and Evaluate compare extracted facts with
// gold ones, as `telcograph eval` prints them.
//
// It is pure, like package loaders whose article-facts types it fills: no
// store, no network.
//
// # Layers
//
// Text is split into sentences and tokens (text.go). Mentions come next
// (mentions.go, lexicon.go, variants.go): the register's names and their
// derived short forms, acronyms and long forms in both directions,
// spelling variants within a small edit distance (schema.EditDistance),
// descriptions and pronouns resolved against the discourse ("the German
// operator", "its chief executive", "the four companies", "both"), and
// unknown proper names, of which a capitalised common word opening a
// sentence ("Seven new members") is never one.
//
// The linguistic layer (nlp.go) tags each token with a coarse part of
// speech, gives verbs their lemma (lead, led, leading and leads are one
// trigger) and groups tokens into noun phrases, verb groups (with voice and
// negation) and prepositions. clause.go reads a sentence as those chunks
// with every entity (or coordinated list of entities) as one unit, and
// finds a verb's subject (across appositions and relative pronouns), its
// object and its prepositional arguments. The trigger families
// (families.go, families2.go, roles.go) match on that structure: a lemma
// with the roles of its arguments in either voice, nominal triggers ("the
// formation of X with A"), lists as predicates ("the new members are A, B
// and C"), and titles between a person and an organisation in any order.
// The older phrasing rules (rules.go, phrasings.go) run on a skeleton of
// the same mentions and are kept where they are exact.
//
// # The tagger
//
// The tagger is a compact one of our own: a lexicon of the closed classes
// and of the verbs news uses (with their irregular forms), suffix rules for
// other words, capitalisation for proper nouns, and a few contextual
// repairs. github.com/jdkato/prose/v2 was measured first: it installs and
// tags offline, but the module is archived, and on this machine
// NewDocument took 570-720 ms per article because it reloads its model
// each time, against a budget of 5 ms per article for the whole
// extractor. Measured by TestTaggerAccuracy on hand-tagged samples written
// for it: 1.00 on the sample its rules were written against (154 tokens),
// 0.93 on one written afterwards and never tuned on (84 tokens; its errors
// are sentence-initial capitals and noun/verb ambiguity such as "plans").
// What the families need from it is coarse - verb groups, their voice,
// noun-phrase heads - and that is what it gets right.
//
// # Figures
//
// `make eval` prints every set. At the time of writing, micro F1 on the
// development corpus 1.00, on testdata/heldout 0.96 (P 1.00), on the blind
// tune set 0.78 (P 0.96), with no hard negatives hit; the blind test set
// is scored by `make eval` and was never looked at while the rules were
// written. BenchmarkExtractCorpus -cpu 1 measures speed in articles per
// second (about 280 of CPU time per second on one core here).
package extract
