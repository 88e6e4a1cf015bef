#include "render/credit_line.h"

#include <utility>

#include "text/language.h"

namespace rawi {
namespace {

constexpr const char* kArabicMonths[] = {"يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
                                         "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr const char* kEnglishMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "YYYY-MM-DD…" as the article's language writes a date, "" when it is not one.
std::string WrittenDate(std::string_view iso, bool arabic) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  const std::string_view year = iso.substr(0, 4);
  const std::string_view month = iso.substr(5, 2);
  const std::string_view day = iso.substr(8, 2);
  if (!IsDigits(year) || !IsDigits(month) || !IsDigits(day)) return "";
  const int m = std::stoi(std::string(month));
  const int d = std::stoi(std::string(day));
  if (m < 1 || m > 12 || d < 1 || d > 31) return "";
  const std::string day_text = std::to_string(d);
  if (arabic) return day_text + " " + kArabicMonths[m - 1] + " " + std::string(year);
  return std::string(kEnglishMonths[m - 1]) + " " + day_text + ", " + std::string(year);
}

}  // namespace

std::vector<std::string> CreditSentences(const Document& doc, const Announcements& announce) {
  const bool arabic = Language(doc.language).IsArabic();
  std::vector<std::string> sentences;
  if (announce.site_name && !doc.site_name.empty()) {
    sentences.push_back((arabic ? "عن " : "From ") + doc.site_name + ".");
  }
  if (announce.byline && !doc.byline.empty()) {
    sentences.push_back((arabic ? "بقلم " : "By ") + doc.byline + ".");
  }
  if (announce.date) {
    if (const std::string date = WrittenDate(doc.date_iso, arabic); !date.empty()) {
      sentences.push_back((arabic ? "نُشر في " : "Published on ") + date + ".");
    }
  }
  return sentences;
}

void AddCredits(Document& doc, const Announcements& announce, const SpokenLineFn& spoken_line) {
  const std::vector<std::string> credits = CreditSentences(doc, announce);
  if (credits.empty()) return;
  Paragraph paragraph;
  paragraph.language = doc.language;
  paragraph.credits = true;
  for (const std::string& credit : credits) {
    paragraph.text += (paragraph.text.empty() ? "" : " ") + credit;
    paragraph.sentences.emplace_back(credit, spoken_line(credit, doc.language));
  }
  if (doc.sections.empty() || doc.sections.front().heading)
    doc.sections.emplace(doc.sections.begin());
  auto& paragraphs = doc.sections.front().paragraphs;
  paragraphs.insert(paragraphs.begin(), std::move(paragraph));
}

}  // namespace rawi
