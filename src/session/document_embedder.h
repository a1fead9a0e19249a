// Embeddings for the user's documents: the chunks a DocumentLibrary stored without a
// vector from the LLM's embedding model are sent to LlmClient::Embed in batches and
// the vectors stored back, so retrieval can fuse BM25 with cosine similarity
// (document_library.h). Used after an upload (`applier serve`) and after
// `applier apply --documents`.
//
// The model a vector is stored under is the one the reply names, which is also what
// FieldReasoner puts in its QueryEmbedding, so questions and chunks always compare
// vectors of the same model even when a fallback provider answered.
//
// Errors: the LlmClient's (kNotFound when no provider has an embedding model) and
// the store's. Chunks embedded before a failure stay stored; BM25 works either way.
//
// Threading: the library is reached only through `access`, which must serialise it
// with every other use of its database connection (the server holds its mutex for
// the length of one call); the LLM call runs on the caller's executor between the
// store calls, never under that lock. The LlmClient must outlive the call.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "knowledge/document_library.h"
#include "llm/llm_client.h"
#include "llm/provider.h"

namespace applier::session {

// Runs `work` on the user's DocumentLibrary and returns its status.
using LibraryAccess =
    std::function<Status(const std::function<Status(knowledge::DocumentLibrary&)>& work)>;

struct EmbedderOptions {
  int batch = 32;        // chunks per Embed call
  int max_batches = 64;  // a bound on one run: an upload of a few thousand chunks
};

struct EmbeddedChunks {
  int chunks = 0;  // vectors stored
  int calls = 0;   // Embed calls that succeeded
  std::string model;
};

// The embedding model of the first provider that has one; "" when none has.
std::string FirstEmbeddingModel(const std::vector<llm::ProviderConfig>& providers);

// Embeds every chunk of `user_id` that has no vector from `model` yet. `model` is
// FirstEmbeddingModel of the client's chain.
boost::asio::awaitable<Result<EmbeddedChunks>> EmbedPendingChunks(const llm::LlmClient& llm,
                                                                  std::string model,
                                                                  std::string user_id,
                                                                  LibraryAccess access,
                                                                  EmbedderOptions options = {});

}  // namespace applier::session
