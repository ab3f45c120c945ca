// Builds the front-end assets into var/frontend, which Django collects as static files.
// Built files are never committed.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync, cpSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "var", "frontend");
mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

for (const entry of readdirSync(join(root, "frontend", "scss"))) {
  if (!entry.endsWith(".scss") || entry.startsWith("_")) continue;
  const result = sass.compile(join(root, "frontend", "scss", entry), {
    loadPaths: [join(root, "node_modules")],
    style: "compressed",
    quietDeps: true,
    silenceDeprecations: ["import"],
  });
  writeFileSync(join(out, "css", entry.replace(/\.scss$/, ".css")), result.css);
}

const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
cpSync(join(govuk, "assets"), join(out, "assets"), { recursive: true });

for (const entry of readdirSync(join(root, "frontend", "js"))) {
  copyFileSync(join(root, "frontend", "js", entry), join(out, "js", entry));
}

// Optional vendor bundles other parts of the site use (e.g. the H5P player).
const vendors = [["h5p-standalone/dist", "h5p"]];
for (const [from, to] of vendors) {
  const src = join(root, "node_modules", from);
  if (existsSync(src)) cpSync(src, join(out, to), { recursive: true });
}
// The font every PDF is set in (courses/pdfs/rendering.py): Arimo, SIL Open Font License,
// with its licence beside it. WOFF (not WOFF2) so WeasyPrint needs no Brotli to read it.
const arimo = join(root, "node_modules", "@fontsource", "arimo");
mkdirSync(join(out, "fonts", "arimo"), { recursive: true });
for (const entry of readdirSync(join(arimo, "files"))) {
  if (/^arimo-latin(-ext)?-(400|700)-(normal|italic)\.woff$/.test(entry)) {
    copyFileSync(join(arimo, "files", entry), join(out, "fonts", "arimo", entry));
  }
}
copyFileSync(join(arimo, "LICENSE"), join(out, "fonts", "arimo", "LICENSE"));

console.log(`Built front-end assets into ${out}`);
