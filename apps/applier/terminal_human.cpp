#include "terminal_human.h"

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <iostream>

namespace applier::cli {

namespace asio = boost::asio;

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string Clip(const std::string& text, std::size_t width) {
  std::string flat = text;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  return flat.size() <= width ? flat : flat.substr(0, width - 3) + "...";
}

}  // namespace

std::optional<std::string> TerminalHuman::ReadLine() {
  std::string line;
  if (!std::getline(in_, line)) return std::nullopt;
  return line;
}

asio::awaitable<std::vector<std::optional<std::string>>> TerminalHuman::Ask(
    const std::vector<session::Question>& questions) {
  std::vector<std::optional<std::string>> answers(questions.size());
  if (!options_.interactive) {
    out_ << "  ! " << questions.size()
         << " question(s) need a person and there is no terminal to ask:\n";
    for (const auto& q : questions) out_ << "      - " << q.prompt << "\n";
    co_return answers;
  }
  out_ << "\nI need your help with " << questions.size() << " question(s)."
       << " Your answers are saved and reused on later forms.\n";
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    out_ << "\n(" << i + 1 << "/" << questions.size() << ") " << q.prompt
         << (q.required ? " *" : " (optional, Enter to skip)") << "\n";
    if (!q.reason.empty()) out_ << "    why I ask: " << q.reason << "\n";
    if (!q.suggestion.empty()) {
      out_ << "    suggestion from " << q.suggestion_from << " (type accept to use it):\n      "
           << q.suggestion << "\n";
    }
    for (std::size_t o = 0; o < q.options.size(); ++o) {
      out_ << "    " << o + 1 << ") " << q.options[o] << "\n";
    }
    out_ << "  > " << std::flush;
    answers[i] = ReadLine();
    if (!answers[i]) break;  // stdin closed: nobody is there any more
  }
  co_return answers;
}

asio::awaitable<session::DraftReply> TerminalHuman::ReviewDraft(const session::Draft& draft) {
  out_ << "\n===== Draft (revision " << draft.revision << ") — nothing has been submitted yet"
       << " =====\n";
  for (const auto& f : draft.fields) {
    std::string value = f.status == "filled" ? f.value : "[" + f.status + "]";
    out_ << "  " << std::left << std::setw(44) << Clip(f.label + (f.required ? " *" : ""), 43)
         << " " << std::setw(38) << Clip(value, 37) << " " << (f.source.empty() ? "" : f.source);
    for (std::size_t i = 0; i < f.decided_by.size(); ++i) {
      out_ << (i == 0 ? " (" : ", ") << f.decided_by[i]
           << (i + 1 == f.decided_by.size() ? ")" : "");
    }
    out_ << "\n";
  }
  if (!draft.screenshot_path.empty()) {
    out_ << "  Full-page screenshot: " << draft.screenshot_path << "\n";
  }
  if (options_.assume_yes) {
    out_ << "Submitting (--yes).\n";
    co_return session::DraftReply{session::DraftDecision::kConfirm, ""};
  }
  if (!options_.interactive) {
    co_return session::DraftReply{session::DraftDecision::kUnavailable, ""};
  }
  for (;;) {
    out_ << "Submit this application? [y/N/edit] " << std::flush;
    auto line = ReadLine();
    if (!line) co_return session::DraftReply{session::DraftDecision::kUnavailable, ""};
    const std::string answer = Lower(*line);
    if (answer == "y" || answer == "yes") {
      co_return session::DraftReply{session::DraftDecision::kConfirm, ""};
    }
    if (answer.empty() || answer == "n" || answer == "no") {
      co_return session::DraftReply{session::DraftDecision::kDecline, ""};
    }
    std::string request = *line;
    if (answer == "e" || answer == "edit") {
      out_ << "What should change? (e.g. change salary to 150000)\n  > " << std::flush;
      auto change = ReadLine();
      if (!change) co_return session::DraftReply{session::DraftDecision::kUnavailable, ""};
      request = *change;
    } else if (answer.starts_with("edit ")) {
      request = line->substr(5);
    }
    if (!request.empty()) co_return session::DraftReply{session::DraftDecision::kEdit, request};
  }
}

}  // namespace applier::cli
