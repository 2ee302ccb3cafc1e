// Package extract reads raw news articles (plain text or HTML) and turns
// them into article facts, the same facts a curated file states: who is a
// member or founding member of which alliance, who leads it, when it was
// founded, partnerships, joint ventures, investments, chief executives,
// chairs and headquarters. Every fact keeps the sentence that states it, a
// confidence and the extractor that produced it. Score and Evaluate compare
// extracted facts with gold ones, as `telcograph eval` prints them.
//
// It is pure, like package loaders whose article-facts types it fills: no
// store, no network.
package extract
