#!/usr/bin/env node
// The house rules of issue 21, checked on every `make test` (docs/architecture.md):
//
// - no import circle between the app's files (`src/`): a file's `crate::`, `super::`
//   and `self::` paths name the files it uses; the graph of those must have no cycle;
// - the root of `src/` keeps lib.rs, main.rs and at most four other .rs files;
// - no file of `src/` or `model/src/` over 700 lines of non-test code;
// - no function over 120 lines as written (comments and blank lines count; the lines
//   of `html!` markup inside it do not);
// - a rule in `styles/features/` (loaded with the wasm's secondary half, docs/loading.md)
//   names, in each of its selectors, a class that only code under `src/features/` uses:
//   the first screen never needs it.
//
// Why a script: clippy's `too_many_lines` counts only lines of code, and no cargo tool
// checks file-level import cycles without being installed from source (cargo-modules
// takes minutes to build). Exits 1 naming every breach.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const FN_MAX = 120;
const FILE_MAX = 700;
const ROOT_MAX = 6;

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".rs") ? [p] : [];
  });
}

// Blanks out comments, strings and char literals (keeping line breaks) so braces and
// paths are read from code only.
function codeOnly(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const n = s[i + 1];
    if (c === "/" && n === "/") {
      while (i < s.length && s[i] !== "\n") i++;
    } else if (c === "/" && n === "*") {
      let depth = 0;
      do {
        if (s[i] === "/" && s[i + 1] === "*") { depth++; i += 2; }
        else if (s[i] === "*" && s[i + 1] === "/") { depth--; i += 2; }
        else { if (s[i] === "\n") out += "\n"; i++; }
      } while (depth > 0 && i < s.length);
    } else if (c === "r" && /^r#*"/.test(s.slice(i, i + 10)) && !/\w/.test(s[i - 1] ?? "")) {
      const hashes = s.slice(i + 1).match(/^#*/)[0];
      const end = '"' + hashes;
      let j = i + 2 + hashes.length;
      while (j < s.length && s.slice(j, j + end.length) !== end) { if (s[j] === "\n") out += "\n"; j++; }
      out += '""';
      i = j + end.length;
    } else if (c === '"') {
      out += '"';
      i++;
      while (i < s.length && s[i] !== '"') { if (s[i] === "\\") i++; else if (s[i] === "\n") out += "\n"; i++; }
      out += '"';
      i++;
    } else if (c === "'" && (/^'(\\.|[^\\'])'/.test(s.slice(i, i + 4)) || /^'\\u\{/.test(s.slice(i, i + 4)))) {
      const j = s.indexOf("'", i + 2);
      out += "' '";
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// The index just past the brace that closes the one at `open`.
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === "{") depth++;
    else if (code[i] === "}" && --depth === 0) return i + 1;
  }
  return code.length;
}

// The code without `#[cfg(test)]` items (a test module or function).
function withoutTests(code, keepLines = true) {
  const re = /#\[cfg\((?:test|all\(test[^\]]*\))\)\]\s*(?:pub\s+)?(?:mod|fn)\b[^{;]*\{/g;
  let out = code;
  for (;;) {
    re.lastIndex = 0;
    const m = re.exec(out);
    if (!m) return out;
    const end = closing(out, m.index + m[0].length - 1);
    const blank = keepLines ? out.slice(m.index, end).replace(/[^\n]/g, "") : "";
    out = out.slice(0, m.index) + blank + out.slice(end);
  }
}

const lineOf = (code, i) => code.slice(0, i).split("\n").length;

function functionBreaches(file, code) {
  const out = [];
  const re = /\bfn\s+(\w+)\s*(?:<[^{;]*?>)?\s*\([^;{]*?\)[^;{]*\{/gs;
  let m;
  while ((m = re.exec(code))) {
    const open = m.index + m[0].length - 1;
    const end = closing(code, open);
    const body = code.slice(m.index, end);
    // html! markup lines do not count.
    let markup = 0;
    const html = /\bhtml!\s*\{/g;
    let h;
    while ((h = html.exec(body))) {
      const hend = closing(body, h.index + h[0].length - 1);
      markup += body.slice(h.index, hend).split("\n").length - 1;
      html.lastIndex = hend;
    }
    const lines = body.split("\n").length - markup;
    if (lines > FN_MAX) out.push(`${file}:${lineOf(code, m.index)} fn ${m[1]}: ${lines} lines (max ${FN_MAX})`);
  }
  return out;
}

// The module path of a file under src/ (`src/app/state.rs` → ["app", "state"]).
function modPath(file) {
  const parts = relative("src", file).split(sep);
  const last = parts.pop().replace(/\.rs$/, "");
  if (last !== "mod" && last !== "lib" && last !== "main") parts.push(last);
  return parts;
}

function importCycles(files) {
  const byPath = new Map(files.map((f) => [modPath(f).join("::"), f]));
  const resolve = (segs) => {
    for (let k = segs.length; k >= 0; k--) {
      const key = segs.slice(0, k).join("::");
      if (byPath.has(key)) return key;
    }
    return null;
  };
  const edges = new Map();
  for (const f of files) {
    const me = modPath(f);
    const isMod = /(^|\/)(mod|lib|main)\.rs$/.test(f.split(sep).join("/"));
    const code = withoutTests(codeOnly(readFileSync(f, "utf8")));
    const deps = new Set();
    const re = /\b(crate|super|self)((?:::\w+)+)(::\{([^}]*)\})?/g;
    let m;
    while ((m = re.exec(code))) {
      const segs = m[2].split("::").slice(1);
      let base;
      if (m[1] === "crate") base = [];
      else if (m[1] === "super") base = isMod ? me.slice(0, -1) : me.slice(0, -1);
      else base = me;
      const subs = m[4] ? m[4].split(",").map((x) => x.trim().split("::")[0]).filter((x) => x && x !== "self") : [];
      for (const sub of [...subs.map((x) => [x]), []]) {
        const key = resolve([...base, ...segs, ...sub]);
        if (key !== null && key !== me.join("::")) deps.add(key);
      }
    }
    edges.set(me.join("::"), deps);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map(), low = new Map(), stack = [], on = new Set(), cycles = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do { w = stack.pop(); on.delete(w); comp.push(w); } while (w !== v);
      if (comp.length > 1) cycles.push(comp.map((c) => byPath.get(c)).sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return cycles.map((c) => `import circle: ${c.join(" ↔ ")}`);
}

// Rules of the feature style sheets whose selectors could match on the first screen.
function featureSheetBreaches(app) {
  const dir = join("styles", "features");
  const sheets = readdirSync(dir).filter((n) => n.endsWith(".css"));
  const inFeatures = (f) => f.startsWith(join("src", "features") + "/");
  const texts = (files) => files.map((f) => readFileSync(f, "utf8"));
  const features = texts(app.filter(inFeatures));
  const first = texts([...app.filter((f) => !inFeatures(f)), "index.html", ...readdirSync("assets").filter((n) => n.endsWith(".js")).map((n) => join("assets", n))]);
  const word = (c) => new RegExp(`(^|[^A-Za-z0-9_-])${c}($|[^A-Za-z0-9_-])`);
  const known = new Map();
  const featureOnly = (c) => {
    if (!known.has(c)) known.set(c, features.some((t) => word(c).test(t)) && !first.some((t) => word(c).test(t)));
    return known.get(c);
  };
  const out = [];
  for (const name of sheets) {
    const css = readFileSync(join(dir, name), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const [, prelude] of css.matchAll(/([^{}]+)\{/g)) {
      if (prelude.trim().startsWith("@")) continue;
      for (const selector of prelude.split(",")) {
        const classes = [...selector.matchAll(/\.([a-z][a-z0-9-]*)/g)].map((m) => m[1]);
        if (!classes.some(featureOnly)) out.push(`${dir}/${name}: \`${selector.trim()}\` names no class that only src/features/ uses`);
      }
    }
  }
  return out;
}

const app = walk("src").filter((f) => !f.startsWith(join("src", "bin")));
const model = walk(join("model", "src"));
const problems = [];
const rootFiles = readdirSync("src").filter((n) => n.endsWith(".rs"));
if (rootFiles.length > ROOT_MAX) problems.push(`src/ root has ${rootFiles.length} .rs files (max ${ROOT_MAX}): ${rootFiles.join(", ")}`);
for (const f of [...app, ...model, ...walk(join("src", "bin"))]) {
  const code = withoutTests(codeOnly(readFileSync(f, "utf8")));
  const lines = withoutTests(codeOnly(readFileSync(f, "utf8")), false).trimEnd().split("\n").length;
  if (lines > FILE_MAX) problems.push(`${f}: ${lines} lines of non-test code (max ${FILE_MAX})`);
  problems.push(...functionBreaches(f, code));
}
problems.push(...importCycles(app));
problems.push(...featureSheetBreaches(app));
if (problems.length) {
  console.error(`check-rooms: ${problems.length} breach(es) of the house rules (docs/architecture.md):`);
  for (const p of problems) console.error("  " + p);
  process.exit(1);
}
console.log(`check-rooms: ${app.length} app files, ${model.length} model files: no import circle, sizes within limits`);
