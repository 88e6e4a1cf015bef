// Parses WebVTT files with webvtt-parser in strict mode, cue text included (so a word timestamp
// outside its cue or out of order is an error), and prints, per file, the cues' times, their
// word timestamps and any parse errors as JSON.
// usage: node check-vtt.js FILE.vtt...
const fs = require("fs");
const { WebVTTParser } = require("webvtt-parser");

const parser = new WebVTTParser();
const result = process.argv.slice(2).map((file) => {
  const tree = parser.parse(fs.readFileSync(file, "utf8"), "subtitles");
  return {
    file,
    errors: tree.errors.map((e) => `${e.line}: ${e.message}`),
    cues: tree.cues.map((c) => ({
      start: c.startTime,
      end: c.endTime,
      text: c.text,
      timestamps: c.tree.children.filter((n) => n.type === "timestamp").map((n) => n.value),
    })),
  };
});
console.log(JSON.stringify(result));
