#!/usr/bin/env node
// Writes engine-worker.js next to the page: the classic worker script that starts the engine's
// own WebAssembly (src/bin/corroborate-engine.rs, which Trunk builds as a `data-type="worker"`
// asset and the page never loads itself) off the page's thread, and lets it answer the
// engine's requests (src/worker/entry.rs). The engine's files get names carrying their hash,
// so a browser never mixes an old engine with a new page, and the page finds its module in
// <meta name="corroborate-engine"> (src/page/worker_handle.rs compiles it once and hands it to
// every engine worker it starts).
//
// Also puts the reader module (built by scripts/build-reader) next to the page, under a name
// carrying its hash, and names it in <meta name="corroborate-reader"> for the page to hand to
// its engine worker (src/worker/reader_module.rs).
//
// Run by Trunk after every build (Trunk.toml, post_build hook, with TRUNK_STAGING_DIR set), or
// by hand on a built directory: node scripts/worker-scripts.mjs dist

import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
let index = readFileSync(join(dir, "index.html"), "utf8");

/** Stops the build with a message that says what was expected. */
function fail(message) {
  console.error(`worker-scripts: ${message}`);
  process.exit(1);
}

/** Names `file` in <meta name="corroborate-{what}">, replacing an older one. */
function nameInPage(what, file) {
  const meta = `<meta name="corroborate-${what}" content="./${file}" />`;
  const withoutOld = index.replace(new RegExp(`\\s*<meta name="corroborate-${what}"[^>]*>`), "");
  const named = withoutOld.replace("</head>", `  ${meta}\n  </head>`);
  if (named === withoutOld) fail(`${join(dir, "index.html")} has no </head> to name the ${what} in`);
  index = named;
}

const hashOf = (...contents) => {
  const hash = createHash("sha256");
  for (const content of contents) hash.update(content);
  return hash.digest("hex").slice(0, 16);
};

// The engine: Trunk names a worker's files after its binary, without a hash.
const engineGlue = join(dir, "corroborate-engine.js");
const engineWasm = join(dir, "corroborate-engine_bg.wasm");
if (!existsSync(engineGlue) || !existsSync(engineWasm)) {
  fail(`${engineGlue} and ${engineWasm} not found: index.html no longer builds the engine as a worker`);
}
const glueSource = readFileSync(engineGlue, "utf8");
if (!/\bengine_worker_start\b/.test(glueSource) || !/\blet wasm_bindgen\b/.test(glueSource)) {
  fail(`${engineGlue} is not wasm-bindgen's no-modules glue exporting engine_worker_start`);
}
const engineHash = hashOf(readFileSync(engineWasm), glueSource);
const glueName = `corroborate-engine-${engineHash}.js`;
const wasmName = `corroborate-engine-${engineHash}_bg.wasm`;
renameSync(engineGlue, join(dir, glueName));
renameSync(engineWasm, join(dir, wasmName));
const script = `// The comparison engine, started in a worker (a development build: the built site starts it
// from the copy it carries, and hands it the engine's compiled module).
importScripts("./${glueName}");
wasm_bindgen({ module_or_path: "./${wasmName}" }).then(
  () => wasm_bindgen.engine_worker_start(),
  (error) => self.postMessage(\`worker-failed: \${error}\`),
);
`;
writeFileSync(join(dir, "engine-worker.js"), script);
nameInPage("engine", wasmName);

const readerBuilt = "target/reader/corroborate-reader.wasm";
if (!existsSync(readerBuilt)) {
  console.error(`worker-scripts: ${readerBuilt} not found: run scripts/build-reader`);
  process.exit(1);
}
const reader = readFileSync(readerBuilt);
const readerName = `corroborate-reader-${hashOf(reader)}.wasm`;
writeFileSync(join(dir, readerName), reader);
nameInPage("reader", readerName);
writeFileSync(join(dir, "index.html"), index);
