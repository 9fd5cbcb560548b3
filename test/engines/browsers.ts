/**
 * The three engines a reader may meet, each from Debian's packages and driven with real input: Chromium over the
 * DevTools protocol and Firefox ESR over WebDriver BiDi (both through puppeteer-core, which downloads nothing), and
 * WebKitGTK, Safari's engine, over classic WebDriver (WebKitWebDriver and MiniBrowser in a virtual X display,
 * spoken to with plain HTTP). The tests see one small interface, so every check runs the same way in all three.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { BROWSERS, type EngineName } from '../../scripts/browsers.mjs';

export type { EngineName };

/** A key a reader presses, by its name in the UI Events `key` values. */
export type Key = 'Tab' | 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'Escape' | 'Enter';

/** One browser window, at a viewport size, driven as a reader would drive it. */
export interface Tab {
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page and returns its (JSON) result, awaiting a promise. The function is sent as source, so it
   * may use only its arguments and the page's globals.
   */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Presses and releases each key in turn, as the keyboard would send them to the focused element. */
  press(...keys: Key[]): Promise<void>;
  /** Moves the pointer to a point of the viewport (CSS px). */
  move(x: number, y: number): Promise<void>;
  /** Clicks the primary button at a point of the viewport (CSS px). */
  click(x: number, y: number): Promise<void>;
  /** The viewport as pixels (device pixel ratio 1). */
  screenshot(): Promise<PNG>;
  /** Sets the viewport's width and height (CSS px). */
  resize(width: number, height: number): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The browser's own name for its version. */
  version: string;
  /** The engine's one window, at that viewport size, on a blank page. */
  open(width: number, height: number): Promise<Tab>;
  close(): Promise<void>;
}

/** Engines to run: all three, or those named in ENGINES (e.g. `ENGINES=webkit npm test`). */
export function selectedEngines(): EngineName[] {
  const wanted = (process.env.ENGINES ?? '').split(',').filter(Boolean);
  const all = Object.keys(BROWSERS) as EngineName[];
  return wanted.length ? all.filter((name) => wanted.includes(name)) : all;
}

export async function launch(name: EngineName): Promise<Engine> {
  if (!existsSync(BROWSERS[name].binary))
    throw new Error(`${name} is not installed (${BROWSERS[name].binary}): run npm test once as root, or see README`);
  return name === 'webkit' ? launchWebKit() : launchPuppeteer(name);
}

/** Source that calls a serialized function with JSON arguments. */
const call = (fn: (...args: never[]) => unknown, args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

async function launchPuppeteer(name: 'chromium' | 'firefox'): Promise<Engine> {
  const browser: Browser =
    name === 'chromium'
      ? await puppeteer.launch({ browser: 'chrome', executablePath: chromiumPath, args: chromiumArgs, headless: true })
      : await puppeteer.launch({ browser: 'firefox', executablePath: BROWSERS.firefox.binary, headless: true });
  const version = await browser.version();
  let page: Page | undefined;
  return {
    name,
    version,
    async open(width, height) {
      await page?.close();
      const opened = (page = await browser.newPage());
      await opened.setViewport({ width, height, deviceScaleFactor: 1 });
      return {
        goto: async (url) => void (await opened.goto(url, { waitUntil: 'load' })),
        run: (fn, ...args) => opened.evaluate(call(fn, args)) as never,
        press: async (...keys) => {
          for (const key of keys) await opened.keyboard.press(key as KeyInput);
        },
        move: (x, y) => opened.mouse.move(x, y),
        click: (x, y) => opened.mouse.click(x, y),
        screenshot: async () => PNG.sync.read(Buffer.from(await opened.screenshot({ type: 'png' }))),
        resize: (w, h) => opened.setViewport({ width: w, height: h, deviceScaleFactor: 1 }),
      };
    },
    close: () => browser.close(),
  };
}

/** WebDriver's codes for the keys the tests press (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS: Record<Key, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

async function launchWebKit(): Promise<Engine> {
  const processes: ChildProcess[] = [];
  const stop = () => processes.forEach((child) => child.kill());
  try {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x2400x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    processes.push(xvfb);
    const display = await new Promise<string>((resolve, reject) => {
      xvfb.stdout!.once('data', (chunk) => resolve(String(chunk).trim()));
      xvfb.once('exit', () => reject(new Error('Xvfb exited before it chose a display')));
    });
    const port = await freePort();
    const driver = spawn(BROWSERS.webkit.driver!, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: 'ignore',
    });
    processes.push(driver);
    const wd = webDriver(`http://127.0.0.1:${port}`);
    await until(() =>
      wd('GET', '/status').then(
        () => true,
        () => false,
      ),
    );
    const session = (await wd('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: BROWSERS.webkit.binary, args: ['--automation'] },
        },
      },
    })) as { sessionId: string; capabilities: { browserVersion?: string } };
    const s = (path: string) => `/session/${session.sessionId}${path}`;
    const actions = (kind: 'key' | 'pointer', list: object[]) =>
      wd('POST', s('/actions'), {
        actions: [
          {
            type: kind,
            id: kind,
            ...(kind === 'pointer' ? { parameters: { pointerType: 'mouse' } } : {}),
            actions: list,
          },
        ],
      });
    const point = (x: number, y: number) => ({
      type: 'pointerMove',
      origin: 'viewport',
      x: Math.round(x),
      y: Math.round(y),
    });
    // MiniBrowser's window has a toolbar above the page: the window is this much taller than the viewport.
    let chrome = 0;
    const tab: Tab = {
      goto: async (url) => void (await wd('POST', s('/url'), { url })),
      run: (fn, ...args) =>
        wd('POST', s('/execute/sync'), { script: `return (${fn.toString()})(...arguments)`, args }) as never,
      press: async (...keys) =>
        void (await actions(
          'key',
          keys.flatMap((key) => [
            { type: 'keyDown', value: WEBDRIVER_KEYS[key] },
            { type: 'keyUp', value: WEBDRIVER_KEYS[key] },
          ]),
        )),
      move: async (x, y) => void (await actions('pointer', [point(x, y)])),
      click: async (x, y) =>
        void (await actions('pointer', [
          point(x, y),
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ])),
      screenshot: async () => PNG.sync.read(Buffer.from((await wd('GET', s('/screenshot'))) as string, 'base64')),
      resize: async (width, height) => {
        await wd('POST', s('/window/rect'), { width, height: height + chrome });
        // MiniBrowser's window has a minimum width (about 447 px here): a test asking for less would silently be
        // measured at that width instead. Load such a page in an iframe of that width.
        const got = await tab.run(() => innerWidth);
        if (Math.abs(got - width) > 20)
          throw new Error(`WebKit's window is ${got} px wide, not the ${width} px asked for`);
      },
    };
    // The toolbar's height, measured once, so that a viewport of the asked size is what the page gets.
    await wd('POST', s('/window/rect'), { width: 800, height: 600 });
    chrome = 600 - (await tab.run(() => innerHeight));
    return {
      name: 'webkit',
      version: session.capabilities.browserVersion ?? 'unknown',
      async open(width, height) {
        await tab.goto('about:blank');
        await tab.resize(width, height);
        return tab;
      },
      async close() {
        await wd('DELETE', s('')).catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** A client for a WebDriver server: one call, its `value`, or the driver's error as an exception. */
function webDriver(base: string) {
  return async (method: string, path: string, body?: object): Promise<unknown> => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const { value } = (await response.json()) as { value: unknown };
    if (!response.ok) {
      const { error, message } = value as { error: string; message: string };
      throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
    }
    return value;
  };
}

async function until(ready: () => Promise<boolean>, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('WebKitWebDriver did not start');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
