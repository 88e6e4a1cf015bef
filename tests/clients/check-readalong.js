// Opens a read-along page (rawi render --html) from file:// in Debian's Chromium, driven by
// Playwright, uses it as a listener would and prints what it saw as JSON: the tests compare it
// with the timings rawi wrote. Nothing is judged here.
// usage: node check-readalong.js PAGE.html [--probe T,T,...] [--play] [--nav] [--keys-at T]
//          [--words-at T] [--axe]
//   --probe     pause, set audio.currentTime = T, report the highlighted cue
//   --play      press K, let it play, report times and cues; K and Space pause and play
//   --nav       Tab to the second section's link, press Enter, report where the audio went
//   --keys-at   from T, press N, the forward arrow, P, the backward arrow, Shift+N, Shift+P twice
//               and N as an Arabic keyboard types it; report the cue and time after each
//   --words-at  at T: the highlighted word, and the word the page's timings name there
//   --axe       axe-core on the page with a sentence (and word) highlighted, light and dark
//               color scheme, and the contrast of the highlights
//   --without-words T  a copy of the page whose timings have no words, at T: what it highlights
// CHROMIUM names the browser (default /usr/bin/chromium).
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
const page_path = path.resolve(args[0]);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args[i + 1];
};
const flag = (name) => args.includes(name);

// What the page highlights now: the element with aria-current="true" (and how many have it).
const CURRENT = () => {
  const marked = document.querySelectorAll('[aria-current="true"]');
  const now = document.querySelectorAll(".now");
  const el = marked[0];
  const word = document.querySelector(".now-word");
  const link = document.querySelector('nav a[aria-current="location"]');
  return {
    current: el ? el.id : null,
    text: el ? el.textContent : null,
    marked: marked.length,
    classed: now.length,
    word: word ? word.textContent : null,
    wordIndex: word ? [...el.querySelectorAll(".w")].indexOf(word) : -1,
    nav: link ? link.getAttribute("href") : null,
    time: document.getElementById("audio").currentTime,
    paused: document.getElementById("audio").paused,
  };
};

// Pauses, seeks to `t` and reports once the page has drawn what it highlights there.
async function seek(page, t) {
  await page.evaluate(
    (t) =>
      new Promise((resolve) => {
        const audio = document.getElementById("audio");
        audio.pause();
        audio.addEventListener("seeked", () => requestAnimationFrame(resolve), { once: true });
        audio.currentTime = t;
      }),
    t);
  return state(page);
}

async function state(page) {
  return page.evaluate(CURRENT);
}

// Waits until the audio is playing (or paused) and has reported a time since.
async function until(page, playing) {
  await page.waitForFunction(
    (playing) => document.getElementById("audio").paused === !playing, playing,
    { timeout: 5000 });
}

// The inline timings of the page file at `source`.
function inlineTimings(source) {
  const html = fs.readFileSync(source, "utf8");
  const open = '<script type="application/json" id="timings">';
  const from = html.indexOf(open) + open.length;
  const to = html.indexOf("</script>", from);
  return { html, from, to, timings: JSON.parse(html.slice(from, to)) };
}

// A copy of the page whose timings have no words, beside it (so its audio is found).
function withoutWords(source) {
  const { html, from, to, timings } = inlineTimings(source);
  for (const section of timings.sections) {
    for (const paragraph of section.paragraphs) {
      for (const s of paragraph.sentences) delete s.words;
    }
  }
  const json = JSON.stringify(timings).replace(/</g, "\\u003c");
  const copy = path.join(path.dirname(source), "index.no-words.html");
  fs.writeFileSync(copy, html.slice(0, from) + json + html.slice(to));
  return copy;
}

// WCAG contrast ratios of the highlighted cue and word against their own (opaque) backgrounds,
// which axe-core often leaves undecided for text under the sticky player.
const CONTRAST = () => {
  const channels = (color) => color.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const linear = (v) => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const ratio = (el) => {
    const style = getComputedStyle(el);
    const background = channels(style.backgroundColor);
    if (background.length === 4 && background[3] < 1) return 0;  // not opaque: no own background
    const a = luminance(channels(style.color));
    const b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const current = document.querySelector('[aria-current="true"]');
  const word = document.querySelector(".now-word");
  return { current: current ? ratio(current) : null, word: word ? ratio(word) : null };
};

async function axe(page, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ["violations"] }));
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor);
  return {
    background,
    highlight: await page.evaluate(CONTRAST),
    passes: result.passes.length,
    violations: result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary),
    })),
  };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--autoplay-policy=no-user-gesture-required", "--mute-audio"],
  });
  const report = { errors: [], dialogs: 0 };
  try {
    const context = await browser.newContext({ reducedMotion: "reduce" });
    // The page must not reach the network: count any request that is not a file.
    report.network = 0;
    await context.route(/^(?!file:)/, (route) => {
      report.network++;
      route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => report.errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") report.errors.push(m.text()); });
    page.on("dialog", (d) => { report.dialogs++; d.dismiss(); });
    await page.goto("file://" + page_path);
    await page.waitForFunction(() => document.getElementById("audio").readyState >= 1,
                               null, { timeout: 10000 });
    report.duration = await page.evaluate(() => document.getElementById("audio").duration);
    report.sentences = await page.evaluate(() => document.querySelectorAll("span.s").length);
    report.dir = await page.evaluate(() => document.documentElement.dir);

    if (flag("--play")) {
      const play = {};
      await page.keyboard.press("k");
      await until(page, true);
      play.samples = [];
      for (let i = 0; i < 4; i++) {
        await page.waitForTimeout(400);
        play.samples.push(await state(page));
      }
      await page.keyboard.press("k");
      await until(page, false);
      play.afterK = await state(page);
      await page.keyboard.press(" ");
      await until(page, true);
      play.afterSpace = await state(page);
      await page.keyboard.press(" ");
      await until(page, false);
      play.afterSecondSpace = await state(page);
      report.play = play;
    }

    if (flag("--nav")) {
      await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
      let tabs = 0;
      while (tabs < 40) {
        await page.keyboard.press("Tab");
        tabs++;
        const href = await page.evaluate(() => document.activeElement.getAttribute("href"));
        if (href === "#sec-2") break;
      }
      await page.keyboard.press("Enter");
      await until(page, true);
      await page.waitForTimeout(300);
      report.nav = { tabs, ...(await state(page)) };
      await page.evaluate(() => document.getElementById("audio").pause());
      await until(page, false);
    }

    const probes = option("--probe");
    if (probes) {
      report.probes = [];
      for (const t of probes.split(",").map(Number)) {
        report.probes.push({ t, ...(await seek(page, t)) });
      }
    }

    const keysAt = option("--keys-at");
    if (keysAt !== null) {
      const forward = report.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
      const backward = report.dir === "rtl" ? "ArrowRight" : "ArrowLeft";
      await page.evaluate(() => document.activeElement.blur());
      const keys = [{ key: "start", ...(await seek(page, Number(keysAt))) }];
      for (const key of ["n", forward, "p", backward, "Shift+N", "Shift+P", "Shift+P"]) {
        await page.keyboard.press(key);
        keys.push({ key, ...(await state(page)) });
      }
      // N where an Arabic keyboard is in use: the key is KeyN, the character another.
      await page.evaluate(() => document.body.dispatchEvent(
        new KeyboardEvent("keydown", { key: "ى", code: "KeyN", bubbles: true, cancelable: true })));
      keys.push({ key: "arabic-layout N", ...(await state(page)) });
      report.keys = keys;
    }

    const wordsAt = option("--words-at");
    if (wordsAt !== null) {
      const t = Number(wordsAt);
      const seen = await seek(page, t);
      const { timings } = inlineTimings(page_path);
      const all = timings.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
      const sentence = seen.current && seen.current.startsWith("s-")
        ? all[Number(seen.current.slice(2)) - 1] : null;
      const word = sentence && sentence.words && seen.wordIndex >= 0
        ? sentence.words[seen.wordIndex] : null;
      report.words = { t, ...seen, expected: word };
    }

    if (flag("--axe")) {
      report.axe = { light: await axe(page, "light"), dark: await axe(page, "dark") };
    }

    const bare = option("--without-words");
    if (bare !== null) {
      const copy = withoutWords(page_path);
      await page.goto("file://" + copy);
      await page.waitForFunction(() => document.getElementById("audio").readyState >= 1,
                                 null, { timeout: 10000 });
      report.withoutWords = {
        t: Number(bare), ...(await seek(page, Number(bare))),
        wrapped: await page.evaluate(() => document.querySelectorAll(".w").length),
      };
      fs.unlinkSync(copy);
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(report));
})().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
