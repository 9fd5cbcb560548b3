import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedUrl, openSite, root, type Site } from './site.js';

let site: Site;
beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => site?.close());

/** A parent page with one marked iframe of `width` px and the resizer script, as a news article would have. */
async function parentPage(width: number, src: string) {
  const page = await site.browser.newPage({ viewport: { width: width + 40, height: 900 } });
  await page.setContent(
    `<!doctype html><html><body style="margin:20px"><p>Article text.</p>
     <iframe id="f" src="${src}" data-eprofile-embed title="E-profil" style="width:${width}px;border:0" height="150"></iframe>
     <p>More text.</p></body></html>`,
  );
  await page.addScriptTag({ url: new URL('embed-resize.js', site.base).href });
  return page;
}

/** Waits until the iframe's height has stopped changing and returns it with the height of its content. */
async function settledHeights(page: Awaited<ReturnType<typeof parentPage>>) {
  const frame = page.frameLocator('#f');
  await frame.locator('eprofile-radar >> svg[part="radar"]').waitFor();
  let previous = -1;
  for (let i = 0; i < 400; i++) {
    const height = await page.locator('#f').evaluate((el) => el.getBoundingClientRect().height);
    if (height === previous && height > 150) break;
    previous = height;
    // Two frames: a height message posted after a layout has arrived and been applied by then.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const iframe = await page.locator('#f').evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame
    .locator('html')
    .evaluate((el) => Math.max(el.getBoundingClientRect().height, document.body.scrollHeight));
  const scrolls = await frame.locator('html').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  return { iframe, content, scrolls };
}

describe('embed.html in an iframe', () => {
  for (const width of [320, 800]) {
    it(`follows its content's height at ${width} px`, async () => {
      const page = await parentPage(width, embedUrl(site.base));
      const { iframe, content, scrolls } = await settledHeights(page);
      expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
      expect(scrolls).toBe(false);
      // Opening the table view makes the content taller; the iframe follows.
      await page.frameLocator('#f').getByRole('button', { name: 'Tabell', exact: true }).click();
      const opened = await settledHeights(page);
      expect(opened.iframe).toBeGreaterThan(iframe + 100);
      expect(Math.abs(opened.iframe - opened.content)).toBeLessThanOrEqual(2);
      await page.close();
    });
  }

  it("takes the scheme of the page around it: light on a light page in dark mode, and follows the page's switch", async () => {
    const page = await parentPage(480, embedUrl(site.base));
    await page.emulateMedia({ colorScheme: 'dark' });
    const frame = page.frameLocator('#f');
    const told = () => frame.locator('html').evaluate((el) => el.style.colorScheme);
    const background = () => frame.locator('eprofile-radar').evaluate((el) => getComputedStyle(el).backgroundColor);
    // The resizer tells the iframe with each height it is sent: ask for one.
    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'embed-size-request' }, '*'),
    );
    await expect.poll(told).toBe('light');
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    // The page's theme control declares both schemes: in the reader's dark mode the chart goes dark, unasked.
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'light dark'));
    await expect.poll(told).toBe('dark');
    await expect.poll(background).toBe('rgb(22, 22, 22)');
    // The reader switches to light: the chart follows.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(told).toBe('light');
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    // A meta tag says the same as the property.
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = '';
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = 'dark';
      document.head.append(meta);
    });
    await expect.poll(told).toBe('dark');
    await page.close();
  });

  it('keeps its documented look on a parent whose CSP drops inline styles', async () => {
    const origin = new URL(site.base).origin;
    const page = await site.browser.newPage({ viewport: { width: 400, height: 900 } });
    let blocked = 0;
    page.on('console', (message) => void (message.text().includes('Content Security Policy') && blocked++));
    // The iframe markup as the builder writes it.
    await page.setContent(
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src ${origin}">` +
        `</head><body><div id="column" style="width:360px">` +
        `<iframe id="f" src="${embedUrl(site.base)}" data-eprofile-embed title="E-profil" style="width: 100%; border: 0" width="100%" height="700"></iframe>` +
        `</div></body></html>`,
    );
    await page.addScriptTag({ url: new URL('embed-resize.js', site.base).href });
    const { iframe, content } = await settledHeights(page);
    const look = await page.locator('#f').evaluate((el) => ({
      width: el.getBoundingClientRect().width,
      border: getComputedStyle(el).borderTopWidth,
      column: el.parentElement!.getBoundingClientRect().width,
    }));
    expect(blocked).toBeGreaterThan(0);
    expect(look.width).toBe(look.column);
    expect(look.border).toBe('0px');
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('speaks pym.js to a parent that gave it a childId, and AMP to every parent', async () => {
    const page = await site.browser.newPage({ viewport: { width: 600, height: 800 } });
    const src = embedUrl(site.base, { childId: 'chart-1', lang: 'en' });
    await page.evaluate((url) => {
      (window as unknown as { seen: unknown[] }).seen = [];
      addEventListener('message', (event) => (window as unknown as { seen: unknown[] }).seen.push(event.data));
      const iframe = document.createElement('iframe');
      iframe.src = url;
      document.body.append(iframe);
    }, src);
    await page.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length >= 2);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) });
    expect(seen.find((m) => typeof m === 'string')).toMatch(/^pymxPYMxchart-1xPYMxheightxPYMx\d+$/);
    await page.close();
  });
});

describe('a table that becomes a chart', () => {
  const markup = `<!doctype html><html lang="sv"><body>
    <eprofile-radar heading="E-profil Falkenberg 2009">
      <table>
        <caption>E-profil Falkenberg 2009</caption>
        <thead><tr><th>Område</th><th>Falkenberg</th><th data-baseline>Medel samtliga kommuner</th></tr></thead>
        <tbody>
          <tr><th>E-förvaltning totalt</th><td>3,0</td><td>2,1</td></tr>
          <tr><th>IT-plattform, hård och mjuk infrastruktur</th><td>3,2</td><td>2,1</td></tr>
          <tr><th>Förändringsledning och kommunikation</th><td>3,0</td><td>2,0</td></tr>
          <tr><th>Samverkan och IT-ekonomi</th><td>3,0</td><td>2,0</td></tr>
          <tr><th>Styrning och ledning</th><td>3,1</td><td>2,0</td></tr>
        </tbody>
      </table>
    </eprofile-radar></body></html>`;

  it('shows readers without JavaScript the table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(markup);
    const table = page.getByRole('table', { name: 'E-profil Falkenberg 2009' });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('cell', { name: '3,2' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('draws the chart from it with JavaScript, the table kept as the table view', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('embed.html', site.base).href); // loads the element; no data in the URL
    await page.evaluate((html) => {
      const template = document.createElement('template');
      template.setHTMLUnsafe(html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
      document.querySelector('#chart')!.replaceChildren(template.content);
    }, markup);
    const chart = page.locator('eprofile-radar[heading]');
    await chart.locator('svg[part="radar"]').waitFor();
    // The light-DOM table is not slotted: invisible once the chart draws.
    await expect(chart.locator(':scope > table').isVisible()).resolves.toBe(false);
    // One marker at each point of the series' line: its path has five.
    const line = await chart.locator('.radar .series .line').getAttribute('d');
    expect(line?.match(/[ML]/g)).toHaveLength(5);
    expect(await chart.locator('marker#m-s1').count()).toBe(1);
    await chart.getByRole('button', { name: 'Tabell', exact: true }).click();
    await expect(
      chart.locator('[part="table"]').getByRole('cell', { name: '+0,9', exact: true }).isVisible(),
    ).resolves.toBe(true);
    // An edit to the table redraws the chart.
    await chart
      .locator(':scope > table td')
      .first()
      .evaluate((cell) => (cell.textContent = '1,5'));
    await expect.poll(() => chart.locator('[part="table"] tbody tr').first().textContent()).toMatch(/1,5\s*2,1\s*−0,6/);
    await page.close();
  });
});

describe('the embed builder', () => {
  it('shows the chart and code for each way, and follows the form', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('builder.html', site.base).href);
    const preview = page.locator('#preview');
    await preview.locator('svg[part="radar"]').waitFor();
    const codes = page.locator('.way code');
    await expect(codes.count()).resolves.toBe(4);
    for (const code of await codes.all()) expect((await code.textContent())!.length).toBeGreaterThan(100);
    await page.locator('#preset').selectOption({ label: 'Stockholm' });
    await expect(preview.getAttribute('label')).resolves.toBe('Stockholm');
    await expect(codes.first().textContent()).resolves.toContain('scores="4,0 4,0 3,8 4,0 4,0"');
    await page.locator('select[name="lang"]').selectOption('en');
    await expect(preview.getAttribute('scores')).resolves.toBe('4.0 4.0 3.8 4.0 4.0');
    await expect(codes.nth(3).textContent()).resolves.toContain('E-government overall');
    // An editor's own heading survives a language change; only the scores' decimal mark follows the language.
    await page.locator('input[name="heading"]').fill('Min rubrik');
    await page.locator('select[name="lang"]').selectOption('sv');
    await expect(page.locator('input[name="heading"]').inputValue()).resolves.toBe('Min rubrik');
    await expect(preview.getAttribute('scores')).resolves.toBe('4,0 4,0 3,8 4,0 4,0');
    // A value the chart cannot take is marked on its field and named in the message, and nothing can be copied.
    // Said when the field is left, not at every key: its message and the preview's are alerts, which interrupted
    // a screen reader's echo of each key typed.
    const platform = page.locator('input[name="score-platform"]');
    await platform.fill('4,5');
    await expect(page.locator('#score-problems').textContent()).resolves.toBe('');
    await expect(preview.evaluate((chart) => !!chart.shadowRoot!.querySelector('[role="alert"]'))).resolves.toBe(false);
    await platform.press('Tab');
    await expect(platform.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#score-problems').textContent()).resolves.toContain(
      'IT-plattform, hård och mjuk infrastruktur: ”4,5”',
    );
    for (const button of await page.getByRole('button', { name: 'Kopiera koden' }).all())
      await expect(button.isDisabled()).resolves.toBe(true);
    await expect(codes.first().textContent()).resolves.toMatch(/^Koden visas här när alla poäng går att rita/);
    // The preview's message quotes what was typed.
    await platform.fill('abc');
    await platform.dispatchEvent('change');
    await expect(preview.evaluate((chart) => chart.shadowRoot!.textContent)).resolves.toContain('”abc”');
    await expect(preview.evaluate((chart) => chart.shadowRoot!.textContent)).resolves.not.toContain('NaN');
    await platform.fill('3,5');
    await expect(platform.getAttribute('aria-invalid')).resolves.toBe('false');
    await expect(page.getByRole('button', { name: 'Kopiera koden' }).first().isDisabled()).resolves.toBe(false);
    await expect(codes.first().textContent()).resolves.toContain('3,5');
    // A spreadsheet row pasted into the first field fills all five.
    // What the builder says under the score fields after a paste.
    const note = () => page.locator('#scores .paste-note').textContent();
    const pasteFirst = (row: string) =>
      page.evaluate((row) => {
        const first = document.querySelector<HTMLInputElement>('input[name="score-egov"]')!;
        const paste = new ClipboardEvent('paste', {
          clipboardData: new DataTransfer(),
          bubbles: true,
          cancelable: true,
        });
        paste.clipboardData!.setData('text/plain', row);
        first.dispatchEvent(paste);
      }, row);
    // An empty cell, in the middle or last, is a missing value in its own field: dropped, every later value went
    // into the wrong area, and the last field kept the old municipality's value, without a word.
    await pasteFirst('2,8\t\t2,6\t3,0\t\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('2,8 - 2,6 3,0 -');
    await expect(note()).resolves.toContain('2 tomma celler blev ett streck, ”-”');
    // A column copied from a spreadsheet, a blank line for an empty cell: each cell in its own field.
    await pasteFirst('3,0\r\n3,2\r\n\r\n3,0\r\n3,1\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 - 3,0 3,1');
    // Two rows: the first is used, and the note says so (the second ran into the last field as "22").
    await pasteFirst('3\t2\t1\t4\t2\r\n2\t2\t2\t2\t2\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 2,0 1,0 4,0 2,0');
    await expect(note()).resolves.toContain('Bara den första av 2 rader användes.');
    // The chart's own table, areas down and series across: its first column, and the note says so (the average
    // went into the second field); two CSV lines: the first.
    await pasteFirst('3,0\t2,1\r\n3,2\t2,1\r\n3,0\t2,0\r\n3,0\t2,0\r\n3,1\t2,0\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 3,0 3,0 3,1');
    await expect(note()).resolves.toContain('Bara den första kolumnen användes.');
    await pasteFirst('3.0,3.2,,3.0,3.1\r\n2.1,2.1,2.0,2.0,2.0');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 - 3,0 3,1');
    // Several municipalities' rows: the first row, not the first of each (area 1 of five municipalities).
    const block = ['3,0 3,2 3,0 3,0 3,1', '2,9 3,4 2,6 3,0 2,8', '2,1 2,1 2,0 2,0 2,0', '3,3 3,1 3,2 3,0 3,4'];
    await pasteFirst(block.map((row) => row.replaceAll(' ', '\t')).join('\r\n'));
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 3,0 3,0 3,1');
    // The chart's table copied with its area names: the names passed over.
    const named = ['E-förvaltning\t3,1\t2,1', 'IT-plattform\t3,2\t2,1', 'Förändring\t3,0\t2,0', 'Samverkan\t3,0\t2,0'];
    await pasteFirst(`${named.join('\r\n')}\r\nStyrning\t3,1\t2,0\r\n`);
    await expect(preview.getAttribute('scores')).resolves.toBe('3,1 3,2 3,0 3,0 3,1');
    // A column copied with its header cell, or the table's header row: passed over (taken as a value, it was a
    // missing first value, and every value moved an area down).
    await pasteFirst('Falkenberg\r\n3,0\r\n3,2\r\n3,0\r\n2,0\r\n3,1\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 3,0 2,0 3,1');
    await expect(note()).resolves.toMatch(/^Namnet ”Falkenberg” blev seriens namn\. .*Rubrikraden hoppades över\.$/);
    // The column's header named the municipality: the chart is now named for it (Stockholm's name was kept).
    await expect(preview.getAttribute('label')).resolves.toBe('Falkenberg');
    await pasteFirst(`Område\tFalkenberg\tMedel\r\n${named.join('\r\n')}\r\nStyrning\t3,3\t2,0\r\n`);
    await expect(preview.getAttribute('scores')).resolves.toBe('3,1 3,2 3,0 3,0 3,3');
    // A header with a year is passed over whole; the first area with an empty value is not a header.
    await pasteFirst('Falkenberg 2024\r\n3,0\r\n3,2\r\n3,0\r\n2,0\r\n3,1\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 3,0 2,0 3,1');
    await pasteFirst(`E-förvaltning\t\r\n${named.slice(1).join('\r\n')}\r\nStyrning\t3,3\t2,0\r\n`);
    await expect(preview.getAttribute('scores')).resolves.toBe('- 3,2 3,0 3,0 3,3');
    // The chart's own table view copied whole, its first value missing: "uppgift saknas" becomes "-".
    await pasteFirst(
      'Område\tFalkenberg\tMedel samtliga kommuner\r\nE-förvaltning totalt\tuppgift saknas\t2,1\r\n' +
        named.slice(1).join('\r\n') +
        '\r\nStyrning och ledning\t3,3\t2,0',
    );
    await expect(preview.getAttribute('scores')).resolves.toBe('- 3,2 3,0 3,0 3,3');
    // A shorter row: the fields after it keep their values, and the note says so.
    await pasteFirst('3,1\t2,9\t3,0');
    await expect(note()).resolves.toContain('de 2 sista fälten har kvar sina tidigare värden');
    await pasteFirst('3,1\t2,9\t3,0\t2,5\t3,3\r\n');
    await expect(preview.getAttribute('scores')).resolves.toBe('3,1 2,9 3,0 2,5 3,3');
    await expect(note()).resolves.toBe('');
    // One value too many: the fields take five and the note names the one left out, until the next edit.
    await page.evaluate(() => {
      const second = document.querySelector<HTMLInputElement>('input[name="score-platform"]')!;
      const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      paste.clipboardData!.setData('text/plain', '2,9 3,0 2,5 3,3 15,2');
      second.dispatchEvent(paste);
    });
    await expect(note()).resolves.toContain('15,2 användes inte');
    await page.locator('input[name="score-platform"]').fill('2,9');
    await expect(note()).resolves.toBe('');
    // Values keep the precision they were typed with: the chart shows one decimal, its data keeps them all.
    await page.locator('input[name="score-egov"]').fill('3,25');
    await expect(codes.first().textContent()).resolves.toContain('scores="3,25 2,9 3,0 2,5 3,3"');
    await page.locator('input[name="score-egov"]').fill('3,1');
    // A forgotten value is not taken for a missing one ("uppgift saknas" in the code): it is named, as a bad one is.
    await page.locator('input[name="score-change"]').fill('');
    await page.locator('input[name="score-change"]').dispatchEvent('change');
    await expect(page.locator('#score-problems').textContent()).resolves.toContain(
      'Förändringsledning och kommunikation: ””',
    );
    await expect(page.getByRole('button', { name: 'Kopiera koden' }).first().isDisabled()).resolves.toBe(true);
    await page.locator('input[name="score-change"]').fill('-');
    await expect(codes.first().textContent()).resolves.toContain('scores="3,1 2,9 - 2,5 3,3"');
    // The comparison is the 2009 average until the editor gives a year's own values and name.
    await expect(codes.first().textContent()).resolves.toContain('baseline="2,1 2,1 2,0 2,0 2,0"');
    await page.locator('input[name="baseline-egov"]').fill('2,6');
    await page.locator('input[name="baseline-label"]').fill('Medel 2024');
    await expect(codes.first().textContent()).resolves.toContain('baseline="2,6 2,1 2,0 2,0 2,0"');
    await expect(codes.first().textContent()).resolves.toContain('baseline-label="Medel 2024"');
    await expect(preview.getAttribute('baseline')).resolves.toBe('2,6 2,1 2,0 2,0 2,0');
    await page.locator('input[name="baseline-egov"]').fill('9');
    await page.locator('input[name="baseline-egov"]').dispatchEvent('change');
    await expect(page.locator('#baseline-problems').textContent()).resolves.toContain('E-förvaltning totalt: ”9”');
    await expect(page.locator('#score-problems').textContent()).resolves.toBe('');
    await page.locator('input[name="baseline-egov"]').fill('2,6');
    // The iframe's note names the folder its two addresses start with.
    const iframe = (await codes.nth(2).textContent())!;
    const folder = new URL('./', page.url()).href;
    expect(iframe).toContain(`<!-- Byt ${folder} i src`);
    expect(iframe).toContain(`src="${folder}embed.html`);
    expect(iframe).toContain(`src="${folder}embed-resize.js"`);
    // The single file is offered for download from beside the builder.
    const file = page.getByRole('link', { name: 'Ladda ner eprofile-radar.js' });
    await expect(file.getAttribute('download')).resolves.toBe('eprofile-radar.js');
    const response = await page.request.get(new URL((await file.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('eprofile-radar');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes a pasted table's name, heading and comparison with its values, so no values go out under another's name", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(new URL('builder.html', site.base).href);
    const preview = page.locator('#preview');
    await preview.locator('svg[part="radar"]').waitFor();
    const value = (name: string) => page.locator(`[name="${name}"]`).inputValue();
    const paste = (text: string) =>
      page.evaluate((text) => {
        const paste = new ClipboardEvent('paste', {
          clipboardData: new DataTransfer(),
          bubbles: true,
          cancelable: true,
        });
        paste.clipboardData!.setData('text/plain', text);
        document.querySelector('input[name="score-egov"]')!.dispatchEvent(paste);
      }, text);
    // Across: a header of areas, the municipality's row and the average's (a spreadsheet's copy).
    await paste(
      'Kommun\tE-förvaltning\tIT-plattform\tFörändring\tSamverkan\tStyrning\r\n' +
        'Ale\t3,2\t2,8\t3,5\t2,1\t3,9\r\nMedel samtliga kommuner\t1,9\t2,3\t1,8\t2,2\t1,7\r\n',
    );
    await expect(preview.getAttribute('scores')).resolves.toBe('3,2 2,8 3,5 2,1 3,9');
    await expect(value('label')).resolves.toBe('Ale');
    await expect(value('heading')).resolves.toBe('E-profil Ale 2009');
    await expect(preview.getAttribute('baseline')).resolves.toBe('1,9 2,3 1,8 2,2 1,7');
    await expect(value('baseline-label')).resolves.toBe('Medel samtliga kommuner');
    const note = (await page.locator('#scores .paste-note').textContent())!;
    expect(note).toContain('Namnet ”Ale” blev seriens namn och står i rubriken.');
    // What is still the preset's, which Ale's values may not share.
    expect(note).toContain('Kvar sedan tidigare: årtalet i rubriken (2009), källan');
    expect(note).not.toContain('Bara den första');
    await expect(page.locator('#baseline-scores .paste-note').textContent()).resolves.toContain(
      'Jämförelsen ”Medel samtliga kommuner” fylldes i från samma tabell.',
    );
    // Down: the areas in rows, the municipality and a comparison named as one in columns.
    await paste(
      'Område\tHärryda\tRiket\r\nE-förvaltning\t2,2\t1,8\r\nIT-plattform\t2,4\t2,0\r\n' +
        'Förändring\t2,6\t1,9\r\nSamverkan\t2,8\t2,1\r\nStyrning\t3,0\t2,2\r\n',
    );
    await expect(preview.getAttribute('scores')).resolves.toBe('2,2 2,4 2,6 2,8 3,0');
    await expect(value('label')).resolves.toBe('Härryda');
    await expect(value('heading')).resolves.toBe('E-profil Härryda 2009');
    await expect(preview.getAttribute('baseline')).resolves.toBe('1,8 2,0 1,9 2,1 2,2');
    await expect(value('baseline-label')).resolves.toBe('Riket');
    // Two municipalities and no comparison: the first one's, and its name; the second is not taken for a comparison.
    await paste('Ale\t3,2\t2,8\t3,5\t2,1\t3,9\r\nLerum\t2,0\t2,0\t2,0\t2,0\t2,0\r\n');
    await expect(value('label')).resolves.toBe('Ale');
    await expect(preview.getAttribute('baseline')).resolves.toBe('1,8 2,0 1,9 2,1 2,2');
    await expect(page.locator('#scores .paste-note').textContent()).resolves.toContain(
      'Bara raden ”Ale” av 2 användes.',
    );
    // The name typed by hand first, then pasted: the heading still named the preset's municipality.
    await page.locator('#preset').selectOption({ label: 'Täby' });
    await page.locator('[name="label"]').fill('Ale');
    await paste('Ale\t3,2\t2,8\t3,5\t2,1\t3,9\t\r\n');
    await expect(value('heading')).resolves.toBe('E-profil Ale 2009');
    // A spreadsheet's row with an empty column after it: nothing to say about the empty cell past the fields.
    const after = (await page.locator('#scores .paste-note').textContent())!;
    expect(after).not.toContain('användes inte');
    expect(after).toContain('jämförelsen (Riket)');
    // The chart's own table of four municipalities and the average: Falkenberg's column, the average's as the
    // comparison (read as a row, the first area's five values went into five areas' fields).
    await paste(
      'Område\tFalkenberg\tJärfälla\tStockholm\tTäby\tMedel samtliga kommuner\r\n' +
        'E-förvaltning totalt\t3,0\t3,5\t4,0\t3,8\t2,1\r\nIT-plattform, hård och mjuk infrastruktur\t3,2\t3,8\t4,0\t3,8\t2,1\r\n' +
        'Förändringsledning och kommunikation\t3,0\t3,1\t3,8\t3,8\t2,0\r\nSamverkan och IT-ekonomi\t3,0\t3,2\t4,0\t3,8\t2,0\r\n' +
        'Styrning och ledning\t3,1\t3,5\t4,0\t3,9\t2,0',
    );
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 3,0 3,0 3,1');
    await expect(value('label')).resolves.toBe('Falkenberg');
    await expect(preview.getAttribute('baseline')).resolves.toBe('2,1 2,1 2,0 2,0 2,0');
    // Pasted into the fourth field: the comparison's values start at the fourth area too.
    await page.evaluate(() => {
      const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      paste.clipboardData!.setData('text/plain', 'Ale\t3,3\t2,7\r\nMedel samtliga kommuner\t1,9\t2,3');
      document.querySelector('input[name="score-cooperation"]')!.dispatchEvent(paste);
    });
    await expect(preview.getAttribute('scores')).resolves.toBe('3,0 3,2 3,0 3,3 2,7');
    await expect(preview.getAttribute('baseline')).resolves.toBe('2,1 2,1 2,0 1,9 2,3');
    await page.close();
  });
});

describe('the demo pages', () => {
  it('do not move as their charts draw: their first paint waits for the script that makes them', async () => {
    for (const [path, width] of [
      ['', 320],
      ['', 1200],
      ['builder.html', 320],
      ['themes.html', 1200],
    ] as const) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            (window as unknown as { shifts: number }).shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL(path, site.base).href);
      await page.locator('eprofile-radar svg[part="radar"]').first().waitFor();
      await page.waitForTimeout(500);
      // 0.36 at 320 px and 0.27 at 1200 px when the front page was painted before its charts.
      expect([path, width, await page.evaluate(() => (window as unknown as { shifts: number }).shifts)]).toEqual([
        path,
        width,
        0,
      ]);
      await page.close();
    }
  });

  it('pass axe in light and dark: every page a reader or an editor opens', async () => {
    for (const [path, scheme] of [
      ['', 'light'],
      ['', 'dark'],
      ['themes.html', 'light'],
      ['builder.html', 'light'],
      ['builder.html', 'dark'],
      // The iframe's page: the chart alone, its title the page's heading (it had no level-one heading).
      ['embed.html?heading=E-profil+Falkenberg+2009&label=Falkenberg&scores=3,0+3,2+3,0+3,0+3,1', 'light'],
    ] as const) {
      const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: scheme });
      await page.goto(new URL(path, site.base).href);
      await page.locator('eprofile-radar svg[part="radar"]').first().waitFor();
      await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        type Axe = { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
        const result = await (window as unknown as { axe: Axe }).axe.run();
        return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      // The builder's code blocks were <pre> elements named with aria-label, which a <pre> may not carry.
      expect([path, scheme, violations]).toEqual([path, scheme, []]);
      await page.close();
    }
  });
});
