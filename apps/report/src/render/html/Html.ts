/**
 * Building blocks of the HTML report: escaping and a few formats. Every string that comes from a comparison
 * (article text, titles, outlets, summaries, names) goes through `escapeHtml` before it reaches the page, in text
 * and in attribute values alike, so no article can open a tag, an attribute or an entity of its own.
 */

const SPECIAL = /[&<>"']/g
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
// C0 controls (but tab, line feed, carriage return) and DEL are not allowed in HTML text; they show as a space.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/** Text as HTML that shows exactly these characters (controls aside), safe in element content and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(CONTROLS, " ").replace(SPECIAL, (c) => ENTITY[c] ?? c)

/** `a-b-c` as `A b c`: an enum value (a finding type, an event type) as words. */
export const humanize = (value: string): string => {
  const words = value.replace(/-/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Sorts strings by UTF-16 code units, as `<` does, whatever the locale: the page must not depend on the machine. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** `1 finding`, `3 findings`. */
export const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`

/** A salience (0..1) with two decimals, as the report shows it. */
export const formatSalience = (salience: number): string => salience.toFixed(2)
