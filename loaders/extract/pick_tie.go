package extract

// A short form two registered companies share ("Kestrel" cut from both
// "Kestrel Group" and "Kestrel Corp.") goes to the one the article named
// first (coref.go pick). When both were first named in the same sentence
// ("Kestrel Group, which also owns the carrier Kestrel Corp., ...") the
// sentence index alone ties and the register's order decided, which is
// arbitrary; the one named earlier in that sentence is the one the
// sentence is about and the one a later bare "Kestrel" means (dev split:
// "SoftBank Group, the Japanese investor that also owns mobile operator
// SoftBank Corp." then "SoftBank's chairman and chief executive, Masayoshi
// Son" is the group's). x.firstPos keeps that offset; pick compares it on a
// tie.
