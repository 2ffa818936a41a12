// Checks the links between the project's documents: every relative link in
// README.md and docs/*.md must name a file that exists and, with a #part, a
// heading of that document (as GitHub makes anchors of headings). Run by
// make test; prints each broken link and fails.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const files = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];

function anchors(file) {
  const found = new Set();
  let fenced = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = !fenced && /^#{1,6} (.*)$/.exec(line);
    if (heading) {
      const slug = heading[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, "").replace(/ /g, "-");
      found.add(slug);
    }
  }
  return found;
}

let broken = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
    const [path, part] = target.split("#");
    const resolved = path === "" ? file : normalize(join(dirname(file), path));
    if (!existsSync(resolved)) {
      console.error(`${file}: ${target}: no such file`);
      broken += 1;
    } else if (part !== undefined && resolved.endsWith(".md") && !anchors(resolved).has(part)) {
      console.error(`${file}: ${target}: no heading makes #${part}`);
      broken += 1;
    }
  }
}
if (broken > 0) process.exit(1);
console.log(`links: ${files.length} documents, every relative link found`);
