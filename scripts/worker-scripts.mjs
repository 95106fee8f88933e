#!/usr/bin/env node
// Writes engine-worker.js next to the page: the module worker that starts the page's own
// WebAssembly a second time, off the page's thread, and lets it answer the engine's requests
// (src/worker/entry.rs). Using the page's own files means the engine costs no second download.
//
// Also puts the reader module (built by scripts/build-reader) next to the page, under a name
// carrying its hash so a browser never mixes an old one with a new page, and names it in
// <meta name="corroborate-reader"> for the page to hand to its engine worker (src/worker/reader_module.rs).
//
// Run by Trunk after every build (Trunk.toml, post_build hook, with TRUNK_STAGING_DIR set), or
// by hand on a built directory: node scripts/worker-scripts.mjs dist

import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const index = readFileSync(join(dir, "index.html"), "utf8");
const glue = index.match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = index.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) {
  console.error(`worker-scripts: ${join(dir, "index.html")} no longer names the page's .js and .wasm`);
  process.exit(1);
}

const script = `// The comparison engine: the page's own WebAssembly, started in a worker.
import init, { engine_worker_start } from "./${glue}";
init({ module_or_path: "./${wasm}" }).then(
  () => engine_worker_start(),
  (error) => self.postMessage(\`worker-failed: \${error}\`),
);
`;
writeFileSync(join(dir, "engine-worker.js"), script);

const readerBuilt = "target/reader/corroborate-reader.wasm";
if (!existsSync(readerBuilt)) {
  console.error(`worker-scripts: ${readerBuilt} not found: run scripts/build-reader`);
  process.exit(1);
}
const reader = readFileSync(readerBuilt);
const readerName = `corroborate-reader-${createHash("sha256").update(reader).digest("hex").slice(0, 16)}.wasm`;
writeFileSync(join(dir, readerName), reader);
const meta = `<meta name="corroborate-reader" content="./${readerName}" />`;
const withoutOld = index.replace(/\s*<meta name="corroborate-reader"[^>]*>/, "");
const named = withoutOld.replace("</head>", `  ${meta}\n  </head>`);
if (named === withoutOld) {
  console.error(`worker-scripts: ${join(dir, "index.html")} has no </head> to name the reader in`);
  process.exit(1);
}
writeFileSync(join(dir, "index.html"), named);
