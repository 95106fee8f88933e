#!/usr/bin/env node
// Finishes a `trunk build --release` output directory (default: dist/):
//
// 1. Adds a strict Content-Security-Policy <meta> to index.html: only the page's own origin, the
//    one inline loader script Trunk writes (allowed by its hash), WebAssembly compilation
//    ('wasm-unsafe-eval'), and no third-party origin anywhere.
// 2. Writes corroborate.html: the whole page in one file that works when opened from disk
//    (file://), with the CSS in a <style>, Trunk's JavaScript glue inlined as a module script, the
//    WebAssembly embedded as base64 and handed to the glue's init function as bytes, and any other
//    local asset (an icon, an image) as a data: URL. Its CSP allows no network access at all.
//
// Plain Node, no dependencies: it only rearranges what Trunk produced, so it checks every
// assumption about that output and stops with a message naming what it did not find.
//
// Usage: node scripts/package-dist.mjs [dist-dir]

import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";

const SINGLE_FILE_NAME = "corroborate.html";

const dist = process.argv[2] ?? "dist";
const indexPath = join(dist, "index.html");

/** Stops the build with a message that says what was expected. */
function fail(message) {
  console.error(`package-dist: ${message}`);
  process.exit(1);
}

/** The CSP source expression allowing one inline <script> or <style> with this exact text. */
function hashSource(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Content types for assets inlined as data: URLs (icons, images, fonts). */
const MEDIA_TYPES = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/** Directives shared by both pages: nothing is allowed unless listed. */
const BASE_POLICY = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** Inserts (or replaces) the CSP meta right after <meta charset>, before anything it governs. */
function withPolicy(html, directives) {
  const policy = [...BASE_POLICY, ...directives].join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const withoutOld = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(withoutOld)) fail(`${indexPath} has no <meta charset>; the CSP meta goes after it`);
  return withoutOld.replace(charset, (tag) => `${tag}\n    ${meta}`);
}

/** The inline module scripts of a page, with their exact text (what a CSP hash covers). */
function inlineScripts(html) {
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** Text safe to place inside a <script> or <style> element: nothing that would end it early. */
function embeddable(text, what) {
  const safe = text.replace(/<\/(script|style)/gi, "<\\/$1");
  if (/<!--/.test(safe)) fail(`${what} contains "<!--", which HTML parses specially inside a script`);
  return safe;
}

if (!existsSync(indexPath)) fail(`${indexPath} not found: run trunk build first`);
const index = readFileSync(indexPath, "utf8");

// --- 1. The served site: index.html with its CSP. ---------------------------------------------

const loaderScripts = inlineScripts(index);
if (loaderScripts.length !== 1) {
  fail(`expected Trunk's one inline loader script in ${indexPath}, found ${loaderScripts.length}`);
}
// Styles may be inline: the page sets a few style attributes and a <style> element from its
// state. Inline CSS cannot reach any other origin, because img-src, font-src and connect-src
// below allow none, so it cannot leak what the page shows.
const INLINE_STYLES = "'unsafe-inline'";

const servedPolicy = [
  `script-src 'self' ${loaderScripts.map(hashSource).join(" ")} 'wasm-unsafe-eval'`,
  `style-src 'self' ${INLINE_STYLES}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The page fetches only its own files (its WebAssembly, the engine's, the reader's); no other origin.
  "connect-src 'self'",
  // The engine worker starts from a blob: URL of the script the page carries (see below).
  "worker-src 'self' blob:",
  "manifest-src 'self'",
];

// --- 2. The single file. ----------------------------------------------------------------------

const loader = loaderScripts[0];
const glueName = loader.match(/from '\.\/([^']+\.js)'/)?.[1];
const wasmName = loader.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glueName || !wasmName) fail(`Trunk's loader script no longer names its .js and .wasm:\n${loader}`);

const glue = readFileSync(join(dist, glueName), "utf8");
if (/^\s*import\s/m.test(glue)) {
  // wasm-bindgen snippets (inline_js / module imports) would need their own inlining.
  fail(`${glueName} imports other modules; inlining them is not supported yet`);
}
const initName = glue.match(/export\s*\{[^}]*\b(\w+) as default\b[^}]*\}/)?.[1];
if (!initName) fail(`${glueName} has no default export (wasm-bindgen's init function)`);
const wasmBase64 = readFileSync(join(dist, wasmName)).toString("base64");
// The reader module (web pages, Word documents, legacy encodings) that the served site's worker
// fetches when a file first needs it; the single file carries its bytes instead.
const readerName = index.match(/<meta name="corroborate-reader" content="\.\/([^"]+\.wasm)"/)?.[1];
if (!readerName) fail(`${indexPath} does not name the reader module: run scripts/worker-scripts.mjs`);
const readerBase64 = readFileSync(join(dist, readerName)).toString("base64");

// The engine worker goes into the page too: its module's no-modules glue (a classic script,
// which a worker can start from a blob: URL even on a file:// page, whose origin is opaque)
// and a starter that waits for the engine's WebAssembly as its first message (see
// src/page/worker_handle.rs).
const engineName = index.match(/<meta name="corroborate-engine" content="\.\/([^"]+_bg\.wasm)"/)?.[1];
if (!engineName) fail(`${indexPath} does not name the engine module: run scripts/worker-scripts.mjs`);
const engineGlueName = engineName.replace(/_bg\.wasm$/, ".js");
if (!existsSync(join(dist, engineGlueName))) fail(`${join(dist, engineGlueName)} not found: run scripts/worker-scripts.mjs`);
const engineGlue = readFileSync(join(dist, engineGlueName), "utf8");
if (!/\blet wasm_bindgen\b/.test(engineGlue) || !/\bengine_worker_start\b/.test(engineGlue)) {
  fail(`${engineGlueName} is not wasm-bindgen's no-modules glue exporting engine_worker_start`);
}
const engineBase64 = readFileSync(join(dist, engineName)).toString("base64");
const failed = "(error) => self.postMessage(`worker-failed: ${error}`)";
const engineSource =
  `${engineGlue}\n` +
  `self.onmessage = (event) => { self.onmessage = null; ` +
  `wasm_bindgen({ module_or_path: event.data }).then(() => wasm_bindgen.engine_worker_start(), ${failed}); };\n`;

// The served page carries the same worker script, as text it never runs itself: the page
// starts every engine worker from a blob: URL of it and hands over the engine's module, which
// it fetched and compiled once, so a worker restarted after a crash needs no network and no
// second compile.
// In the head: the page mounts into <body> and clears it first.
const served = index.replace(
  "</head>",
  `<script type="text/plain" id="corroborate-engine-worker">${embeddable(engineSource, engineGlueName)}</script>\n  </head>`,
);
if (served === index) fail(`${indexPath} has no </head> to put the engine worker's script before`);
writeFileSync(indexPath, withPolicy(served, servedPolicy));

// The glue stays a module (its `export` lines are legal in an inline module script); the wasm is
// passed as bytes, so the glue never fetches anything.
// The loader sits in a block so its names cannot clash with the glue's module-level ones.
const singleScript = `
${embeddable(glue, glueName)}
{
  const decode = (base64) => typeof Uint8Array.fromBase64 === "function"
    ? Uint8Array.fromBase64(base64)
    : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const script = (source) => URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const bytes = decode("${wasmBase64}");
  window.corroborateWorkers = {
    engine: { url: script(${embeddable(JSON.stringify(engineSource), engineGlueName)}), wasm: decode("${engineBase64}") },
    reader: decode("${readerBase64}"),
  };
  const instance = await ${initName}({ module_or_path: bytes });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));
}
`;

// Placeholders keep the inlined code out of reach of the asset rewriting below.
const styles = [];
const single = index
  // The single file carries the engine's and the reader's bytes (above), not their names.
  .replace(/\s*<meta name="corroborate-(?:engine|reader)"[^>]*>/g, "")
  // Preload hints point at files the single file no longer needs.
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "")
  // Stylesheets become <style> elements.
  .replace(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>/g, (_, href) => {
    styles.push(embeddable(readFileSync(join(dist, href), "utf8"), href));
    return `@@style-${styles.length - 1}@@`;
  })
  // Trunk's loader becomes the self-contained one.
  .replace(/<script type="module">[\s\S]*?<\/script>/, "@@script@@")
  // Anything else still pointing at a local file is embedded as a data: URL.
  .replace(/\b(href|src)="\.\/([^"]+)"/g, (_, attr, file) => {
    const type = MEDIA_TYPES[extname(file).toLowerCase()];
    if (!type) fail(`${SINGLE_FILE_NAME}: do not know how to embed ./${file} (${attr})`);
    return `${attr}="data:${type};base64,${readFileSync(join(dist, file)).toString("base64")}"`;
  })
  .replace(/@@style-(\d+)@@/g, (_, i) => `<style>${styles[Number(i)]}</style>`)
  .replace("@@script@@", () => `<script type="module">${singleScript}</script>`);

const singlePolicy = [
  `script-src ${hashSource(singleScript)} 'wasm-unsafe-eval'`,
  // No hashes here: a hash would make the browser ignore 'unsafe-inline'.
  `style-src ${INLINE_STYLES}`,
  "img-src data: blob:",
  "font-src data:",
  // Everything is inside the file: no request of any kind is needed.
  "connect-src 'none'",
  "worker-src blob:",
];
const singleHtml = withPolicy(single, singlePolicy);
writeFileSync(join(dist, SINGLE_FILE_NAME), singleHtml);

const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
console.log(
  `package-dist: CSP added to ${indexPath}; ${join(dist, SINGLE_FILE_NAME)} written ` +
    `(${kib(Buffer.byteLength(singleHtml))})`,
);
