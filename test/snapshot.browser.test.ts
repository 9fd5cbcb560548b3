import { afterEach, describe, expect, it } from 'vitest';
import { server } from 'vitest/browser';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { roundNumbers } from './asserts.js';
import { AVERAGE, FALKENBERG, NOMINEES } from './fixtures.js';
import { settle } from './mount.js';

/**
 * Rendering snapshots: the radar's SVG for fixed inputs, numbers rounded to one decimal, one tag a line, in
 * test/output/NAME.svg. A mismatch writes NAME-changed.svg beside it so a person can open both. Labels are
 * measured in DejaVu Sans (installed with Chromium by `npm test`), so the files match on every test machine.
 */
async function snapshot(name: string, chart: EprofileRadar): Promise<void> {
  const svg = chart.shadowRoot!.querySelector('svg.radar')!;
  const text = roundNumbers(new XMLSerializer().serializeToString(svg).replace(/<!--[^]*?-->/g, ''), 1)
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<')
    .replace(/\s+(?=>)/g, '');
  const path = `test/output/${name}.svg`;
  let expected: string | null = null;
  try {
    expected = await server.commands.readFile(path);
  } catch {
    await server.commands.writeFile(path, `${text}\n`);
    return;
  }
  if (expected.trimEnd() !== text) {
    await server.commands.writeFile(`test/output/${name}-changed.svg`, `${text}\n`);
  }
  expect(text, `${path} changed: compare it with ${name}-changed.svg`).toBe(expected.trimEnd());
}

async function render(width: number, setup: (chart: EprofileRadar) => void): Promise<EprofileRadar> {
  const container = document.createElement('div');
  container.style.cssText = `width:${width}px;font-family:'DejaVu Sans';font-size:16px`;
  document.body.append(container);
  const chart = document.createElement('eprofile-radar');
  setup(chart);
  container.append(chart);
  await settle(chart);
  return chart;
}

afterEach(() => document.body.replaceChildren());

describe('SVG snapshots', () => {
  it('falkenberg-sv-480: one series against the average, Swedish', async () => {
    const chart = await render(480, (c) =>
      Object.entries({ ...FALKENBERG, lang: 'sv' }).forEach(([k, v]) => c.setAttribute(k, v)),
    );
    await snapshot('falkenberg-sv-480', chart);
  });

  it('falkenberg-sv-320: short area names on a phone', async () => {
    const chart = await render(320, (c) =>
      Object.entries({ ...FALKENBERG, lang: 'sv' }).forEach(([k, v]) => c.setAttribute(k, v)),
    );
    await snapshot('falkenberg-sv-320', chart);
  });

  it('nominees-en-800: four series and the average, English', async () => {
    const chart = await render(800, (c) => {
      c.lang = 'en';
      c.heading = 'E-profiles 2009: the four nominees';
      c.series = NOMINEES;
      c.baseline = AVERAGE;
    });
    await snapshot('nominees-en-800', chart);
  });

  it('missing-sv-480: a missing value leaves a gap, not a point at the centre', async () => {
    const chart = await render(480, (c) => {
      c.lang = 'sv';
      c.label = 'Ort';
      c.scores = '3 - 2,5 3 3,5';
      c.baseline = '2 2 2 2 2';
    });
    await snapshot('missing-sv-480', chart);
  });

  it('custom-8-axes-640: other axes and scale', async () => {
    const chart = await render(640, (c) => {
      c.lang = 'sv';
      c.areas = Array.from({ length: 8 }, (_, i) => ({
        key: `k${i}`,
        label: `Område nummer ${i + 1} med ett långt namn`,
      }));
      c.min = 1;
      c.max = 5;
      c.scores = [1, 2, 3, 4, 5, 4, 3, 2];
    });
    await snapshot('custom-8-axes-640', chart);
  });
});
