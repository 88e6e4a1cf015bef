// Compiled twice by tests/flow/CMakeLists.txt: once as part of the render stage's consumers,
// where it builds, and once as part of the normalize stage, which comes before render in the
// flow and so must not see render's headers.
#include "render/text_pipeline.h"

namespace rawi {

TextForms FlowCheckForms() { return TextForms::kWritten; }

}  // namespace rawi
