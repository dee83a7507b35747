// The page's highlighter (web/highlight.js) against the editors' token snapshots (editors/test/snapshots, made by
// vscode-textmate from the same grammar): every character of every sample gets the same scopes in the page as
// in VS Code. Plain node, no packages:  node highlight.test.mjs REPO_ROOT
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

const repo = process.argv[2] || "../../..";
const context = {};
vm.createContext(context);
vm.runInContext(readFileSync(join(repo, "web", "highlight.js"), "utf8") + "\nglobalThis.NNHighlight = NNHighlight;", context);
const { NNHighlight } = context;
const rules = NNHighlight.compile(JSON.parse(readFileSync(join(repo, "editors", "nn.tmLanguage.json"), "utf8")));

const snapshots = join(repo, "editors", "test", "snapshots");
const files = readdirSync(snapshots).filter((f) => f.endsWith(".nn.snap")).sort();
let failures = 0, characters = 0;
for (const file of files) {
  const lines = readFileSync(join(snapshots, file), "utf8").split("\n");
  let source = null, expected = null;
  const finish = () => {
    if (source === null) return;
    const got = new Array(source.length).fill("");
    for (const t of NNHighlight.tokenizeLine(source, rules))
      for (let i = t.from; i < t.to; i++) got[i] = t.scopes.join(" ");
    for (let i = 0; i < source.length; i++) {
      characters++;
      if ((expected[i] ?? "") !== got[i] && failures++ < 20)
        console.log(`FAIL ${file}: ${JSON.stringify(source)} column ${i + 1} (${JSON.stringify(source[i])}): `
          + `expected "${expected[i] ?? ""}", got "${got[i]}"`);
    }
  };
  for (const line of lines) {
    if (line.startsWith(">")) {
      finish();
      source = line.slice(1);
      expected = [];
    } else if (line.startsWith("#") && source !== null) {
      const m = /^#( *)(\^+) (.*)$/.exec(line);
      if (!m) continue;
      const scopes = m[3].split(" ").filter((s) => s && s !== "source.nn").join(" ");
      for (let i = m[1].length; i < m[1].length + m[2].length; i++) expected[i] = scopes;
    }
  }
  finish();
}
console.log(`${files.length} snapshots, ${characters} characters, ${failures} differ`);
process.exit(failures === 0 && files.length > 0 ? 0 : 1);
