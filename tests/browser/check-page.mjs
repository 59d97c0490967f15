// Opens a local HTML file in the system Chromium, collects console and page errors, runs axe-core
// (WCAG 2 A and AA rules) and prints one JSON object to stdout:
//   {"consoleErrors": ["..."], "violations": [{"id", "impact", "help", "nodes": ["css selector"]}]}
// Usage: node check-page.mjs <file.html>
// Exit codes: 0 the page was checked (whatever it found), 1 the check could not run, 2 usage.
// The browser is Debian's chromium (apt-get install chromium) at /usr/bin/chromium, or the path in
// SCHOOLINFRA_CHROMIUM; Playwright never downloads a browser of its own here (no `playwright install`).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const executablePath = process.env.SCHOOLINFRA_CHROMIUM || '/usr/bin/chromium';
const timeoutMs = 30_000;

// The same hardening flags as the C# PdfPrinter: no sandbox (root in containers), no GPU, no traffic
// of the browser's own. Playwright adds --headless and its own profile directory itself.
const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function main() {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node check-page.mjs <file.html>\n');
    return 2;
  }

  const fullPath = path.resolve(file);
  if (!existsSync(fullPath)) {
    process.stderr.write(`check-page: ${fullPath} does not exist\n`);
    return 2;
  }

  if (!existsSync(executablePath)) {
    process.stderr.write(`check-page: no browser at ${executablePath}\n    hint: apt-get install chromium\n`);
    return 1;
  }

  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: browserArgs, timeout: timeoutMs });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeoutMs);
    const consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) =>
      consoleErrors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`.trim()));

    await page.goto(pathToFileURL(fullPath).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(() =>
      globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }));

    const violations = results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
    process.stdout.write(`${JSON.stringify({ consoleErrors, violations })}\n`);
    return 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`check-page: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  });
