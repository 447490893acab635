// Keeps the layout of ../shared/CONVENTIONS.md honest. Fails (exit 1) when
//  - a server feature folder (or one of its sub-concern folders, one level deep) holds a file outside
//    the agreed vocabulary;
//  - a source file is longer than 400 lines or a function longer than 80 (tests and declarative lists
//    aside; files that are still being split are listed in scripts/structure-ceilings.json and may
//    only shrink);
//  - a file name is not kebab-case;
//  - the web app or shared/ imports server code, or shared/ imports web code;
//  - server/platform imports a feature (features depend on the platform, not the other way round);
//  - a feature reaches into another feature's internals instead of its public service (server) or api (web).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { sizeProblems } from "./check-size.mjs";

const serverVocabulary = [
  /^schema\.ts$/,
  /^routes\.ts$/,
  /^service\.ts$/,
  /^queries\.ts$/,
  /^policy\.ts$/,
  /^[a-z0-9-]+\.test\.ts$/,
];
const publicOf = { server: ["service.ts", "schema.ts"], web: ["api.ts", "index.ts"] };
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx|css|html|sql|json|mjs|svg|png|ico|txt)$/;

const problems = [];
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });

for (const side of ["server", "web"]) {
  for (const feature of readdirSync(join(side, "features"))) {
    const dir = join(side, "features", feature);
    if (!/^[a-z]+(-[a-z]+)*$/.test(feature)) problems.push(`${dir}: feature names are kebab-case words`);
    const check = (folder, depth) => {
      for (const entry of readdirSync(folder)) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) {
          if (depth > 0) problems.push(`${path}: sub-concern folders are one level deep`);
          else if (!/^[a-z]+(-[a-z]+)*$/.test(entry))
            problems.push(`${path}: folder names are kebab-case words`);
          else check(path, depth + 1);
        } else if (side === "server" && !serverVocabulary.some((re) => re.test(entry))) {
          problems.push(
            `${path}: not in the server feature vocabulary (schema, routes, service, queries, policy, *.test)`,
          );
        }
      }
    };
    check(dir, 0);
  }
}

const sourceFiles = ["server", "web", "shared", "e2e", "bench", "scripts"]
  .flatMap((dir) => walk(dir))
  .filter((f) => !f.includes("migrations"));
for (const file of sourceFiles) {
  const name = file.split("/").pop();
  if (!kebab.test(name)) problems.push(`${file}: file names are kebab-case`);
}

const featureOf = (path) => {
  const match = /^(server|web)\/features\/([^/]+)\/(.+)$/.exec(path);
  // A sub-concern's public files count as the feature's public files: vacancies/matching/service.ts.
  return match ? { side: match[1], feature: match[2], file: match[3].split("/").pop() } : null;
};

for (const file of sourceFiles.filter((f) => /\.(ts|tsx|mjs)$/.test(f))) {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map(
    (m) => m[1],
  );
  for (const specifier of specifiers.filter((s) => s.startsWith("."))) {
    const target = normalize(join(dirname(file), specifier));
    const top = file.split("/")[0];
    if ((top === "web" || top === "shared") && target.startsWith("server/"))
      problems.push(`${file}: imports server code (${specifier})`);
    if (top === "shared" && target.startsWith("web/"))
      problems.push(`${file}: shared/ imports web code (${specifier})`);
    if (
      file.startsWith("server/platform/") &&
      !file.endsWith(".test.ts") &&
      target.startsWith("server/features/")
    )
      problems.push(`${file}: the platform imports a feature (${specifier}); hand it in from app.ts`);
    const from = featureOf(file);
    const to = featureOf(target);
    if (
      from &&
      to &&
      from.side === to.side &&
      from.feature !== to.feature &&
      !publicOf[to.side].includes(to.file)
    ) {
      problems.push(
        `${file}: reaches into ${relative(".", target)}; use ${to.side}/features/${to.feature}/${publicOf[to.side][0]}`,
      );
    }
  }
}

problems.push(...sizeProblems(sourceFiles.filter((f) => /\.(ts|tsx|mjs)$/.test(f))));

if (problems.length > 0) {
  console.error(
    `Structure check: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
console.log(`Structure check: ${sourceFiles.length} files follow the conventions.`);
