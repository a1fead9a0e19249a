file(READ "${INPUT}" content)
# A raw string literal cannot hold its own delimiter; pick one the text never contains.
set(delim "EMBED_7f3a")
string(FIND "${content}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter ${delim}")
endif()
file(WRITE "${OUTPUT}" "#pragma once\n// Generated from ${INPUT}; edit that file instead.\n// static: each including file gets its own copy, so two parts embedding pages\n// under the same symbol can never be merged by the linker.\nstatic constexpr char ${SYMBOL}[] = R\"${delim}(${content})${delim}\";\n")
