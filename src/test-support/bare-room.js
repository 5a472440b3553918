// @ts-check
/**
 * The README's rules that give bare elements their skeleton's room before the script runs: the
 * CSS block after its `<!-- bare-room` marker. The layout-shift test (test/layout-shift.test.ts)
 * and the bench (scripts/bench/cls.mjs) both take the partner's copy from there. Plain
 * JavaScript, as synthetic.js, so that the bench imports it in plain Node.
 */

/**
 * @param {string} readme The README's text.
 * @returns {string | undefined} The CSS of that block, or undefined when the README has none.
 */
export const bareRoomCss = (readme) => /<!-- bare-room[^>]*-->\s*```css\n([\s\S]*?)```/.exec(readme)?.[1];
