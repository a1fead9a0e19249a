#include "knowledge/document_library.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "knowledge/document_digest.h"

namespace applier::knowledge {
namespace {

// Reciprocal rank fusion constant from Cormack, Clarke & Büttcher (SIGIR 2009).
constexpr double kRrfK = 60.0;
// A question is a sentence, not a document: more words than this add noise and cost.
constexpr std::size_t kMaxQueryWords = 32;
// A query of only common words keeps this many of them (in query order: counting
// stops at the budget, so they tie).
constexpr std::size_t kMaxCommonWords = 2;

bool IsStopWord(std::string_view word) {
  static const std::unordered_set<std::string_view> kStopWords = {
      "a",       "about", "above", "after",  "again", "all",   "am",       "an",   "and",
      "any",     "are",   "as",    "at",     "be",    "been",  "being",    "both", "but",
      "by",      "can",   "could", "did",    "do",    "does",  "doing",    "for",  "from",
      "had",     "has",   "have",  "having", "he",    "her",   "here",     "hers", "him",
      "his",     "how",   "i",     "if",     "in",    "into",  "is",       "it",   "its",
      "me",      "more",  "most",  "my",     "no",    "nor",   "not",      "of",   "on",
      "once",    "only",  "or",    "other",  "our",   "ours",  "out",      "over", "own",
      "please",  "same",  "she",   "should", "so",    "some",  "such",     "than", "that",
      "the",     "their", "them",  "then",   "there", "these", "they",     "this", "those",
      "through", "to",    "too",   "under",  "until", "up",    "very",     "was",  "we",
      "were",    "what",  "when",  "where",  "which", "while", "who",      "whom", "why",
      "will",    "with",  "would", "you",    "your",  "yours", "describe", "tell"};
  return kStopWords.contains(word);
}

// The query's words: runs of ASCII letters and digits or non-ASCII bytes (UTF-8
// letters), lower-cased, stop words and repeats dropped. Everything else (quotes,
// '*', '-', ':', parentheses) separates words, so no FTS operator survives; the
// table quotes each word as well.
std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words;
  std::unordered_set<std::string> seen;
  std::string word;
  auto finish = [&] {
    if (!word.empty() && !IsStopWord(word) && seen.insert(word).second &&
        words.size() < kMaxQueryWords) {
      words.push_back(word);
    }
    word.clear();
  };
  for (char c : query) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else {
      finish();
    }
  }
  finish();
  return words;
}

DocumentInfo ToInfo(const store::DocumentRow& row, bool already_stored) {
  return DocumentInfo{row.id,     row.filename, row.kind,       row.bytes,     row.pages,
                      row.chunks, row.sha256,   row.created_at, already_stored};
}

Status CheckUser(std::string_view user_id) {
  if (user_id.empty()) return Fail(ErrorKind::kInvalidInput, "no user id given");
  return {};
}

double Cosine(const std::vector<float>& a, const std::vector<float>& b, double norm_a) {
  double dot = 0;
  double norm_b = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    dot += static_cast<double>(a[i]) * b[i];
    norm_b += static_cast<double>(b[i]) * b[i];
  }
  if (norm_b == 0) return 0;
  return dot / (norm_a * std::sqrt(norm_b));
}

}  // namespace

DocumentLibrary::DocumentLibrary(store::Database& db, LibraryOptions options)
    : table_(db), options_(std::move(options)) {}

Result<PreparedDocument> PrepareDocument(std::string_view filename, std::string_view bytes,
                                         const LibraryOptions& options) {
  auto extracted = ExtractDocumentText(filename, bytes, options.extract);
  if (!extracted) return Fail(extracted.error());
  PreparedDocument document;
  const auto slash = filename.find_last_of("/\\");
  document.filename =
      std::string(slash == std::string_view::npos ? filename : filename.substr(slash + 1));
  document.kind = extracted->kind;
  document.sha256 = Sha256Hex(bytes);
  document.bytes = static_cast<std::int64_t>(bytes.size());
  document.pages = static_cast<std::int64_t>(extracted->pages.size());
  for (auto& chunk : ChunkDocument(*extracted, options.chunk)) {
    document.chunks.push_back(store::ChunkInput{std::move(chunk.heading), std::move(chunk.text)});
  }
  return document;
}

Result<DocumentInfo> DocumentLibrary::Add(std::string_view user_id, std::string_view filename,
                                          std::string_view bytes) {
  if (auto st = CheckUser(user_id); !st) return Fail(st.error());
  auto prepared = PrepareDocument(filename, bytes, options_);
  if (!prepared) return Fail(prepared.error());
  return Store(user_id, std::move(*prepared));
}

Result<DocumentInfo> DocumentLibrary::Store(std::string_view user_id, PreparedDocument document) {
  if (auto st = CheckUser(user_id); !st) return Fail(st.error());
  auto existing = table_.FindBySha256(user_id, document.sha256);
  if (!existing) return Fail(existing.error());
  if (*existing) return ToInfo(**existing, true);
  if (document.chunks.empty()) {
    return Fail(ErrorKind::kInvalidInput,
                document.filename + " has headings but no text under them");
  }
  store::DocumentRow row;
  row.user_id = std::string(user_id);
  row.filename = document.filename;
  row.kind = ToString(document.kind);
  row.sha256 = document.sha256;
  row.bytes = document.bytes;
  row.pages = document.pages;
  auto id = table_.Insert(row, document.chunks);
  if (!id) return Fail(id.error());
  auto stored = table_.Get(user_id, *id);
  if (!stored) return Fail(stored.error());
  if (!*stored) return Fail(ErrorKind::kIo, "document " + std::to_string(*id) + " vanished");
  return ToInfo(**stored, false);
}

Result<std::vector<DocumentInfo>> DocumentLibrary::List(std::string_view user_id) {
  if (auto st = CheckUser(user_id); !st) return Fail(st.error());
  auto rows = table_.ListForUser(user_id);
  if (!rows) return Fail(rows.error());
  std::vector<DocumentInfo> infos;
  infos.reserve(rows->size());
  for (const auto& row : *rows) infos.push_back(ToInfo(row, false));
  return infos;
}

Status DocumentLibrary::Delete(std::string_view user_id, std::int64_t document_id) {
  if (auto st = CheckUser(user_id); !st) return st;
  auto deleted = table_.Delete(user_id, document_id);
  if (!deleted) return Fail(deleted.error());
  if (!*deleted) {
    return Fail(ErrorKind::kNotFound, "no document " + std::to_string(document_id));
  }
  return {};
}

Result<std::vector<Passage>> DocumentLibrary::RetrieveUserContext(std::string_view user_id,
                                                                  std::string_view query, int k) {
  return Retrieve(user_id, query, nullptr, k);
}

Result<std::vector<Passage>> DocumentLibrary::RetrieveUserContext(std::string_view user_id,
                                                                  std::string_view query,
                                                                  const QueryEmbedding& embedding,
                                                                  int k) {
  return Retrieve(user_id, query, &embedding, k);
}

Result<std::vector<Passage>> DocumentLibrary::Retrieve(std::string_view user_id,
                                                       std::string_view query,
                                                       const QueryEmbedding* embedding, int k) {
  if (auto st = CheckUser(user_id); !st) return Fail(st.error());
  std::vector<Passage> passages;
  if (k <= 0) return passages;
  const std::vector<std::string> words = QueryWords(query);

  // Dense ranking first: it decides how many BM25 candidates the fusion needs.
  std::vector<std::int64_t> dense;
  if (embedding != nullptr && !embedding->values.empty()) {
    double norm = 0;
    for (float v : embedding->values) norm += static_cast<double>(v) * v;
    norm = std::sqrt(norm);
    auto stored = table_.Embeddings(user_id, embedding->model);
    if (!stored) return Fail(stored.error());
    std::vector<std::pair<double, std::int64_t>> scored;
    if (norm > 0 && std::isfinite(norm)) {
      for (const auto& vector : *stored) {
        if (vector.values.size() != embedding->values.size()) continue;
        scored.emplace_back(Cosine(embedding->values, vector.values, norm), vector.chunk_id);
      }
    }
    const auto keep = std::min<std::size_t>(
        scored.size(), static_cast<std::size_t>(std::max(k, options_.fusion_candidates)));
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                      scored.end(), [](const auto& a, const auto& b) {
                        return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    for (std::size_t i = 0; i < keep; ++i) dense.push_back(scored[i].second);
  }

  auto plan = PlanSearch(user_id, words);
  if (!plan) return Fail(plan.error());
  const int sparse_limit = dense.empty() ? k : std::max(k, options_.fusion_candidates);
  auto hits = table_.Search(user_id, plan->words, sparse_limit, plan->newest);
  if (!hits) return Fail(hits.error());

  std::vector<std::pair<std::int64_t, double>> ranked;  // chunk id, score
  if (dense.empty()) {
    for (const auto& hit : *hits) ranked.emplace_back(hit.chunk_id, -hit.bm25);
  } else {
    std::unordered_map<std::int64_t, double> fused;
    std::unordered_map<std::int64_t, std::size_t> first_rank;  // ties: best rank anywhere
    auto add = [&](std::int64_t id, std::size_t rank) {
      fused[id] += 1.0 / (kRrfK + static_cast<double>(rank + 1));
      auto [it, inserted] = first_rank.emplace(id, rank);
      if (!inserted) it->second = std::min(it->second, rank);
    };
    for (std::size_t i = 0; i < hits->size(); ++i) add((*hits)[i].chunk_id, i);
    for (std::size_t i = 0; i < dense.size(); ++i) add(dense[i], i);
    ranked.assign(fused.begin(), fused.end());
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      if (a.second != b.second) return a.second > b.second;
      if (first_rank[a.first] != first_rank[b.first])
        return first_rank[a.first] < first_rank[b.first];
      return a.first < b.first;
    });
  }
  if (ranked.size() > static_cast<std::size_t>(k)) ranked.resize(static_cast<std::size_t>(k));

  std::vector<std::int64_t> ids;
  ids.reserve(ranked.size());
  for (const auto& [id, score] : ranked) ids.push_back(id);
  auto rows = table_.Chunks(user_id, ids);
  if (!rows) return Fail(rows.error());
  std::unordered_map<std::int64_t, double> score_of(ranked.begin(), ranked.end());
  for (auto& row : *rows) {
    passages.push_back(Passage{row.id, row.document_id, std::move(row.filename),
                               std::move(row.heading), std::move(row.text), score_of[row.id]});
  }
  return passages;
}

Result<DocumentLibrary::SearchPlan> DocumentLibrary::PlanSearch(
    std::string_view user_id, const std::vector<std::string>& words) {
  // Counting stops just past the budget: past it, how far does not matter.
  const std::int64_t cap = options_.match_budget + 1;
  std::vector<std::pair<std::int64_t, std::string>> counted;
  for (const auto& word : words) {
    auto matches = table_.CountMatches(user_id, word, cap);
    if (!matches) return Fail(matches.error());
    if (*matches > 0) counted.emplace_back(*matches, word);
  }
  std::stable_sort(counted.begin(), counted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  SearchPlan plan;
  if (!counted.empty() && counted.front().first > options_.match_budget) {
    // bm25() weighs each word by walking its whole posting list (all users'), so
    // every common word kept costs as much as the library is big.
    for (std::size_t i = 0; i < counted.size() && i < kMaxCommonWords; ++i) {
      plan.words.push_back(std::move(counted[i].second));
    }
    plan.newest = options_.match_budget;
    return plan;
  }
  std::int64_t total = 0;
  for (auto& [matches, word] : counted) {
    if (total + matches > options_.match_budget) break;
    total += matches;
    plan.words.push_back(std::move(word));
  }
  return plan;
}

Result<std::vector<ChunkText>> DocumentLibrary::ChunksNeedingEmbeddings(std::string_view user_id,
                                                                        std::string_view model,
                                                                        int limit) {
  if (auto st = CheckUser(user_id); !st) return Fail(st.error());
  auto rows = table_.ChunksWithoutEmbedding(user_id, model, limit);
  if (!rows) return Fail(rows.error());
  std::vector<ChunkText> chunks;
  chunks.reserve(rows->size());
  for (auto& row : *rows) {
    chunks.push_back(ChunkText{row.id, std::move(row.heading), std::move(row.text)});
  }
  return chunks;
}

Status DocumentLibrary::StoreEmbeddings(std::string_view user_id, std::string_view model,
                                        const std::vector<ChunkEmbedding>& embeddings) {
  if (auto st = CheckUser(user_id); !st) return st;
  if (model.empty()) return Fail(ErrorKind::kInvalidInput, "no embedding model named");
  std::vector<store::ChunkVector> vectors;
  vectors.reserve(embeddings.size());
  for (const auto& embedding : embeddings) {
    const bool finite = std::all_of(embedding.values.begin(), embedding.values.end(),
                                    [](float v) { return std::isfinite(v); });
    if (embedding.values.empty() || !finite) {
      return Fail(ErrorKind::kInvalidInput, "the embedding of chunk " +
                                                std::to_string(embedding.chunk_id) +
                                                " is empty or not finite");
    }
    vectors.push_back(store::ChunkVector{embedding.chunk_id, embedding.values});
  }
  return table_.PutEmbeddings(user_id, model, vectors);
}

}  // namespace applier::knowledge
