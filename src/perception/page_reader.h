// PageReader looks at a page the way a person does: every fillable control in
// every frame (cross-origin iframes and open shadow roots included) with its
// accessible name, the buttons and what each is for, and what kind of page it is
// (a posting, a form step, a login wall, a confirmation...). The result is a plain
// snapshot; controls are addressed by (frame id, index) until the next Read.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/json/fwd.hpp>
#include <string>
#include <vector>

#include "browser/page.h"
#include "core/result.h"
#include "perception/field.h"

namespace applier::perception {

enum class PageKind {
  kPosting,       // a job description with a way to open the application
  kFormStep,      // a form to fill
  kReviewStep,    // a summary of answers with a final submit
  kLoginWall,     // sign in or create an account first
  kCaptcha,       // a human check blocks the way
  kConfirmation,  // "thank you for applying"
  kError,         // closed posting, 404, server error
  kUnknown,
};

enum class ButtonRole {
  kOpenForm,
  kNext,
  kBack,
  kSubmit,
  kAddAnother,
  kDismissOverlay,  // "Accept all" / "Reject" on a cookie or consent banner
  kOther,
};

const char* ToString(PageKind kind);
const char* ToString(ButtonRole role);

struct Button {
  std::string frame_id;
  int index = -1;
  std::string text;
  std::string type;  // "submit", "button", "" for links
  std::string tag;
  bool in_form = false;
  bool in_overlay = false;  // inside a cookie/consent banner
  bool in_dialog = false;   // inside an open modal dialog, which takes precedence
  ButtonRole role = ButtonRole::kOther;
};

struct PageSnapshot {
  std::string url;
  std::string title;
  std::string text;  // visible text of the main frame and its child frames, clipped
  std::vector<std::string> headings;
  std::vector<browser::FrameInfo> frames;
  std::vector<Field> fields;
  std::vector<Button> buttons;
  bool has_password = false;
  bool has_captcha = false;
  PageKind kind = PageKind::kUnknown;

  const browser::FrameInfo* FindFrame(const std::string& frame_id) const;
};

// What a button is for, from its visible text, type and place. Pure, for tests.
ButtonRole ClassifyButton(const std::string& text, const std::string& type, bool in_form,
                          bool in_overlay = false);

// What kind of page this is, from its fields, buttons and text. Pure, for tests.
PageKind ClassifyPage(const PageSnapshot& snapshot);

// The options the page agent reported (its `openOptions` and field descriptions),
// as Option values; an entry that is not an object is skipped.
std::vector<Option> OptionsFromAgent(const boost::json::value& raw);

class PageReader {
 public:
  static boost::asio::awaitable<Result<PageSnapshot>> Read(browser::Page& page);
  // The agent script installed in each frame's isolated world.
  static const char* AgentSource();
};

}  // namespace applier::perception
