// Names for display. The API returns every spelling the articles use
// ("SK Telecom Co.", "SK telecom", "SK telecom Co."); a reader wants each
// name once, so spellings that differ only in case, accents, punctuation or a
// legal suffix are folded together, and the other spellings stay in a tooltip.

// Legal-form suffixes, as they read once folded (lowercase, no punctuation).
const LEGAL = [
  'co ltd', 'co', 'company', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'llc', 'plc',
  'ag', 'se', 'sa', 'spa', 'sas', 'nv', 'bv', 'gmbh', 'ab', 'asa', 'oyj', 'kk', 'pte ltd', 'pty ltd',
];

/**
 * nameKey folds a name to what two spellings of it share: lowercase, no
 * accents, words of letters and digits only, legal suffixes dropped.
 */
export function nameKey(name) {
  let s = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of LEGAL) {
      if (s.endsWith(` ${suffix}`) && s.length > suffix.length + 1) {
        s = s.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
  }
  // "S.A." and "SpA" fold to "s a" and "spa": "s a" is caught here.
  s = s.replace(/ s a$/, '');
  return s.replace(/ /g, '');
}

/**
 * foldAliases returns the aliases worth showing beside name, each once: a
 * spelling that folds to the name, or to an alias already kept, is dropped.
 * Each kept alias carries every spelling it stands for.
 */
export function foldAliases(name, aliases = []) {
  const seen = new Map([[nameKey(name), { text: name, spellings: [name] }]]);
  const out = [];
  for (const a of aliases) {
    const k = nameKey(a);
    const hit = seen.get(k);
    if (hit) {
      if (!hit.spellings.includes(a)) hit.spellings.push(a);
      continue;
    }
    const kept = { text: a, spellings: [a] };
    seen.set(k, kept);
    out.push(kept);
  }
  return out;
}

/** spellings lists the spellings of name folded away by foldAliases. */
export function spellings(name, aliases = []) {
  const k = nameKey(name);
  return aliases.filter((a) => a !== name && nameKey(a) === k);
}

const words = (s) => s.split(/\s+/).filter(Boolean).length;

/**
 * fullName is the longest form of an entity's name: an alias of more words
 * than the name when the name is an abbreviation ("ATIS" → "Alliance for
 * Telecommunications Industry Solutions"), else the name.
 */
export function fullName(e) {
  let best = e.name;
  const same = nameKey(e.name);
  for (const a of e.aliases ?? []) if (words(a) > words(best) && words(a) >= 3 && nameKey(a) !== same) best = a;
  return best;
}

/** acronym is a short upper-case alias ("GTAA", "ESTIA") that the name does not already show. */
export function acronym(e) {
  const full = fullName(e);
  const all = [e.name, ...(e.aliases ?? [])];
  const short = all.filter((a) => a !== full && /^[\p{Lu}\p{N}&-]{2,8}$/u.test(a) && !full.includes(a));
  // Of several ("5G-IA", "6G-IA"), the one that starts like the full name.
  return short.find((a) => a[0].toLowerCase() === full[0].toLowerCase()) ?? short[0] ?? '';
}
