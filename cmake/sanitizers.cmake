# Sanitizer and fuzzing builds (see README "Hardening"). Both are off by default.
#
#   -DDARTS_SANITIZE=address,undefined   AddressSanitizer + UndefinedBehaviorSanitizer
#   -DDARTS_SANITIZE=thread              ThreadSanitizer (with tests/tsan.supp, see there)
#   -DDARTS_FUZZ=ON                      the libFuzzer targets in tests/fuzz (clang only)
#
# The flags go on every target of the project (compile and link), so that the
# core, the window and the tests are instrumented alike. Qt, Eigen's compiled
# parts (none: header-only) and GiNaC come from Debian and are not instrumented.

set(DARTS_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined or thread (empty: none)")
option(DARTS_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(DARTS_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "DARTS_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Fuzzing finds memory errors and undefined behaviour only when they are reported.
  if(NOT DARTS_SANITIZE)
    set(DARTS_SANITIZE address,undefined)
  endif()
  # Coverage feedback from the whole core, not only from the fuzz targets;
  # they link libFuzzer's main themselves (-fsanitize=fuzzer, tests/fuzz).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(DARTS_SANITIZE)
  # -O1 (last, so it wins over the build type's -O3): what the sanitizers' authors
  # advise, and it builds in half the time of -O3, which instrumented is over three
  # times a plain build. Frame pointers keep the reports' stacks whole; -g1 gives
  # them file and line (line tables only, cheap to build).
  set(_darts_sanitize_flags -fsanitize=${DARTS_SANITIZE} -O1 -fno-omit-frame-pointer -g1)
  if(DARTS_SANITIZE MATCHES "undefined")
    # A UBSan report must fail the test that triggers it, not just print.
    list(APPEND _darts_sanitize_flags -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${_darts_sanitize_flags})
  # Tests skip their timing checks: instrumented code runs several times slower.
  add_compile_definitions(DARTS_SANITIZED_BUILD)
  add_link_options(-fsanitize=${DARTS_SANITIZE})
  message(STATUS "Sanitizers: ${DARTS_SANITIZE}")
endif()
