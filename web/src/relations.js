// Relation names shared by the explorer and the review page.

/** RELATIONS names each relation as the graph reads it, from → to. */
export const RELATIONS = {
  MEMBER_OF: 'member of',
  FOUNDING_MEMBER: 'founding member of',
  FOUNDED: 'founded',
  LED_BY: 'led by',
  PARTNER_OF: 'partner of',
  JOINT_VENTURE: 'joint venture of',
  CEO_OF: 'CEO of',
  CHAIRMAN_OF: 'chair of',
  INVESTED_IN: 'invested in',
  HEADQUARTERED_IN: 'based in',
  FOUNDED_BY: 'founded by',
};
