// Checks sip render's HTML in a real browser (Debian's Chromium, headless):
// - axe-core finds no WCAG 2.1 A/AA or best-practice violations;
// - at 200% zoom (a 1280 px window, so 640 CSS px) nothing needs horizontal scrolling;
// - printing to an A4 PDF succeeds, and the PDF has pages.
// Usage: node check.mjs OUT_DIR FILE.html...
// Writes OUT_DIR/<name>.pdf and OUT_DIR/<name>.zoom200.png. Exit 1 on any failure.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error("usage: node check.mjs OUT_DIR FILE.html...");
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
try {
  for (const file of files) {
    const name = path.basename(file, ".html");
    const page = await browser.newPage();
    // Nothing may be fetched: the file is self-contained.
    await page.setRequestInterception(true);
    const requests = [];
    page.on("request", (r) => {
      if (r.url().startsWith("file:")) return r.continue();
      requests.push(r.url());
      r.abort();
    });
    await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
    if (requests.length) {
      failures++;
      console.error(`${name}: fetched ${requests.join(", ")}`);
    }

    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
    for (const v of result.violations) {
      failures++;
      console.error(`${name}: axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
    }

    await page.setViewport({ width: 640, height: 900, deviceScaleFactor: 2 });
    const overflow = await page.evaluate(() =>
      document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) {
      failures++;
      console.error(`${name}: at 200% zoom the page is ${overflow} px too wide`);
    }
    await page.screenshot({ path: path.join(outDir, `${name}.zoom200.png`) });

    const pdf = path.join(outDir, `${name}.pdf`);
    await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true, printBackground: true });
    const bytes = fs.readFileSync(pdf).toString("latin1");
    const pages = (bytes.match(/\/Type\s*\/Page[^s]/g) || []).length;
    if (!bytes.startsWith("%PDF-") || pages < 1) {
      failures++;
      console.error(`${name}: the PDF has no pages`);
    }
    console.log(`${name}: ${result.passes.length} axe rules pass, ${result.violations.length} violations; ` +
      `200% zoom fits; PDF ${pages} page(s) A4`);
    await page.close();
  }
} finally {
  await browser.close();
}
if (failures) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
