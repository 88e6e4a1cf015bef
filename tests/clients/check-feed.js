// Parses a podcast feed with Podcast Index's own parser (podcast-partytime) and prints what it
// kept as JSON: the tests compare it with what rawi wrote.
// usage: node check-feed.js FEED.xml
const fs = require("fs");
const { parseFeed } = require("podcast-partytime");

const feed = parseFeed(fs.readFileSync(process.argv[2], "utf8"));
if (!feed) {
  console.error("podcast-partytime could not parse the feed");
  process.exit(1);
}
const items = (feed.items || []).map((item) => ({
  title: item.title,
  guid: item.guid,
  enclosure: item.enclosure,
  duration: item.duration,
  chapters: item.podcastChapters || null,
  transcripts: item.podcastTranscripts || [],
}));
console.log(JSON.stringify({
  title: feed.title,
  language: feed.language,
  guid: feed.guid,
  locked: feed.locked,
  explicit: feed.explicit,
  itunesImage: feed.itunesImage || null,
  items,
}));
