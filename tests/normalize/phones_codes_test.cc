#include "normalize/phones_codes.h"

#include <gtest/gtest.h>

#include "support/recognizer_run.h"

namespace rawi {
namespace {

using testing::NotRead;
using testing::Read;
using testing::Recognize;
using testing::RecognizerCase;
using testing::RecognizeRun;

class NormalizerPhoneTest : public ::testing::TestWithParam<RecognizerCase> {};

TEST_P(NormalizerPhoneTest, Reads) {
  EXPECT_EQ(Recognize(GetParam().text, ReadPhone), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerPhoneTest,
    ::testing::Values(
        RecognizerCase{
            "+218 91 234 5678.",
            Read("زَائِد اِثْنَان وَاحِد ثَمَانِيَة، تِسْعَة وَاحِد، اِثْنَان ثَلَاثَة أَرْبَعَة، خَمْسَة سِتَّة سَبْعَة ثَمَانِيَة",
                 ".")},
        RecognizerCase{"0912345678",
                       Read("صِفْر تِسْعَة وَاحِد، اِثْنَان ثَلَاثَة أَرْبَعَة، خَمْسَة سِتَّة سَبْعَة ثَمَانِيَة", "")},
        RecognizerCase{"091-234-5678 ",
                       Read("صِفْر تِسْعَة وَاحِد، اِثْنَان ثَلَاثَة أَرْبَعَة، خَمْسَة سِتَّة سَبْعَة ثَمَانِيَة", " ")},
        RecognizerCase{"+12345", NotRead("+12345")},            // too short
        RecognizerCase{"091234567.5", NotRead("091234567.5")},  // a decimal
        RecognizerCase{"912345678", NotRead("912345678")},      // no leading 0 or +
        RecognizerCase{"+ 1", NotRead("+ 1")}));

class NormalizerNamingNumberTest : public ::testing::TestWithParam<RecognizerCase> {};

TEST_P(NormalizerNamingNumberTest, Reads) {
  const auto naming = [](Scan& s, const NumberRun& run) {
    const auto v = Evaluate(run, false);
    return v && SayNamingNumber(s, *v, run);
  };
  EXPECT_EQ(RecognizeRun(GetParam().text, naming, GetParam().previous), GetParam().expected)
      << GetParam().previous << " " << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizerNamingNumberTest,
    ::testing::Values(
        RecognizerCase{"20240517", Read("اِثْنَان صِفْر اِثْنَان، أَرْبَعَة صِفْر خَمْسَة، وَاحِد سَبْعَة", ""), "رقم"},
        RecognizerCase{"1234", Read("وَاحِد اِثْنَان ثَلَاثَة أَرْبَعَة", ""), "والهاتف"},
        RecognizerCase{"123", Read("مِئَة وَثَلَاثَة وَعِشْرِين", ""), "رقم"},  // a label below four digits
        RecognizerCase{"21", Read("الْحَادِي وَالْعِشْرِين", ""), "القرن"},
        RecognizerCase{"1 للجمعية", Read("الْأُولَى", " للجمعية"), "للدورة"},
        RecognizerCase{"103", Read("مِئَة وَثَلَاثَة", ""), "الحلقة"},
        RecognizerCase{"5 من", Read("خَمْسَة", " من"), "بالمادة"},
        RecognizerCase{"5 مليون", NotRead(" مليون"), "الرقم"},
        RecognizerCase{"3 مارس", NotRead(" مارس"), "الجدول"},
        RecognizerCase{"3 موظفين", NotRead(" موظفين"), "فصل"},
        RecognizerCase{"3.5", NotRead(""), "المادة"}));

}  // namespace
}  // namespace rawi
