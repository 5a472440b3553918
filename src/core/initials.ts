/**
 * Particles that do not make initials, in any case: "Maison des Compétences" → "MC". The words:
 * d, de, des, du, l, la, le, les, et, of, the, and.
 */
const SMALL_WORDS = /^(d(es?|u)?|l(a|es?)?|et|of|the|and)$/i;

/** Up to two initials for an avatar without a picture. */
export function initials(name: string): string {
  const words = name.split(/[\s'’-]+/).filter((w) => w && !SMALL_WORDS.test(w));
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
