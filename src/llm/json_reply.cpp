#include "llm/json_reply.h"

#include <boost/json/parse.hpp>
#include <optional>
#include <string>

namespace applier::llm {

namespace json = boost::json;

namespace {

constexpr std::size_t kQuoteLimit = 120;
// A reply is scanned for at most this many candidate starts, so prose full of
// brackets cannot make parsing quadratic in a long reply.
constexpr int kMaxCandidates = 16;

std::string Quote(std::string_view reply) {
  std::string out(reply.substr(0, kQuoteLimit));
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (reply.size() > kQuoteLimit) out += "...";
  return "'" + out + "'";
}

// The inside of the first ``` fence, without its language tag; the whole text when
// there is no fence. An unclosed fence (the model ran out of tokens) runs to the end.
std::string_view Unfence(std::string_view text) {
  std::size_t open = text.find("```");
  if (open == std::string_view::npos) return text;
  std::size_t line_end = text.find('\n', open);
  if (line_end == std::string_view::npos) return text.substr(open + 3);
  std::string_view inside = text.substr(line_end + 1);
  std::size_t close = inside.find("```");
  return close == std::string_view::npos ? inside : inside.substr(0, close);
}

// The balanced {...} or [...] starting at `start`, respecting strings; nullopt when
// the text ends first.
std::optional<std::string_view> BalancedSpan(std::string_view text, std::size_t start) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return text.substr(start, i - start + 1);
    }
  }
  return std::nullopt;
}

Result<json::value> ParseLenient(std::string_view text) {
  json::parse_options options;
  options.allow_trailing_commas = true;
  options.allow_comments = true;
  boost::system::error_code ec;
  json::value value = json::parse(text, ec, {}, options);
  if (ec) return Fail(ErrorKind::kProtocol, ec.message());
  return value;
}

}  // namespace

Result<json::value> ParseJsonReply(std::string_view reply) {
  std::string_view text = Unfence(reply);
  std::size_t first = text.find_first_of("{[");
  if (first == std::string_view::npos) {
    return Fail(ErrorKind::kProtocol, "the model's reply has no JSON object or array: " +
                                          (reply.empty() ? std::string("(empty)") : Quote(reply)));
  }
  std::string first_problem;
  std::size_t start = first;
  for (int tries = 0; start != std::string_view::npos && tries < kMaxCandidates; ++tries) {
    std::optional<std::string_view> span = BalancedSpan(text, start);
    if (!span) {
      if (first_problem.empty()) first_problem = "it ends before the JSON is closed";
      break;
    }
    auto value = ParseLenient(*span);
    if (value) return value;
    if (first_problem.empty()) first_problem = value.error().message;
    // Skip the whole failed span: an object inside a broken one is not the answer.
    start = text.find_first_of("{[", start + span->size());
  }
  return Fail(ErrorKind::kProtocol,
              "the model's reply is not valid JSON (" + first_problem + "): " + Quote(reply));
}

Result<json::object> ParseJsonObjectReply(std::string_view reply) {
  auto value = ParseJsonReply(reply);
  if (!value) return Fail(value.error());
  if (!value->is_object()) {
    return Fail(ErrorKind::kProtocol,
                "the model's reply is JSON but not an object: " + Quote(reply));
  }
  return std::move(value->get_object());
}

}  // namespace applier::llm
