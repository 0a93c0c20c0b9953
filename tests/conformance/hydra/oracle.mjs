// The Hydra oracle: renders every case of a catalogue with the real hydra-synth (pinned in
// package.json) in headless Chromium, and writes the pixels as a user would see them on screen.
//
//   node oracle.mjs CASES.txt OUT_DIR [IMAGE.png]
//
// Writes OUT_DIR/NAME.rgba (width x height RGBA bytes, rows top-down) for every case, and
// OUT_DIR/results.tsv: one line per case, "name<TAB>ok<TAB>time after each tick, comma-separated"
// or "name<TAB>error<TAB>message". The catalogue's format is described at the top of cases.txt.
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM), driven by playwright-core, which starts
// it headless with a fresh temporary profile (user data dir) on every run; WebGL runs on
// SwiftShader, and every request leaving the page is refused.
// hydra-synth is used as a black box: its built bundle is injected into a blank page from
// node_modules (no network), each case gets a fresh canvas and a fresh Hydra with autoLoop off,
// and hydra.tick(dt) is called `ticks` times with a fixed dt, so `time` after k ticks is k * dt.
//
// Orientation: pixels are read with gl.readPixels from the canvas's default framebuffer, whose
// row 0 is the bottom of the canvas, and flipped so that row 0 of the output is the top of the
// picture. checkOrientation() proves this on every run: it screenshots the canvas with the page
// (what a user sees) and compares its top and bottom rows with the flipped readback.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [casesPath, outDir, imagePath] = process.argv.slice(2);
if (!casesPath || !outDir) {
  console.error('usage: node oracle.mjs CASES.txt OUT_DIR [IMAGE.png]');
  process.exit(2);
}
const { width, height, cases } = parseCatalogue(readFileSync(casesPath, 'utf8'));
mkdirSync(outDir, { recursive: true });
const image = imagePath ? 'data:image/png;base64,' + readFileSync(imagePath).toString('base64') : null;
const hydraVersion = JSON.parse(readFileSync(join(here, 'node_modules/hydra-synth/package.json'), 'utf8')).version;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 400, height: 300 }, deviceScaleFactor: 1 });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Any request leaving the page would be a bug of the catalogue: refuse it.
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.setContent('<html><body style="margin:0;background:#808080"></body></html>');
  await page.addScriptTag({ path: join(here, 'node_modules/hydra-synth/dist/hydra-synth.js') });
  await page.addScriptTag({ path: join(here, 'page.js') });
  await checkOrientation(page);
  const lines = [];
  let failed = 0;
  for (const c of cases) {
    pageErrors.length = 0;
    const r = await page.evaluate(([c, w, h, image]) => window.renderCase(c, w, h, image), [c, width, height, image]);
    if (pageErrors.length && !r.error) r.error = pageErrors.join('; ');
    if (r.error) {
      failed++;
      lines.push(`${c.name}\terror\t${r.error.replace(/\s+/g, ' ')}`);
      console.log(`  ${c.name}: ${r.error}`);
    } else {
      writeFileSync(join(outDir, c.name + '.rgba'), Buffer.from(r.pixels, 'base64'));
      lines.push(`${c.name}\tok\t${r.times.join(',')}`);
    }
  }
  writeFileSync(join(outDir, 'results.tsv'), lines.join('\n') + '\n');
  console.log(`hydra-synth ${hydraVersion}: ${cases.length} cases, ${failed} with errors`);
} finally {
  await browser.close();
}

// See the top of cases.txt: "size W H", then "=== name ticks=N dt=MS flags" and the Hydra code,
// up to a "--- latente" line (Latente's spelling, ignored here) or the next case.
function parseCatalogue(text) {
  let width = 0, height = 0, current = null, inHydra = false;
  const cases = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.startsWith('size ')) [width, height] = line.slice(5).trim().split(/\s+/).map(Number);
    else if (line.startsWith('=== ')) {
      const [name, ...flags] = line.slice(4).trim().split(/\s+/);
      const opt = Object.fromEntries(flags.map((f) => f.split('=')));
      current = { name, ticks: Number(opt.ticks ?? 1), dt: Number(opt.dt ?? 16), image: 'image' in opt, hydra: '' };
      cases.push(current);
      inHydra = true;
    } else if (line.startsWith('--- ')) inHydra = false;
    else if (current && inHydra) current.hydra += line + '\n';
  }
  if (!width || !height || !cases.length) throw new Error('no size line or no cases in the catalogue');
  return { width, height, cases };
}

async function checkOrientation(page) {
  await page.evaluate(() => window.showGradientForScreenshot());
  const shot = await page.locator('#shot').screenshot();
  const onScreen = await page.evaluate((png) => window.rowsOfPng(png), 'data:image/png;base64,' + shot.toString('base64'));
  const readBack = await page.evaluate(() => window.readShotCanvas());
  // gradient(): green grows with Hydra's y. Compare which end of the picture is greener.
  const screenTopGreener = onScreen.top > onScreen.bottom;
  const readTopGreener = readBack.top > readBack.bottom;
  if (screenTopGreener !== readTopGreener) {
    throw new Error('orientation check failed: the readback is flipped relative to the screenshot '
      + JSON.stringify({ onScreen, readBack }));
  }
}
