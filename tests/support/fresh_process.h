// Runs a test body in a process of its own, for code that may run once per process (the eSpeak
// NG engine: a second one in a process throws, and eSpeak cannot be started again after it
// stops). Under CTest every test already has a process; run directly, the rawi_tests binary runs
// them all in one, and this keeps them independent of each other's order.
#pragma once

#include <functional>

namespace rawi::testing {

// Forks; the child runs `body` (its gtest failures print there) and exits 1 if the test has a
// failure then, else 0. The parent waits for it and adds a failure when it did not exit 0.
void InFreshProcess(const std::function<void()>& body);

}  // namespace rawi::testing
