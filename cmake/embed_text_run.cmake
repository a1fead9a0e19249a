file(READ "${INPUT}" content)
# A raw string literal cannot hold its own delimiter; pick one the text never contains.
set(delim "EMBED_7f3a")
string(FIND "${content}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter ${delim}")
endif()
# The page agent is longer than the 65536 characters a compiler must take in one
# literal; GCC and clang take it, but clang's -Wpedantic says so (an error with
# -Werror): silenced for this literal only.
file(WRITE "${OUTPUT}" "#pragma once\n// Generated from ${INPUT}; edit that file instead.\n// static: each including file gets its own copy, so two parts embedding pages\n// under the same symbol can never be merged by the linker.\n#pragma GCC diagnostic push\n#pragma GCC diagnostic ignored \"-Woverlength-strings\"\nstatic constexpr char ${SYMBOL}[] = R\"${delim}(${content})${delim}\";\n#pragma GCC diagnostic pop\n")
