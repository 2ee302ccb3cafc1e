package extract

// "The pair" and "the duo" are a counted plural of two, as "the two
// companies" is (issue 13, helper z24part): "A and B met in May. The pair
// said they would build a data centre", "gives the pair full control".
// They resolve as group(2) resolves "the two companies" (coref.go): the
// two organisations the sentence or the ones before it name. "The pair
// of ..." is a measure, not a reference.

// pairRef reports whether determiner k0, noun k and the word after them
// (next) are "the pair" or "the duo" standing alone.
func pairRef(k0, k, next string) bool {
	return k0 == "the" && (k == "pair" || k == "duo") && next != "of"
}
