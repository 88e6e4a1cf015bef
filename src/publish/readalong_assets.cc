#include "publish/readalong_assets.h"

#include "text/language.h"

namespace rawi {
namespace {

// Colours meet WCAG AA (4.5:1 for text) in both schemes, the highlights included; the current
// sentence is underlined as well as tinted, so it does not depend on colour alone.
constexpr std::string_view kStyle = R"css(
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#545454;--link:#0b57d0;
--bar:#f3f3f3;--rule:#c8c8c8;--now:#fff0a8;--now-fg:#1b1b1b;--word:#f5c400;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b8b8b8;
--link:#8ab4f8;--bar:#1f1f1f;--rule:#474747;--now:#4a3b00;--now-fg:#fff;--word:#7a5f00;
--focus:#8ab4f8}}
html{background:var(--bg);color:var(--fg)}
body{margin:0;font:1.2rem/1.8 system-ui,"Noto Sans","DejaVu Sans",sans-serif}
:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",serif}
html:lang(ar) body{font-size:1.3rem;line-height:2}
main{max-width:44rem;margin:0 auto;padding:0 1rem 4rem}
h1{font-size:1.9rem;line-height:1.4;margin:1.5rem 0 .5rem}
h2{font-size:1.45rem;line-height:1.4;margin:2.2rem 0 .6rem}
.meta{color:var(--muted);margin:0 0 1rem}
a{color:var(--link)}
.player{position:sticky;top:0;z-index:1;background:var(--bar);border-bottom:1px solid var(--rule);
margin:0 -1rem;padding:.6rem 1rem}
audio{display:block;width:100%}
.keys{font-size:.95rem;line-height:1.7;margin:.6rem 0 0;color:var(--muted)}
kbd{font:inherit;font-size:.9em;border:1px solid var(--muted);border-radius:4px;padding:0 .3em}
nav ol{margin:1rem 0;padding-inline-start:1.6rem}
nav a[aria-current]{font-weight:bold;text-decoration-thickness:3px}
.s{cursor:pointer;border-radius:3px}
.s:hover{text-decoration:underline dotted}
.now{background:var(--now);color:var(--now-fg);text-decoration:underline 2px;
text-underline-offset:.3em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.now-word{background:var(--word);color:var(--now-fg);border-radius:3px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
@media (prefers-reduced-motion:no-preference){.s,h1,h2{transition:background-color .2s}}
@media print{.player,nav{display:none}}
)css";

// Follows the audio: marks the cue being spoken (and its word, when the timings have words),
// keeps it in view, and takes the keyboard. Times come from the inline timings JSON; the page's
// ids follow its order (readalong_page.h).
constexpr std::string_view kScript = R"js(
"use strict";
(() => {
  const data = JSON.parse(document.getElementById("timings").textContent);
  const audio = document.getElementById("audio");
  const player = document.querySelector(".player");
  const nextKey = document.documentElement.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  const previousKey = nextKey === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
  const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)");
  // A seek lands on a cue's start give or take the media clock's rounding.
  const EPSILON = 0.005;

  // Words of the sentence element `el` as spans, where each word's text is found in order in the
  // sentence; null when none is.
  function wrapWords(el, words) {
    const text = el.textContent;
    const parts = [];
    const spans = [];
    let at = 0;
    for (const w of words) {
      if (!w || typeof w.text !== "string" || !w.text || !(w.start <= w.end)) continue;
      const found = text.indexOf(w.text, at);
      if (found < 0) continue;
      parts.push(text.slice(at, found));
      const span = document.createElement("span");
      span.className = "w";
      span.textContent = w.text;
      parts.push(span);
      spans.push({start: w.start, end: w.end, el: span});
      at = found + w.text.length;
    }
    if (!spans.length) return null;
    parts.push(text.slice(at));
    el.replaceChildren(...parts);
    return spans;
  }

  // In time order: the title (spoken from 0), each heading (from its section's start) and each
  // sentence.
  const cues = [];
  const sections = [];
  const title = document.getElementById("title");
  if (title.hasAttribute("data-start")) cues.push({start: 0, el: title, section: 0});
  let n = 0;
  data.sections.forEach((section, k) => {
    sections.push({start: section.start,
                   link: document.querySelector('nav a[href="#sec-' + (k + 1) + '"]')});
    const heading = document.getElementById("h-" + (k + 1));
    if (heading) cues.push({start: section.start, el: heading, section: k});
    for (const paragraph of section.paragraphs) {
      for (const s of paragraph.sentences) {
        const el = document.getElementById("s-" + ++n);
        if (!el) continue;
        const words = Array.isArray(s.words) ? wrapWords(el, s.words) : null;
        const cue = {start: s.start, end: s.end, el, section: k, sentence: true, words};
        el.addEventListener("click", () => go(cue.start, true));
        cues.push(cue);
      }
    }
  });

  // The last cue started at `t`, -1 before the first.
  function cueAt(t) {
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid].start <= t + EPSILON) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  let userScrolled = 0;
  for (const type of ["wheel", "touchmove"]) {
    addEventListener(type, () => { userScrolled = Date.now(); }, {passive: true});
  }
  // Scrolls `el` to the middle unless it is in view below the player, or (when the audio moved
  // it, `force` false) the reader scrolled away in the last seconds.
  function keepInView(el, force) {
    if (!force && Date.now() - userScrolled < 4000) return;
    const box = el.getBoundingClientRect();
    if (box.top >= player.getBoundingClientRect().bottom && box.bottom <= innerHeight) return;
    el.scrollIntoView({block: "center", behavior: reduceMotion.matches ? "auto" : "smooth"});
  }

  let current = -1;
  let section = -1;
  let word = null;
  function update(force) {
    const t = audio.currentTime;
    const i = cueAt(t);
    if (i !== current) {
      if (current >= 0) {
        cues[current].el.classList.remove("now");
        cues[current].el.removeAttribute("aria-current");
      }
      current = i;
      if (i >= 0) {
        cues[i].el.classList.add("now");
        cues[i].el.setAttribute("aria-current", "true");
        keepInView(cues[i].el, force);
      }
      const k = i >= 0 ? cues[i].section : -1;
      if (k !== section) {
        if (section >= 0 && sections[section].link) {
          sections[section].link.removeAttribute("aria-current");
        }
        section = k;
        if (k >= 0 && sections[k].link) sections[k].link.setAttribute("aria-current", "location");
      }
    }
    let w = null;
    const cue = cues[current];
    if (cue && cue.words && t <= cue.end + EPSILON) {
      for (const candidate of cue.words) {
        if (candidate.start > t + EPSILON) break;
        w = candidate.el;
      }
    }
    if (w !== word) {
      if (word) word.classList.remove("now-word");
      word = w;
      if (w) w.classList.add("now-word");
    }
  }

  function go(t, play) {
    audio.currentTime = t;
    update(true);
    if (play) audio.play().catch(() => {});
  }
  function stepSentence(d) {
    for (let j = current + d; j >= 0 && j < cues.length; j += d) {
      if (cues[j].sentence) return go(cues[j].start, false);
    }
  }
  function stepSection(d) {
    const k = (current >= 0 ? cues[current].section : -1) + d;
    if (k >= 0 && k < sections.length) go(sections[k].start, false);
  }
  function toggle() {
    if (audio.paused) audio.play().catch(() => {}); else audio.pause();
  }

  let frame = 0;
  function tick() {
    update(false);
    frame = audio.paused ? 0 : requestAnimationFrame(tick);
  }
  audio.addEventListener("play", () => { if (!frame) frame = requestAnimationFrame(tick); });
  for (const type of ["timeupdate", "seeking", "seeked", "pause", "loadedmetadata"]) {
    audio.addEventListener(type, () => update(false));
  }
  sections.forEach((s) => {
    if (s.link) s.link.addEventListener("click", (e) => { e.preventDefault(); go(s.start, true); });
  });

  // Space or K, N and P (their key on any layout: the Arabic one types other letters), the arrow
  // that reads forward in the page's direction and the other one; Shift+N and Shift+P by section.
  // Fields keep their keys, and buttons and the player their Space and arrows.
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : document.body;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    const native = target.closest("button, summary, audio, video") !== null;
    const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase()
        : /^Key[A-Z]$/.test(e.code) ? e.code.slice(3).toLowerCase() : "";
    let action = null;
    if ((e.key === " " && !native) || (letter === "k" && !e.shiftKey)) action = toggle;
    else if (letter === "n") action = () => e.shiftKey ? stepSection(1) : stepSentence(1);
    else if (letter === "p") action = () => e.shiftKey ? stepSection(-1) : stepSentence(-1);
    else if (!native && !e.shiftKey && e.key === nextKey) action = () => stepSentence(1);
    else if (!native && !e.shiftKey && e.key === previousKey) action = () => stepSentence(-1);
    if (!action) return;
    e.preventDefault();
    action();
  });

  // A link to a section or sentence (page#sec-2, page#s-14) starts there.
  const id = decodeURIComponent(location.hash.slice(1));
  const linked = /^sec-(\d+)$/.exec(id);
  if (linked && sections[linked[1] - 1]) go(sections[linked[1] - 1].start, false);
  else if (cues.some((c) => c.el.id === id)) go(cues.find((c) => c.el.id === id).start, false);
  else update(false);
})();
)js";

constexpr ReadalongUiText kArabic{
    "أقسام المقال", "البداية", "الاستماع إلى المقال",
    "لوحة المفاتيح: <kbd>مسافة</kbd> أو <kbd>K</kbd> تشغيل وإيقاف · <kbd>NEXT</kbd> أو "
    "<kbd>N</kbd> الجملة التالية · <kbd>PREVIOUS</kbd> أو <kbd>P</kbd> الجملة السابقة · "
    "<kbd>Shift</kbd>+<kbd>N</kbd> و<kbd>Shift</kbd>+<kbd>P</kbd> القسم التالي والسابق · "
    "انقر جملة لتسمعها."};

constexpr ReadalongUiText kEnglish{
    "Sections", "Beginning", "Listen to the article",
    "Keyboard: <kbd>Space</kbd> or <kbd>K</kbd> play/pause · <kbd>NEXT</kbd> or <kbd>N</kbd> "
    "next sentence · <kbd>PREVIOUS</kbd> or <kbd>P</kbd> previous sentence · "
    "<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>Shift</kbd>+<kbd>P</kbd> next / previous section · "
    "click a sentence to hear it."};

}  // namespace

std::string_view ReadalongStyle() { return kStyle; }

std::string_view ReadalongScript() { return kScript; }

const ReadalongUiText& ReadalongUi(const Language& language) {
  return language.IsArabic() ? kArabic : kEnglish;
}

}  // namespace rawi
