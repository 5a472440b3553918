/** Particles that do not make initials, in any case: "Maison des Compétences" → "MC". */
const SMALL_WORDS = /^(de|des|du|la|le|les|l|d|et|of|the|and)$/i;

/** Up to two initials for an avatar without a picture. */
export function initials(name: string): string {
  const words = name.split(/[\s'’-]+/).filter((w) => w && !SMALL_WORDS.test(w));
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
