// TerminalHuman is the person at the terminal running `applier apply`: questions
// and the draft are printed, answers read from stdin. With no terminal on stdin
// nobody can answer: questions get no answer and the draft is not confirmed —
// unless --yes was given, which confirms the draft (and only that).
#pragma once

#include <cstdio>
#include <iosfwd>

#include "session/human_channel.h"

namespace applier::cli {

struct TerminalOptions {
  bool interactive = false;  // stdin is a terminal (or the caller says so)
  bool assume_yes = false;   // --yes: confirm the draft without asking
};

class TerminalHuman final : public session::HumanChannel {
 public:
  TerminalHuman(TerminalOptions options, std::istream& in, std::ostream& out)
      : options_(options), in_(in), out_(out) {}

  boost::asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<session::Question>& questions) override;
  boost::asio::awaitable<session::DraftReply> ReviewDraft(const session::Draft& draft) override;

 private:
  std::optional<std::string> ReadLine();

  TerminalOptions options_;
  std::istream& in_;
  std::ostream& out_;
};

}  // namespace applier::cli
