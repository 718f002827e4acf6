#!/usr/bin/env node
// `npm test`: type checking, lint, an import-cycle check, unit tests, a production build and
// its JavaScript budget, integration tests (also on a PostgreSQL server) and browser tests, in
// that order; stops at the first failure and ends with one line counting every test that ran.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.TEST_DATABASE_URL) {
  const pg = spawnSync("bash", [path.join(root, "scripts", "ensure-test-postgres.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (pg.status !== 0) fail("a PostgreSQL server is needed for the database suites");
  env.TEST_DATABASE_URL = pg.stdout.trim();
}

const counts = { passed: 0, failed: 0 };

function run(title, command, args) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return result.status === 0;
}

function vitest(project) {
  const out = path.join(reports, `vitest-${project}.json`);
  const ok = run(`${project} tests`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8"));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
  }
  return ok;
}

function playwright() {
  const out = path.join(reports, "playwright.json");
  const ok = run("browser tests", bin("playwright"), ["test", "--reporter=list,json"]);
  if (existsSync(out)) {
    const { stats } = JSON.parse(readFileSync(out, "utf8"));
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
  }
  return ok;
}

function fail(what) {
  console.error(`\nnpm test: ${what}`);
  console.log(`tests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
  process.exit(1);
}

if (!run("type check", bin("tsc"), ["--noEmit"])) fail("type check failed");
if (!run("lint", bin("eslint"), [".", "--max-warnings=0"])) fail("lint failed");
// No module may import one that imports it back, type imports included (docs/architecture).
if (!run("import cycles", "npm", ["run", "--silent", "lint:cycles"])) fail("an import cycle was found");
if (!vitest("unit")) fail("unit tests failed");
if (!run("production build", bin("next"), ["build"])) fail("build failed");
// The first-load JavaScript budget of /inbox (issue 12), counted as one test.
const budgetOk = run("first-load JavaScript budget", "npm", ["run", "--silent", "check:js-budget"]);
counts[budgetOk ? "passed" : "failed"] += 1;
if (!budgetOk) fail("the first-load JavaScript of /inbox is over its budget");
if (!vitest("integration")) fail("integration tests failed");
env.PLAYWRIGHT_JSON_OUTPUT_NAME = path.join(reports, "playwright.json");
if (!playwright()) fail("browser tests failed");
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
