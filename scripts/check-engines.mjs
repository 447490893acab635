// Every installed package must run on the oldest Node that our `engines` promises: npm only warns
// (EBADENGINE) and installs anyway, so a dependency that wants a newer Node would break users on
// the version we support. Run by `npm test`; pin or override a dependency that fails it.
import { existsSync, readFileSync } from "node:fs";
import semver from "semver";

const ours = JSON.parse(readFileSync("package.json", "utf8")).engines.node;
const oldest = semver.minVersion(ours).version;
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const problems = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path || !existsSync(`${path}/package.json`)) continue; // not installed on this platform
  const wanted = JSON.parse(readFileSync(`${path}/package.json`, "utf8")).engines?.node;
  if (typeof wanted !== "string" || semver.validRange(wanted) === null) continue;
  if (!semver.satisfies(oldest, wanted)) {
    problems.push(`${path.replace(/^node_modules\//, "")}@${entry.version} wants Node ${wanted}`);
  }
}
if (problems.length > 0) {
  console.error(`Installed packages that do not run on Node ${oldest} (engines: ${ours}):`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`All installed packages run on Node ${oldest} (engines: ${ours}).`);
