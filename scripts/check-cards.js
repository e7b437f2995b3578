// Parses every card JSON in a folder with the official Adaptive Cards renderer (npm adaptivecards) and
// renders it to HTML in jsdom. Any parse or validation event, or a card that does not render, fails the run.
// Usage: node scripts/check-cards.js <folder with *.json> [<folder for *.html>]
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");

const dom = new JSDOM("<!doctype html><html><body></body></html>");
// The renderer expects a browser: give it every window global it may reach for (HTMLButtonElement and friends).
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis)) {
    try { globalThis[key] = dom.window[key]; } catch { /* read-only globals stay Node's */ }
  }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;

const AC = require("adaptivecards/dist/adaptivecards.js");
// Teams renders markdown; here plain text is enough and stops the "markdown not enabled" warning.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };

const [inDir, outDir] = process.argv.slice(2);
if (!inDir) { console.error("usage: node scripts/check-cards.js <cards folder> [<html folder>]"); process.exit(2); }
const files = fs.readdirSync(inDir).filter(f => f.endsWith(".json")).sort();
if (files.length === 0) { console.error(`no cards in ${inDir}`); process.exit(1); }
if (outDir) fs.mkdirSync(outDir, { recursive: true });

let failures = 0;
for (const file of files) {
  const json = JSON.parse(fs.readFileSync(path.join(inDir, file), "utf8"));
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) problems.push("parse: " + context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push("validate: " + e.message);
  const element = card.render();
  if (!element || element.textContent.trim().length === 0) problems.push("render: nothing rendered");
  if (problems.length > 0) {
    failures++;
    console.error(`FAIL ${file}\n  ${problems.join("\n  ")}`);
  } else {
    console.log(`ok   ${file}`);
  }
  if (outDir && element) fs.writeFileSync(path.join(outDir, file.replace(/\.json$/, ".html")), element.outerHTML);
}
console.log(`${files.length - failures} of ${files.length} cards parse, validate and render`);
process.exit(failures > 0 ? 1 : 0);
