#include "session/page_navigator.h"

#include <algorithm>
#include <utility>

#include "perception/page_words.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::Button;
using perception::ButtonRole;
using perception::PageSnapshot;

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  return text;
}

std::string Signature(const PageSnapshot& snapshot) {
  std::string signature = snapshot.url + "#";
  for (const auto& field : snapshot.fields) signature += field.Key() + ";";
  for (const auto& field : snapshot.fields) signature += field.validation_message + ";";
  return signature;
}

}  // namespace

bool MovedOn(const PageSnapshot& before, const PageSnapshot& after) {
  if (before.url != after.url || before.kind != after.kind) return true;
  if (before.fields.empty()) return false;
  for (const auto& field : before.fields) {
    if (FindSameField(after, field) != nullptr) return false;
  }
  return true;
}

asio::awaitable<bool> PageNavigator::OpenPosting(const std::string& url) {
  report_.Emit("applier:navigate", "Opening " + url, {{"url", url}});
  auto loaded = co_await page_.Navigate(url);
  if (!loaded) {
    report_.Finish(Outcome::kFailed, "Could not open the job page: " + loaded.error().message);
    co_return false;
  }
  loaded_ = true;
  co_return true;
}

asio::awaitable<std::optional<PageSnapshot>> PageNavigator::ReadSettled(bool same_page_expected) {
  FollowNewTab(page_, report_);
  if (same_page_expected) shown_before_.clear();
  perception::SettleOptions settle;
  settle.quiet = std::chrono::milliseconds(50);
  settle.first_look = std::chrono::milliseconds(50);
  settle.changed_from = shown_before_;
  if (std::exchange(loaded_, false)) settle.first_look = std::chrono::milliseconds(0);
  // A banner goes as its answer is pressed, or after the consent is stored: one
  // still there by then stays.
  if (std::exchange(banner_just_pressed_, false)) {
    settle.change_deadline = std::chrono::milliseconds(1500);
  }
  auto snapshot = co_await page_.ReadSettled(settle);
  if (!snapshot) {
    report_.Finish(Outcome::kFailed, "Could not read the page: " + snapshot.error().message);
    co_return std::nullopt;
  }
  if (!snapshot->unsettled_reason.empty()) {
    report_.Emit("applier:navigate",
                 "Reading the page before it settled: " + snapshot->unsettled_reason);
  }
  shown_before_ = perception::PageSignature(*snapshot);
  co_return std::move(*snapshot);
}

bool PageNavigator::SeenTooOften(const PageSnapshot& snapshot) {
  return ++visits_[Signature(snapshot)] > 3;
}

asio::awaitable<bool> PageNavigator::DismissOverlay(const PageSnapshot& snapshot) {
  const Button* choice = nullptr;
  for (const auto& button : snapshot.buttons) {
    if (button.role != ButtonRole::kDismissOverlay) continue;
    if (pressed_banner_answers_.contains(button.text)) continue;
    const std::string text = Lower(button.text);
    const bool privacy =
        text.find("reject") != std::string::npos || text.find("necessary") != std::string::npos ||
        text.find("essential") != std::string::npos || text.find("decline") != std::string::npos;
    if (choice == nullptr || privacy) choice = &button;
    if (privacy) break;
  }
  if (choice == nullptr || pressed_banner_answers_.size() >= 3) co_return false;
  if (co_await control_.Hold() != HoldEnd::kGoOn) {
    control_.RepeatStep();
    co_return true;
  }
  pressed_banner_answers_.insert(choice->text);
  banner_just_pressed_ = true;
  report_.Emit("applier:click", "Dismissing the banner: \"" + choice->text + "\"",
               {{"button", choice->text}});
  auto pressed = co_await page_.Press(*choice);
  report_.Step(snapshot, "dismissed a cookie/consent banner (\"" + choice->text + "\")");
  co_return pressed.has_value();
}

const Button* PageNavigator::OpenButton(const PageSnapshot& snapshot) const {
  const Button* open = nullptr;
  // An open dialog's button first, then one not pressed yet; then the posting's
  // own Apply over one in the site's chrome (a board's top bar, where words that
  // also mean "sign in" lead to the board's log-in); then the guest's way in.
  auto rank = [&](const Button& button) {
    return (button.in_dialog ? 8 : 0) + (pressed_open_buttons_.contains(button.text) ? 0 : 4) +
           (button.in_site_chrome ? 0 : 2) +
           (perception::Says(perception::LowerText(button.text),
                             perception::Wording::kWithoutAccount)
                ? 1
                : 0);
  };
  for (const auto& button : snapshot.buttons) {
    if (button.role == ButtonRole::kOpenForm && (!open || rank(button) > rank(*open))) {
      open = &button;
    }
  }
  return open;
}

asio::awaitable<bool> PageNavigator::PressOpen(const PageSnapshot& snapshot, const Button& open) {
  if (const HoldEnd held = co_await control_.Hold(); held != HoldEnd::kGoOn) {
    control_.RepeatStep();
    co_return held == HoldEnd::kReread;
  }
  pressed_open_buttons_.insert(open.text);
  report_.Emit("applier:click", "Clicking \"" + open.text + "\"", {{"button", open.text}});
  auto pressed = co_await page_.Press(open);
  if (!pressed) {
    report_.Finish(Outcome::kFailed,
                   "Could not click \"" + open.text + "\": " + pressed.error().message);
    co_return false;
  }
  report_.Step(snapshot, "clicked \"" + open.text + "\" to open the form");
  co_return true;
}

asio::awaitable<bool> PageNavigator::PressNext(const PageSnapshot& snapshot, const Button& next,
                                               int filled) {
  if (const HoldEnd held = co_await control_.Hold(); held != HoldEnd::kGoOn) {
    if (held == HoldEnd::kReread) control_.RepeatStep();
    co_return false;
  }
  report_.Emit("applier:click", "Clicking \"" + next.text + "\"", {{"button", next.text}});
  auto pressed = co_await page_.Press(next);
  if (!pressed) {
    report_.Finish(Outcome::kFailed,
                   "Could not click \"" + next.text + "\": " + pressed.error().message);
    co_return false;
  }
  report_.Step(snapshot,
               "filled " + std::to_string(filled) + " fields, pressed \"" + next.text + "\"");
  co_return true;
}

}  // namespace applier::session
