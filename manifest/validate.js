#!/usr/bin/env node
// Validates a Teams app manifest offline: the official JSON schema bundled in
// @microsoft/app-manifest, then the icons it names (sizes, outline transparency).
// Usage: node manifest/validate.js [path/to/manifest.json]   (exit 1 on any error)
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { AppManifestUtils } = require("@microsoft/app-manifest");

// The package fetches a schema it does not bundle; this check must never need the network.
globalThis.fetch = async (url) => {
  throw new Error(`network access attempted (${url}); the schema must come from the package`);
};

const manifestPath = path.resolve(process.argv[2] || path.join(__dirname, "manifest.json"));
const dir = path.dirname(manifestPath);
const errors = [];

function readPng(file) {
  const buf = fs.readFileSync(file);
  if (!buf.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex"))) throw new Error("not a PNG file");
  let pos = 8;
  let ihdr;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") ihdr = data;
    if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const png = {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colorType: ihdr[9], // 2 RGB, 4 gray+alpha, 6 RGBA
    interlace: ihdr[12],
  };
  png.idat = Buffer.concat(idat);
  return png;
}

// Pixels of an 8-bit, non-interlaced PNG as rows of bytes (filters undone).
function pixels(png) {
  const bpp = { 0: 1, 2: 3, 4: 2, 6: 4 }[png.colorType];
  if (png.bitDepth !== 8 || png.interlace !== 0 || !bpp) throw new Error("only 8-bit non-interlaced PNGs are checked");
  const raw = zlib.inflateSync(png.idat);
  const stride = png.width * bpp;
  const rows = [];
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < png.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = (line[i] + add) & 0xff;
    }
    rows.push(line);
    prev = line;
  }
  return { rows, bpp };
}

function checkIcon(kind, rel, size) {
  if (!rel) return errors.push(`icons.${kind} is missing`);
  const file = path.join(dir, rel);
  if (!fs.existsSync(file)) return errors.push(`icons.${kind}: ${file} does not exist`);
  let png;
  try {
    png = readPng(file);
  } catch (e) {
    return errors.push(`icons.${kind}: ${file}: ${e.message}`);
  }
  if (png.width !== size || png.height !== size)
    errors.push(`icons.${kind}: ${rel} is ${png.width}x${png.height}, must be ${size}x${size}`);
  if (kind !== "outline") return;
  if (png.colorType !== 4 && png.colorType !== 6)
    return errors.push(`icons.outline: ${rel} has no alpha channel; it must be white on a transparent background`);
  const { rows, bpp } = pixels(png);
  let transparent = 0;
  let notWhite = 0;
  for (const row of rows)
    for (let i = 0; i < row.length; i += bpp) {
      const alpha = row[i + bpp - 1];
      const white = bpp === 2 ? row[i] === 255 : row[i] === 255 && row[i + 1] === 255 && row[i + 2] === 255;
      if (alpha === 0) transparent++;
      else if (!white) notWhite++;
    }
  if (transparent === 0) errors.push(`icons.outline: ${rel} has no transparent pixels`);
  if (notWhite > 0) errors.push(`icons.outline: ${rel} has ${notWhite} visible pixels that are not white`);
}

async function main() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new Error(`cannot read ${manifestPath}: ${e.message}`);
  }

  const v = manifest.manifestVersion;
  const schemaFile = path.join(
    path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build", "json-schemas", "teams", `v${v}`, "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaFile)) {
    errors.push(`manifestVersion "${v}": no bundled schema for it in @microsoft/app-manifest`);
  } else {
    if (!String(manifest.$schema || "").endsWith(`/teams/v${v}/MicrosoftTeams.schema.json`))
      errors.push(`$schema "${manifest.$schema}" does not match manifestVersion "${v}"`);
    // Same clean-up the package applies to schema text before parsing.
    const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
    for (const e of await AppManifestUtils.validateAgainstSchema(manifest, schema)) errors.push(`schema: ${e}`);
  }

  const bots = manifest.bots || [];
  if (bots.length !== 1 || !bots[0].botId) errors.push("bots: exactly one bot with a botId is required");

  checkIcon("color", manifest.icons && manifest.icons.color, 192);
  checkIcon("outline", manifest.icons && manifest.icons.outline, 32);

  if (errors.length) {
    console.error(`INVALID ${manifestPath}:`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(`OK ${manifestPath} (schema v${v}, icons checked)`);
}

main().catch((e) => {
  console.error(`INVALID ${manifestPath}: ${e.message}`);
  process.exit(1);
});
