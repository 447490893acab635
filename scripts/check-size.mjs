// Size rules of the structure check: no source file over 400 lines, no function over 80 lines.
// Tests are exempt. What is still being split is listed in structure-ceilings.json with its current
// size; it may shrink but not grow, and a new entry cannot appear (run with --write-ceilings only when
// a ceiling is lowered after a split). Declarative lists are data, not functions, so they do not count.
import { readFileSync, writeFileSync } from "node:fs";
import ts from "typescript";

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;
const ceilingsFile = new URL("./structure-ceilings.json", import.meta.url);

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) {
    const callee = parent.expression.getText().slice(0, 40);
    const first = parent.arguments[0];
    const label = first && ts.isStringLiteral(first) ? ` ${first.text}` : "";
    return `${callee}(${label.trim()})`;
  }
  return "(anonymous)";
}

function measure(file) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split("\n").length;
  const functions = [];
  const visit = (node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES)
        functions.push({ name: nameOf(node), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { lines, functions };
}

export function sizeProblems(files) {
  const checked = files.filter((f) => !/\.test\.tsx?$/.test(f) && !f.startsWith("e2e/"));
  const ceilings = JSON.parse(readFileSync(ceilingsFile, "utf8"));
  const found = {};
  for (const file of checked) {
    const { lines, functions } = measure(file);
    if (lines > MAX_FILE_LINES) found[file] = lines;
    for (const f of functions) {
      const key = `${file} ${f.name}`;
      found[key] = Math.max(found[key] ?? 0, f.lines);
    }
  }
  if (process.argv.includes("--write-ceilings")) {
    writeFileSync(ceilingsFile, `${JSON.stringify(found, null, 2)}\n`);
    return [];
  }
  const problems = [];
  for (const [key, size] of Object.entries(found)) {
    const limit = ceilings[key];
    const what = key.includes(" ") ? `function ${key}` : `file ${key}`;
    const max = key.includes(" ") ? MAX_FUNCTION_LINES : MAX_FILE_LINES;
    if (limit === undefined) problems.push(`${what}: ${size} lines (at most ${max}); split it`);
    else if (size > limit)
      problems.push(
        `${what}: grew to ${size} lines (its ceiling is ${limit} while it is split; at most ${max})`,
      );
  }
  for (const key of Object.keys(ceilings).filter((k) => found[k] === undefined))
    problems.push(`structure-ceilings.json: "${key}" is within the limits now; remove its entry`);
  return problems;
}
