// libFuzzer target: the CSV/TSV reader (see fuzz_inputs.h).
#include "fuzz_inputs.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    darts::fuzz::readTableInput(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
