// rag_query: how long does retrieve_user_context take on a big library? Ours is
// DocumentLibrary::RetrieveUserContext (BM25 over SQLite FTS5, restricted to the
// user inside the FTS query). The baseline is what one would write without an
// index: the user's chunks that contain any query word (LIKE '%word%'), scored in
// C++ by how often the words occur, best k kept. Same store, same queries, same run.
//
// The store: one user owns N chunks (N = 10 000 and 100 000 by default), and 99
// other users own another N between them, so both the user's own volume and other
// users' data are in the way. Text is synthetic but word-realistic: a Zipf-
// distributed vocabulary (common English and resume words at the head, generated
// pronounceable words in the tail), sentences of 6-20 words, chunks of ~700 bytes.
// Queries are interview-style questions: stop words plus 2-5 content words.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "knowledge/document_library.h"
#include "store/database.h"
#include "store/document_table.h"

namespace {

namespace json = boost::json;
using namespace applier::bench;

struct Options {
  std::vector<int> sizes = {10000, 100000};
  int users = 100;
  int queries = 500;
  int baseline_queries = 60;
  int k = 4;
  unsigned seed = 42;
  std::string keep_dir;  // build the stores there and keep them, for inspection
  int show_slowest = 0;
};

// Zipf-distributed words: rank r is drawn with probability ∝ 1 / r.
class Vocabulary {
 public:
  explicit Vocabulary(std::mt19937& rng) {
    static const char* kHead[] = {"the",          "and",
                                  "of",           "to",
                                  "in",           "a",
                                  "with",         "for",
                                  "on",           "team",
                                  "data",         "service",
                                  "services",     "built",
                                  "led",          "system",
                                  "systems",      "customer",
                                  "platform",     "design",
                                  "project",      "engineering",
                                  "product",      "users",
                                  "performance",  "development",
                                  "software",     "cloud",
                                  "migration",    "api",
                                  "backend",      "frontend",
                                  "python",       "java",
                                  "kubernetes",   "docker",
                                  "database",     "sql",
                                  "postgresql",   "redis",
                                  "latency",      "reliability",
                                  "testing",      "deployment",
                                  "pipeline",     "pipelines",
                                  "analytics",    "machine",
                                  "learning",     "models",
                                  "security",     "infrastructure",
                                  "monitoring",   "metrics",
                                  "incident",     "on-call",
                                  "mentored",     "engineers",
                                  "hiring",       "roadmap",
                                  "stakeholders", "requirements",
                                  "architecture", "microservices",
                                  "scalable",     "throughput",
                                  "cost",         "reduced",
                                  "improved",     "increased",
                                  "revenue",      "growth",
                                  "mobile",       "ios",
                                  "android",      "react",
                                  "typescript",   "golang",
                                  "rust",         "c++",
                                  "linux",        "network",
                                  "storage",      "search",
                                  "ranking",      "recommendation",
                                  "experiment",   "experiments",
                                  "research",     "paper",
                                  "university",   "degree",
                                  "bachelor",     "master",
                                  "computer",     "science",
                                  "mathematics",  "statistics",
                                  "leadership",   "communication",
                                  "agile",        "scrum",
                                  "quarter",      "year",
                                  "years",        "month",
                                  "weekly",       "daily",
                                  "company",      "startup",
                                  "enterprise",   "clients",
                                  "partners",     "contract",
                                  "salary",       "remote",
                                  "office",       "travel",
                                  "relocation",   "visa",
                                  "sponsorship",  "authorization",
                                  "availability", "notice",
                                  "weeks",        "start"};
    for (const char* word : kHead) words_.emplace_back(word);
    static const char* kOnsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "k",  "l",  "m",
                                    "n",  "p",  "r",  "s",  "t",  "v",  "z",  "br", "cl",
                                    "dr", "gr", "pl", "st", "tr", "ch", "sh", "th"};
    static const char* kVowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    static const char* kCodas[] = {"", "", "n", "r", "s", "t", "l", "nd", "st", "ck", "m"};
    std::uniform_int_distribution<int> syllables(1, 4);
    while (words_.size() < 30000) {
      std::string word;
      for (int s = syllables(rng); s > 0; --s) {
        word += kOnsets[rng() % std::size(kOnsets)];
        word += kVowels[rng() % std::size(kVowels)];
        word += kCodas[rng() % std::size(kCodas)];
      }
      words_.push_back(std::move(word));
    }
    std::vector<double> weights;
    for (std::size_t r = 1; r <= words_.size(); ++r)
      weights.push_back(1.0 / static_cast<double>(r));
    zipf_ = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }

  const std::string& Draw(std::mt19937& rng) { return words_[zipf_(rng)]; }
  // Content words for queries: skip the very head (mostly stop words), as a
  // question's topic words are rarer than its glue.
  const std::string& DrawContent(std::mt19937& rng) {
    for (;;) {
      const std::size_t rank = zipf_(rng);
      if (rank >= 6) return words_[rank];
    }
  }

 private:
  std::vector<std::string> words_;
  std::discrete_distribution<std::size_t> zipf_;
};

std::string MakeChunk(Vocabulary& vocabulary, std::mt19937& rng, std::size_t target) {
  std::string text;
  std::uniform_int_distribution<int> sentence_length(6, 20);
  while (text.size() < target) {
    const int length = sentence_length(rng);
    for (int i = 0; i < length; ++i) {
      std::string word = vocabulary.Draw(rng);
      if (i == 0) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      if (!text.empty()) text += ' ';
      text += word;
    }
    text += '.';
  }
  return text;
}

std::string MakeQuery(Vocabulary& vocabulary, std::mt19937& rng) {
  static const char* kOpenings[] = {"Describe your experience with", "Have you worked on",
                                    "Tell us about a time you used", "What do you know about",
                                    "How many years of"};
  std::string query = kOpenings[rng() % std::size(kOpenings)];
  std::uniform_int_distribution<int> words(2, 5);
  for (int i = words(rng); i > 0; --i) query += " " + vocabulary.DrawContent(rng);
  return query + "?";
}

std::vector<std::string> LowerWords(const std::string& query) {
  std::vector<std::string> words;
  std::string word;
  for (char c : query + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      if (word.size() > 3) words.push_back(word);  // the baseline's stop-word rule
      word.clear();
    }
  }
  return words;
}

// Counts occurrences of `word` in `text`, case-insensitively (text is ASCII here).
int CountOccurrences(const std::string& lower_text, const std::string& word) {
  int count = 0;
  for (auto at = lower_text.find(word); at != std::string::npos;
       at = lower_text.find(word, at + 1)) {
    ++count;
  }
  return count;
}

applier::Result<int> Baseline(applier::store::Database& db, const std::string& user,
                              const std::string& query, int k) {
  const auto words = LowerWords(query);
  if (words.empty()) return 0;
  std::string sql = "SELECT id, text FROM chunks WHERE user_id = ?1 AND (";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) sql += " OR ";
    sql += "text LIKE ?" + std::to_string(i + 2);
  }
  sql += ")";
  auto stmt = db.Prepare(sql);
  if (!stmt) return applier::Fail(stmt.error());
  stmt->Bind(1, user);
  for (std::size_t i = 0; i < words.size(); ++i) {
    stmt->Bind(static_cast<int>(i) + 2, "%" + words[i] + "%");
  }
  std::vector<std::pair<int, std::int64_t>> scored;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return applier::Fail(row.error());
    if (!*row) break;
    std::string text = stmt->ColumnText(1);
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    int score = 0;
    for (const auto& word : words) score += CountOccurrences(text, word);
    scored.emplace_back(score, stmt->ColumnInt(0));
  }
  const auto keep = std::min<std::size_t>(scored.size(), static_cast<std::size_t>(k));
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                    scored.end(), std::greater<>());
  return static_cast<int>(keep);
}

// On a loaded machine a query can wait for a core for a whole scheduler tick; the
// CPU time shows what the query itself cost.
double ThreadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct SizeResult {
  int chunks = 0;
  double build_s = 0;
  double db_mb = 0;
  std::vector<double> ours_ms;
  std::vector<double> ours_cpu_ms;  // this thread's CPU time: wall time minus waiting for a core
  std::vector<double> baseline_ms;
  double ours_hits = 0;
};

// Documents of 50 chunks; every other document goes to the user under test.
applier::Status Build(applier::store::Database& db, int size, int users, std::mt19937& rng,
                      Vocabulary& vocabulary) {
  applier::store::DocumentTable table(db);
  constexpr int kChunksPerDocument = 50;
  const int documents = 2 * size / kChunksPerDocument;
  std::uniform_int_distribution<int> chunk_size(500, 800);
  for (int d = 0; d < documents; ++d) {
    const int owner = d % 2 == 0 ? 0 : 1 + (d / 2) % (users - 1);
    applier::store::DocumentRow row;
    row.user_id = "user-" + std::to_string(owner);
    row.filename = "doc-" + std::to_string(d) + ".md";
    row.kind = "markdown";
    row.sha256 = std::to_string(d);
    row.pages = 1;
    std::vector<applier::store::ChunkInput> chunks;
    for (int c = 0; c < kChunksPerDocument; ++c) {
      std::string text = MakeChunk(vocabulary, rng, static_cast<std::size_t>(chunk_size(rng)));
      row.bytes += static_cast<std::int64_t>(text.size());
      chunks.push_back({"Section " + std::to_string(c % 7), std::move(text)});
    }
    auto id = table.Insert(row, chunks);
    if (!id) return applier::Fail(id.error());
  }
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"rag_query: retrieve_user_context latency vs an unindexed scan"};
  app.add_option("--sizes", options.sizes, "chunks owned by the user under test (one run each)")
      ->delimiter(',');
  app.add_option("--users", options.users, "users in the store")->check(CLI::Range(2, 100000));
  app.add_option("--queries", options.queries, "timed queries per size (ours)");
  app.add_option("--baseline-queries", options.baseline_queries,
                 "timed queries per size (baseline)");
  app.add_option("-k", options.k, "passages per query");
  app.add_option("--seed", options.seed, "random seed");
  app.add_option("--show-slowest", options.show_slowest, "print the slowest queries (ours)");
  app.add_option("--keep-dir", options.keep_dir,
                 "build each store in DIR/N.db and keep it (default: a temporary directory)");
  CLI11_PARSE(app, argc, argv);

  const double load_before = LoadAverage();
  std::mt19937 rng(options.seed);
  Vocabulary vocabulary(rng);
  std::vector<SizeResult> results;
  const std::string user = "user-0";

  for (int size : options.sizes) {
    std::filesystem::path dir;
    if (options.keep_dir.empty()) {
      char dir_template[] = "/tmp/rag_query.XXXXXX";
      if (mkdtemp(dir_template) == nullptr) {
        std::perror("mkdtemp");
        return 1;
      }
      dir = dir_template;
    } else {
      dir = options.keep_dir;
    }
    const std::filesystem::path db_path = dir / (std::to_string(size) + ".db");
    std::filesystem::remove(db_path);
    SizeResult result;
    result.chunks = size;
    {
      auto db = applier::store::Database::Open(db_path);
      if (!db) {
        std::fprintf(stderr, "%s\n", db.error().ToString().c_str());
        return 1;
      }
      // A bulk load: durability of each commit does not matter here.
      (void)db->Exec("PRAGMA synchronous=OFF");
      Stopwatch build;
      if (auto st = Build(*db, size, options.users, rng, vocabulary); !st) {
        std::fprintf(stderr, "building the store: %s\n", st.error().ToString().c_str());
        return 1;
      }
      (void)db->Exec("PRAGMA wal_checkpoint(TRUNCATE)");
      result.build_s = build.ElapsedMs() / 1000.0;
      result.db_mb = static_cast<double>(std::filesystem::file_size(db_path)) / 1048576.0;

      applier::knowledge::DocumentLibrary library(*db);
      std::vector<std::string> queries;
      for (int i = 0; i < options.queries; ++i) queries.push_back(MakeQuery(vocabulary, rng));
      for (int i = 0; i < 20; ++i)
        (void)library.RetrieveUserContext(
            user, queries[static_cast<std::size_t>(i) % queries.size()], options.k);
      double hits = 0;
      for (const auto& query : queries) {
        const double cpu_before = ThreadCpuMs();
        Stopwatch watch;
        auto passages = library.RetrieveUserContext(user, query, options.k);
        result.ours_ms.push_back(watch.ElapsedMs());
        result.ours_cpu_ms.push_back(ThreadCpuMs() - cpu_before);
        if (!passages) {
          std::fprintf(stderr, "retrieval failed: %s\n", passages.error().ToString().c_str());
          return 1;
        }
        hits += static_cast<double>(passages->size());
      }
      result.ours_hits = hits / static_cast<double>(queries.size());
      std::vector<std::size_t> order(queries.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return result.ours_ms[a] > result.ours_ms[b];
      });
      for (int i = 0; i < options.show_slowest && i < static_cast<int>(order.size()); ++i) {
        const std::size_t q = order[static_cast<std::size_t>(i)];
        std::printf("slow: %8.3f ms  %s\n", result.ours_ms[q], queries[q].c_str());
      }
      for (int i = 0; i < options.baseline_queries; ++i) {
        const std::string& query = queries[static_cast<std::size_t>(i) % queries.size()];
        Stopwatch watch;
        auto found = Baseline(*db, user, query, options.k);
        result.baseline_ms.push_back(watch.ElapsedMs());
        if (!found) {
          std::fprintf(stderr, "baseline failed: %s\n", found.error().ToString().c_str());
          return 1;
        }
      }
    }
    if (options.keep_dir.empty()) std::filesystem::remove_all(dir);
    results.push_back(std::move(result));
  }

  std::printf("rag_query: %d users; the user under test owns N chunks, the others N together\n",
              options.users);
  std::printf("%9s %7s %6s | %9s %9s %9s | %9s %9s | %9s %9s | %7s | %5s\n", "N", "build s",
              "db MB", "ours p50", "ours p90", "ours p99", "cpu p50", "cpu p99", "base p50",
              "base p99", "ratio", "hits");
  json::array sizes_json;
  std::optional<bool> target_met;  // only judged when N = 10000 was measured
  for (const auto& r : results) {
    const double ours50 = Percentile(r.ours_ms, 50), ours99 = Percentile(r.ours_ms, 99);
    const double cpu50 = Percentile(r.ours_cpu_ms, 50), cpu99 = Percentile(r.ours_cpu_ms, 99);
    const double base50 = Percentile(r.baseline_ms, 50), base99 = Percentile(r.baseline_ms, 99);
    std::printf(
        "%9d %7.1f %6.1f | %7.3fms %7.3fms %7.3fms | %7.3fms %7.3fms | %7.1fms %7.1fms | "
        "%6.0fx | %5.2f\n",
        r.chunks, r.build_s, r.db_mb, ours50, Percentile(r.ours_ms, 90), ours99, cpu50, cpu99,
        base50, base99, base50 / ours50, r.ours_hits);
    if (r.chunks == 10000) target_met = ours99 <= 2.0;
    sizes_json.push_back(json::object{{"chunks", r.chunks},
                                      {"build_s", JsonNumber(r.build_s)},
                                      {"db_mb", JsonNumber(r.db_mb)},
                                      {"ours_p50_ms", JsonNumber(ours50)},
                                      {"ours_p90_ms", JsonNumber(Percentile(r.ours_ms, 90))},
                                      {"ours_p99_ms", JsonNumber(ours99)},
                                      {"ours_cpu_p50_ms", JsonNumber(cpu50)},
                                      {"ours_cpu_p99_ms", JsonNumber(cpu99)},
                                      {"baseline_p50_ms", JsonNumber(base50)},
                                      {"baseline_p99_ms", JsonNumber(base99)},
                                      {"speedup_p50", JsonNumber(base50 / ours50)}});
  }
  const double load_after = LoadAverage();
  std::printf("target p99 <= 2 ms at N = 10000: %s\n",
              target_met ? Verdict(*target_met) : "not measured");
  std::printf("load average (1 min): %.2f before, %.2f after, on %u cores\n", load_before,
              load_after, std::thread::hardware_concurrency());
  std::printf("%s\n", JsonLine(json::object{{"bench", "rag_query"},
                                            {"users", options.users},
                                            {"k", options.k},
                                            {"sizes", sizes_json},
                                            {"load_avg_1m", json::array{JsonNumber(load_before),
                                                                        JsonNumber(load_after)}}})
                          .c_str());
  return 0;
}
