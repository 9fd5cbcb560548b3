#!/usr/bin/env node
// Derives the text metrics the static renderer lays out with (src/model/dejavu-sans.ts) from the DejaVu Sans fonts
// Debian installs (package fonts-dejavu-core, which scripts/ensure-browsers.mjs installs for the tests):
//
//   node scripts/font-metrics.mjs            writes src/model/dejavu-sans.ts
//   node scripts/font-metrics.mjs --check    exits 1 when the committed file differs from what the fonts give
//
// It reads the TrueType tables itself (head, hhea, OS/2, hmtx, cmap, name, GSUB's ligatures, GPOS's kerning): no
// dependency, no canvas, no network. Only figures reach the output, in font units, for the characters in CHARSET:
// each one's advance width, the ligatures browsers form from them (ff, fi, fl, ffi, ffl) and their advances, the
// kerning between any two (as classes), and the ascent and descent browsers place a line with. The browser test
// test/font-metrics.browser.test.ts checks the result against Chromium's canvas; run it after regenerating.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FONT_FILES = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};

const OUTPUT = fileURLToPath(new URL('../src/model/dejavu-sans.ts', import.meta.url));

/**
 * The characters the charts write: ASCII, Latin-1 (å ä ö é, the no-break space), Latin Extended-A (names in
 * Central European languages: ł ő č ď ľ, some wider than their base letter), the rest of Windows-1252 (– — ‘ ’ “ ”
 * • … € ‰), and what Intl writes in numbers (− U+2212, the thin and narrow no-break spaces), plus the figure space
 * and the non-breaking hyphen. Anything else is measured by the fallback in model/font-metrics.ts. Not the soft
 * hyphen: browsers draw it (and its advance) only where they break a line there.
 */
export const CHARSET = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff).filter((c) => c !== 0xad),
  ...range(0x100, 0x17f),
  ...[...'ƒˆ˜–—‘’‚“”„†‡•…‰‹›€™'].map((c) => c.codePointAt(0)),
  0x2007, // figure space
  0x2009, // thin space
  0x2011, // non-breaking hyphen
  0x202f, // narrow no-break space
  0x2212, // minus sign
].sort((a, b) => a - b);

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A TrueType file's tables, by tag, as DataViews. */
function tables(buffer) {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const count = view.getUint16(4);
  const found = {};
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...buffer.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    found[tag] = new DataView(buffer.buffer, buffer.byteOffset + offset, length);
  }
  return found;
}

/** Code point → glyph id, from the Windows Unicode subtable (format 4, or 12 when there is one). */
function readCmap(cmap) {
  const count = cmap.getUint16(2);
  const subtables = [];
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    subtables.push({ platform, encoding, offset, format: cmap.getUint16(offset) });
  }
  const pick =
    subtables.find((s) => s.platform === 3 && s.encoding === 10 && s.format === 12) ??
    subtables.find((s) => s.platform === 3 && s.encoding === 1 && s.format === 4);
  if (!pick) throw new Error('no Windows Unicode cmap subtable');
  const glyphs = new Map();
  const at = pick.offset;
  if (pick.format === 12) {
    const groups = cmap.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const start = cmap.getUint32(at + 16 + g * 12);
      const end = cmap.getUint32(at + 20 + g * 12);
      const glyph = cmap.getUint32(at + 24 + g * 12);
      for (let c = start; c <= end; c++) glyphs.set(c, glyph + c - start);
    }
    return glyphs;
  }
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const index = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(c, glyph);
    }
  }
  return glyphs;
}

/** The name table's entry `id` (4 full name, 5 version), from the Windows English record. */
function readName(name, id) {
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 6 + i * 12;
    const [platform, , language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => name.getUint16(record + o));
    if (platform === 3 && language === 0x409 && nameId === id) {
      let text = '';
      for (let k = 0; k < length; k += 2) text += String.fromCharCode(name.getUint16(strings + offset + k));
      return text;
    }
  }
  return '';
}

/** Glyph ids a Coverage table lists, in coverage order. */
function coverage(view, at) {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  const glyphs = [];
  for (let i = 0; i < count; i++) {
    if (format === 1) glyphs.push(view.getUint16(at + 4 + i * 2));
    else {
      const [start, end] = [view.getUint16(at + 4 + i * 6), view.getUint16(at + 6 + i * 6)];
      for (let g = start; g <= end; g++) glyphs.push(g);
    }
  }
  return glyphs;
}

/** A ClassDef table as a function glyph → class (0 for glyphs it does not list). */
function classDef(view, at) {
  const format = view.getUint16(at);
  const classes = new Map();
  if (format === 1) {
    const start = view.getUint16(at + 2);
    const count = view.getUint16(at + 4);
    for (let i = 0; i < count; i++) classes.set(start + i, view.getUint16(at + 6 + i * 2));
  } else {
    const count = view.getUint16(at + 2);
    for (let i = 0; i < count; i++) {
      const [start, end, value] = [0, 2, 4].map((o) => view.getUint16(at + 4 + i * 6 + o));
      for (let g = start; g <= end; g++) classes.set(g, value);
    }
  }
  return (glyph) => classes.get(glyph) ?? 0;
}

/** Bytes of a ValueRecord of this format, and where its XAdvance sits in it (-1 when it has none). */
function valueLayout(format) {
  let size = 0;
  for (let bit = format; bit; bit >>= 1) size += (bit & 1) * 2;
  const xAdvance = format & 4 ? ((format & 1) + ((format >> 1) & 1)) * 2 : -1;
  return { size, xAdvance };
}

const tag = (view, at) => String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(at + k)));

/**
 * The lookups (their offsets, in lookup order) of a feature of GSUB or GPOS for Latin text with no language set,
 * as HarfBuzz picks them for a canvas or an SVG text: the 'latn' script's default language system, else DFLT's.
 * `extension` is the lookup type that wraps others (GSUB 7, GPOS 9): unwrapped, each subtable comes with its type.
 */
function featureLookups(view, feature, extension) {
  const [scriptList, featureList, lookupList] = [4, 6, 8].map((o) => view.getUint16(o));
  const scripts = new Map();
  for (let i = 0; i < view.getUint16(scriptList); i++) {
    const record = scriptList + 2 + i * 6;
    scripts.set(tag(view, record), scriptList + view.getUint16(record + 4));
  }
  const script = scripts.get('latn') ?? scripts.get('DFLT');
  const langSys = script === undefined || view.getUint16(script) === 0 ? undefined : script + view.getUint16(script);
  const indices = new Set();
  for (let i = 0; langSys !== undefined && i < view.getUint16(langSys + 4); i++) {
    const record = featureList + 2 + view.getUint16(langSys + 6 + i * 2) * 6;
    if (tag(view, record) !== feature) continue;
    const table = featureList + view.getUint16(record + 4);
    for (let k = 0; k < view.getUint16(table + 2); k++) indices.add(view.getUint16(table + 4 + k * 2));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .map((index) => {
      const lookup = lookupList + view.getUint16(lookupList + 2 + index * 2);
      const type = view.getUint16(lookup);
      return Array.from({ length: view.getUint16(lookup + 4) }, (_, k) => {
        const at = lookup + view.getUint16(lookup + 6 + k * 2);
        return type === extension ? { type: view.getUint16(at + 2), at: at + view.getUint32(at + 4) } : { type, at };
      });
    });
}

/**
 * The 'kern' feature of GPOS (what browsers apply; the legacy kern table is used only by engines without GPOS) as
 * a function (first glyph, second glyph) → the first glyph's extra advance, font units. As HarfBuzz applies it:
 * every lookup of the feature in turn, adding up; within a lookup the first subtable that applies wins, and a
 * class-pair subtable applies to every pair whose first glyph it covers, even with a zero value.
 */
function readKerning(gpos) {
  const lookups = featureLookups(gpos, 'kern', 9).map((subtables) =>
    subtables.filter(({ type }) => type === 2).map(({ at }) => pairSubtable(gpos, at)),
  );
  return (first, second) => {
    let total = 0;
    for (const subtables of lookups) {
      for (const subtable of subtables) {
        const value = subtable(first, second);
        if (value !== undefined) {
          total += value;
          break;
        }
      }
    }
    return total;
  };
}

/**
 * The 'liga' feature of GSUB (DejaVu Sans has ff, fi, fl, ffi, ffl; browsers form them unless told not to), as
 * {components: glyphs, glyph} in the order HarfBuzz tries them: by lookup, then as each ligature set lists them.
 */
function readLigatures(gsub) {
  const ligatures = [];
  for (const subtables of featureLookups(gsub, 'liga', 7)) {
    for (const { type, at } of subtables) {
      if (type !== 4) continue;
      const firsts = coverage(gsub, at + gsub.getUint16(at + 2));
      firsts.forEach((first, i) => {
        const set = at + gsub.getUint16(at + 6 + i * 2);
        for (let l = 0; l < gsub.getUint16(set); l++) {
          const ligature = set + gsub.getUint16(set + 2 + l * 2);
          const count = gsub.getUint16(ligature + 2);
          const rest = Array.from({ length: count - 1 }, (_, k) => gsub.getUint16(ligature + 4 + k * 2));
          ligatures.push({ components: [first, ...rest], glyph: gsub.getUint16(ligature) });
        }
      });
    }
  }
  return ligatures;
}

/** One PairPos subtable: (first, second) → XAdvance of the first glyph, or undefined when it does not apply. */
function pairSubtable(view, at) {
  const format = view.getUint16(at);
  const covered = new Set(coverage(view, at + view.getUint16(at + 2)));
  const one = valueLayout(view.getUint16(at + 4));
  const two = valueLayout(view.getUint16(at + 6));
  const advance = (record) => (one.xAdvance < 0 ? 0 : view.getInt16(record + one.xAdvance));
  if (format === 1) {
    const order = coverage(view, at + view.getUint16(at + 2));
    const pairs = new Map();
    order.forEach((first, i) => {
      const set = at + view.getUint16(at + 10 + i * 2);
      const count = view.getUint16(set);
      const values = new Map();
      for (let p = 0; p < count; p++) {
        const record = set + 2 + p * (2 + one.size + two.size);
        values.set(view.getUint16(record), advance(record + 2));
      }
      pairs.set(first, values);
    });
    return (first, second) => pairs.get(first)?.get(second);
  }
  const class1 = classDef(view, at + view.getUint16(at + 8));
  const class2 = classDef(view, at + view.getUint16(at + 10));
  const class1Count = view.getUint16(at + 12);
  const class2Count = view.getUint16(at + 14);
  const size = one.size + two.size;
  return (first, second) => {
    if (!covered.has(first)) return undefined;
    const [c1, c2] = [class1(first), class2(second)];
    if (c1 >= class1Count || c2 >= class2Count) return undefined;
    return advance(at + 16 + (c1 * class2Count + c2) * size);
  };
}

/**
 * One face read from its file: units per em, the vertical metrics a browser lays a line out with (hhea's, as
 * Chromium and Firefox take them when OS/2 does not ask for its typo metrics), and its shaping of Latin text as far
 * as widths go: advances, ligatures, kerning, all in font units.
 */
export function readFace(file) {
  const t = tables(readFileSync(file));
  const unitsPerEm = t.head.getUint16(18);
  const useTypo = (t['OS/2'].getUint16(62) & 0x80) !== 0;
  const ascent = useTypo ? t['OS/2'].getInt16(68) : t.hhea.getInt16(4);
  const descent = -(useTypo ? t['OS/2'].getInt16(70) : t.hhea.getInt16(6));
  const metrics = t.hhea.getUint16(34);
  const cmap = readCmap(t.cmap);
  const advance = (glyph) => t.hmtx.getUint16(Math.min(glyph, metrics - 1) * 4);
  const kern = t.GPOS ? readKerning(t.GPOS) : () => 0;
  const ligatures = t.GSUB ? readLigatures(t.GSUB) : [];
  /** A text's glyphs after ligature substitution, as HarfBuzz forms them: the first ligature that matches wins. */
  const shape = (text) => {
    const glyphs = [...text].map((char) => cmap.get(char.codePointAt(0)));
    const shaped = [];
    for (let i = 0; i < glyphs.length;) {
      const match = ligatures.find(({ components }) => components.every((glyph, k) => glyphs[i + k] === glyph));
      shaped.push(match ? match.glyph : glyphs[i]);
      i += match ? match.components.length : 1;
    }
    return shaped;
  };
  const charOf = new Map([...cmap].map(([code, glyph]) => [glyph, String.fromCodePoint(code)]).reverse());
  return {
    name: readName(t.name, 4),
    version: readName(t.name, 5),
    unitsPerEm,
    ascent,
    descent,
    /** The ligatures, as the texts they replace, in the order they are tried. */
    ligatures: ligatures.map(({ components }) => components.map((glyph) => charOf.get(glyph)).join('')),
    /** Advance of a character or a ligature's text, font units; undefined when the font has no glyph for it. */
    advance: (unit) => {
      const [glyph, ...rest] = shape(unit);
      return glyph === undefined || rest.length > 0 ? undefined : advance(glyph);
    },
    /** Kerning between two characters or ligatures' texts, font units. */
    kerning: (first, second) => {
      const [a, b] = [shape(first), shape(second)];
      return a.length === 1 && b.length === 1 && a[0] !== undefined && b[0] !== undefined ? kern(a[0], b[0]) : 0;
    },
    /** A text's width in font units, shaped as above: what the shipped table must reproduce (tests compare). */
    width: (text) =>
      shape(text).reduce((sum, glyph, i, glyphs) => sum + advance(glyph) + (i > 0 ? kern(glyphs[i - 1], glyph) : 0), 0),
  };
}

/**
 * The kerning among `units` (characters and ligatures' texts) as classes: units that kern alike as the first of a
 * pair share a row, alike as the second a column, so the table holds a few thousand figures, not every pair.
 */
function kerningClasses(face, units) {
  const group = (keyOf) => {
    const groups = new Map();
    for (const unit of units) {
      const key = keyOf(unit);
      if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), unit]);
    }
    return groups;
  };
  const rows = group((first) => {
    const row = units.map((second) => face.kerning(first, second));
    return row.some((v) => v !== 0) ? row.join(',') : undefined;
  });
  const representatives = [...rows.values()].map(([first]) => first);
  const columns = group((second) => {
    const column = representatives.map((first) => face.kerning(first, second));
    return column.some((v) => v !== 0) ? column.join(',') : undefined;
  });
  const seconds = [...columns.values()];
  const values = representatives.map((first) => seconds.map(([second]) => face.kerning(first, second)));
  return { firsts: [...rows.values()], seconds, values };
}

/** Consecutive code points as runs: [first code point, advances…]. */
function runs(face, chars) {
  const out = [];
  for (const c of chars) {
    const advance = face.advance(String.fromCodePoint(c));
    if (advance === undefined) continue;
    const last = out.at(-1);
    if (last && last[0] + last.length - 1 === c) last.push(advance);
    else out.push([c, advance]);
  }
  return out;
}

/** A string literal, with the invisible spaces written as escapes. */
const literal = (text) =>
  JSON.stringify(text).replace(
    /[\u00a0\u2000-\u200f\u202f]/g,
    (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`,
  );

function faceSource(face) {
  const chars = CHARSET.map((c) => String.fromCodePoint(c));
  const ligatures = face.ligatures.filter((text) => [...text].every((c) => chars.includes(c)));
  const kerning = kerningClasses(face, [...chars, ...ligatures]);
  const classOf = (classes, unit) => classes.findIndex((members) => members.includes(unit));
  const singles = (classes) => classes.map((members) => literal(members.filter((m) => chars.includes(m)).join('')));
  const lines = (items, indent) => items.map((item) => `${indent}${item},`).join('\n');
  const hex = (n) => `0x${n.toString(16).padStart(4, '0')}`;
  return `{
  unitsPerEm: ${face.unitsPerEm},
  ascent: ${face.ascent},
  descent: ${face.descent},
  advances: [
${lines(
  runs(face, CHARSET).map(([from, ...widths]) => `[${hex(from)}, ${widths.join(', ')}]`),
  '    ',
)}
  ],
  ligatures: [
${lines(
  ligatures.map(
    (text) =>
      `[${literal(text)}, ${face.advance(text)}, ${classOf(kerning.firsts, text)}, ${classOf(kerning.seconds, text)}]`,
  ),
  '    ',
)}
  ],
  kerning: {
    firsts: [
${lines(singles(kerning.firsts), '      ')}
    ],
    seconds: [
${lines(singles(kerning.seconds), '      ')}
    ],
    values: [
${lines(
  kerning.values.map((row) => `[${row.join(', ')}]`),
  '      ',
)}
    ],
  },
}`;
}

/** The whole generated module, as committed. */
export function source(regular = readFace(FONT_FILES.regular), bold = readFace(FONT_FILES.bold)) {
  return `// Generated by scripts/font-metrics.mjs from ${regular.name} and ${bold.name} (${regular.version}), the
// fonts Debian's fonts-dejavu-core installs. Do not edit: run \`node scripts/font-metrics.mjs\` to write it again.
// Font units. An advance run is [first code point, its advance, the next code point's, …]. A ligature is [the text
// it replaces, its advance, its kerning row, its kerning column] (-1: none). kerning.values[i][j] is added between
// a character of kerning.firsts[i] (or a ligature of row i) and a following one of kerning.seconds[j] (column j).
import type { Face } from './font-metrics.js';

export const REGULAR: Face = ${faceSource(regular)};

export const BOLD: Face = ${faceSource(bold)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = source();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT, 'utf8') !== text) {
      console.error(`${OUTPUT} differs from what the fonts give: run node scripts/font-metrics.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
