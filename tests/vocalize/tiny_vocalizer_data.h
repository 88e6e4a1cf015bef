// A small voices/ar-vocalizer.bin made in memory, for tests of the layers that read it:
//   table   عقد: عَقْد ×5, عُقِد ×3 (عُقِد after وقد ×4, عَقْد before العمل ×2); الاجتماع: الْاِجْتِمَاع
//   lemmas  مُشْتَرَك (noun), كَتَبَ (past), يَكْتُب (imperfect)
//   model   trained on كِتَاب, مَكْتَب, كُتُب, مَدْرَسَة, دَرْس (2^10 rows)
#pragma once

#include <string>

namespace rawi::testing {

std::string TinyVocalizerData();

}  // namespace rawi::testing
