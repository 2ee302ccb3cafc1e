package extract

// A numbered item of a digest or listicle ("1. Linux Foundation opens a
// home for radio code", "2. Nvidia rounds up a 6G coalition") is a story
// of its own (round 34, dev21). A bare member noun in the second item ("On
// the operator side the signatories alongside Nvidia are A and B") does
// not reach back to the roster or the subject of the first item: the
// frames' group in reach (frames_group.go) counts only what was said
// since the last numbered heading, x.itemSent, which noteSection
// (about.go) records, and an open roster region (frames_region.go) closes
// at such a heading. Pronouns and the section's company are read as
// before; the article's topic is in reach of a bare member noun only
// when it was said in this item, and the learned pass (learned.go) implies
// the group under discussion only when this item named it (curAlliAt).
