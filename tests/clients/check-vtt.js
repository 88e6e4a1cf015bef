// Parses WebVTT files with webvtt-parser in strict mode and prints, per file, the cues' times and
// any parse errors as JSON.
// usage: node check-vtt.js FILE.vtt...
const fs = require("fs");
const { WebVTTParser } = require("webvtt-parser");

const parser = new WebVTTParser();
const result = process.argv.slice(2).map((file) => {
  const tree = parser.parse(fs.readFileSync(file, "utf8"), "metadata");
  return {
    file,
    errors: tree.errors.map((e) => `${e.line}: ${e.message}`),
    cues: tree.cues.map((c) => ({ start: c.startTime, end: c.endTime, text: c.text })),
  };
});
console.log(JSON.stringify(result));
