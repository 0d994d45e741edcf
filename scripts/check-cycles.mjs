#!/usr/bin/env node
// Fails when any module in src/ imports itself back through other modules
// (type-only imports included: a circle of types is still a knot to untie
// before the files can move apart). Imports here are relative and carry
// their extension, so resolving them needs no bundler.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const graph = new Map();
for (const file of sources(SRC)) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]));
  graph.set(
    file,
    targets.filter((t) => /\.tsx?$/.test(t)),
  );
}

// Depth-first search with colours; every back edge closes a circle.
const state = new Map();
const circles = [];
function visit(file, path) {
  state.set(file, 'open');
  path.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next) && graph.has(next)) visit(next, path);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file, []);

if (circles.length > 0) {
  for (const circle of circles)
    console.error(`import circle: ${circle.map((f) => relative(ROOT, f)).join(' -> ')}`);
  process.exit(1);
}
console.log(`no import circles in ${graph.size} modules of src/`);
