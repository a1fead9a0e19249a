#include "session/document_embedder.h"

#include <utility>

namespace applier::session {

namespace asio = boost::asio;

std::string FirstEmbeddingModel(const std::vector<llm::ProviderConfig>& providers) {
  for (const auto& provider : providers) {
    if (!provider.embedding_model.empty()) return provider.embedding_model;
  }
  return "";
}

asio::awaitable<Result<EmbeddedChunks>> EmbedPendingChunks(const llm::LlmClient& llm,
                                                           std::string model, std::string user_id,
                                                           LibraryAccess access,
                                                           EmbedderOptions options) {
  EmbeddedChunks done;
  done.model = model;
  for (int batch = 0; batch < options.max_batches; ++batch) {
    std::vector<knowledge::ChunkText> pending;
    Status listed = access([&](knowledge::DocumentLibrary& library) -> Status {
      auto chunks = library.ChunksNeedingEmbeddings(user_id, done.model, options.batch);
      if (!chunks) return Fail(chunks.error());
      pending = std::move(*chunks);
      return {};
    });
    if (!listed) co_return Fail(listed.error());
    if (pending.empty()) co_return done;

    std::vector<std::string> inputs;
    inputs.reserve(pending.size());
    for (const auto& chunk : pending) {
      // The heading places a passage ("Projects", "Why robots"); embed it with the text.
      inputs.push_back(chunk.heading.empty() ? chunk.text : chunk.heading + "\n" + chunk.text);
    }
    auto reply = co_await llm.Embed(std::move(inputs));
    if (!reply) co_return Fail(reply.error());
    ++done.calls;
    std::vector<knowledge::ChunkEmbedding> vectors;
    for (std::size_t i = 0; i < pending.size() && i < reply->vectors.size(); ++i) {
      vectors.push_back({pending[i].chunk_id, std::move(reply->vectors[i])});
    }
    const std::string stored_as = reply->model.empty() ? done.model : reply->model;
    Status stored = access([&](knowledge::DocumentLibrary& library) {
      return library.StoreEmbeddings(user_id, stored_as, vectors);
    });
    if (!stored) co_return Fail(stored.error());
    done.chunks += static_cast<int>(vectors.size());
    // A fallback provider (or a server that names its model differently) answered:
    // from here on ask for the chunks that model has not embedded.
    done.model = stored_as;
  }
  co_return done;
}

}  // namespace applier::session
