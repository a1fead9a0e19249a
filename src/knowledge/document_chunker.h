// ChunkDocument cuts a document's text into passages small enough to hand to an
// LLM as context and specific enough to rank well: sections by heading, then
// paragraphs, packed up to a target size, with a little overlap so a fact that
// straddles a cut is still whole in one chunk.
//
// Contract:
//  - Headings: Markdown ATX (`# Title`) and setext (`Title` over `===`/`---`)
//    headings outside code fences; a chunk's heading is the path of headings above
//    it ("Experience > Acme"). In PDFs and plain text a short title-like line (a few
//    capitalised words, no sentence punctuation) starts a section; title lines with
//    nothing between them are joined into one heading.
//  - No chunk is longer than target_chars bytes; consecutive chunks of one section
//    share up to overlap_chars bytes (cut at a word boundary); chunks never span two
//    sections and never cut a UTF-8 sequence.
//  - Pure function; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "knowledge/document_text.h"

namespace applier::knowledge {

struct ChunkOptions {
  std::size_t target_chars = 800;
  std::size_t overlap_chars = 120;  // ~15% of the target
};

struct TextChunk {
  std::string heading;  // "" for text before the first heading
  std::string text;
};

std::vector<TextChunk> ChunkDocument(const ExtractedText& document,
                                     const ChunkOptions& options = {});

}  // namespace applier::knowledge
