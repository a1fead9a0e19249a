// PageReader looks at a page the way a person does: every fillable control in
// every frame (cross-origin iframes and open shadow roots included) with its
// accessible name, the buttons and what each is for, and what kind of page it is
// (a posting, a form step, a login wall, a confirmation...). The result is a plain
// snapshot; controls are addressed by (frame id, index, locator): the locator finds
// a control again after the page re-rendered it or a later Read renumbered it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/json/fwd.hpp>
#include <chrono>
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
  // Its form holds nothing to fill in, only the button (and hidden inputs): a
  // server-rendered page's way to draw a button that goes somewhere.
  bool in_fieldless_form = false;
  bool in_overlay = false;     // inside a cookie/consent banner
  bool in_dialog = false;      // inside an open modal dialog, which takes precedence
  bool in_navigation = false;  // in the site's menus, header or footer, not its content
  // In the site's own chrome (its banner, navigation or search landmarks, a
  // <header> that is no section's): a job board's top bar, whose "Prijavi se"
  // (Serbian and Croatian for both "apply" and "sign in") is the site's sign-in.
  bool in_site_chrome = false;
  std::string href;  // a link's href attribute as written
  ButtonRole role = ButtonRole::kOther;
  // Styled as the form's main action (a primary/CTA class, a coloured fill) and
  // the last enabled button of its form: where a step's action sits.
  bool emphasized = false;
  bool last_in_form = false;
  // Disabled for now: only a form's submit or Next (by its words) is read so,
  // to be pressed once the fields it waits for are filled.
  bool disabled = false;
  // The name of the dialog, form or landmark around it ("Send us feedback").
  std::string region;
  // The role came from position and emphasis, not from words the engine knows.
  bool by_position = false;
  // The toggle of a collapsed section that holds form controls (a closed
  // <details>' summary, a disclosure button with aria-expanded=false): pressing
  // it shows fields, it never acts for the step.
  bool reveals_fields = false;
  std::string locator;  // the page agent's locator (JSON), as for Field::locator
  // The words of its id, name, classes and data-* attributes, lowercase and
  // space-separated ("btn btn primary btn apply").
  std::string code_words;
};

// A validation error the page shows. `field` indexes PageSnapshot::fields when
// the error is tied to one control (aria-invalid, the browser's own constraint
// check after the person or a submit touched it, error text beside the control,
// a summary line naming or linking it); -1 for an error of the whole page.
struct PageError {
  std::string message;
  int field = -1;
  std::string source;  // "aria-invalid", "constraint", "near-field", "alert", "summary"
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
  // The controls shown greyed out (disabled), by name or id: not fields to fill
  // now; one that greys out after an answer (a list reloading for the country
  // chosen) is to be waited for.
  std::vector<std::string> greyed_controls;
  // The page's validation errors as it shows them now, each mapped to its field
  // where the page says which. Empty on a page without errors.
  std::vector<PageError> errors;
  PageKind kind = PageKind::kUnknown;
  // Set by ReadSettled when its deadline passed before the page settled: why, in
  // words for the run's log ("requests were still in flight after 15 s").
  std::string unsettled_reason;
  // Each frame's own text and headings as read (`text` and `headings` join them).
  struct FrameReading {
    std::string frame_id;
    std::string text;
    std::vector<std::string> headings;
  };
  std::vector<FrameReading> frame_readings;

  const browser::FrameInfo* FindFrame(const std::string& frame_id) const;
};

// What a button is for, from its visible text (any language page_words.json
// knows), type and place. Pure, for tests.
ButtonRole ClassifyButton(const std::string& text, const std::string& type, bool in_form,
                          bool in_overlay = false);

// What a button is for, given also the dialog, form or landmark it sits in: a
// Next or Submit in a region named like something never to press ("Send us
// feedback", "Save for later") is not the step's. (A region named "Sign in" may
// hold an e-mail-first step: its Next stays one.) Pure, for tests.
ButtonRole ClassifyButtonIn(const Button& button);

// Whether a button's text rules it out as a step's action ("Save for later",
// "Cancel", "Back", "Feedback", "Finish later", "Search", "Sign in", in any known
// language).
bool NeverStepAction(const std::string& text);

// When no button says Next or Submit in words the engine knows, a form's main
// action is found by position and emphasis: the last enabled button of a form,
// styled as primary or the form's submit button, that nothing rules out. It is
// given the role kSubmit (by_position set): pressing it may send the application,
// so it waits for the person's confirmation of the draft. Pure, for tests.
void FindPrimaryAction(std::vector<Button>& buttons);

// An e-mail box alone, with at most boxes to tick beside it (a consent), is an
// e-mail-first step and never a whole application: the action FindPrimaryAction
// found by position takes the step on (kNext) rather than sending. Pure, for tests.
void GoOnFromAnEmailAlone(PageSnapshot& snapshot);

// The links of a page that lists job postings (a careers page's job list): links
// in the page's content, not its menus, whose address names a posting
// (".../jobs/4711", "?p=showJob&ID=12", "/stellenangebote/..."), one per
// address. Pure, for tests.
std::vector<const Button*> PostingLinks(const PageSnapshot& snapshot);

// A job list with exactly one posting, nothing to fill and no Apply or step
// action of its own: following the posting's link is how to apply, so it gets
// the role kOpenForm (by_position set). A list of several is left to the person
// (the URL they gave names no one job). Pure, for tests.
void OpenTheOnlyPosting(PageSnapshot& snapshot);

// A posting whose way in says nothing the engine reads, in a language it does
// not know (Estonian "Kandideeri", Icelandic "Sækja um"), while the page's code names it
// (class="btn--apply", data-open-apply): with nothing to fill and no action of
// its own, the one button or link outside menus and forms whose code names
// applying gets the role kOpenForm (by_position set). Several, or one whose code
// also names another thing (filters, LinkedIn, saving for later), change nothing.
// Pure, for tests.
void OpenTheWayInItsCodeNames(PageSnapshot& snapshot);

// A posting whose way in neither its words nor its code name (a Catalan
// "Inscriu-t'hi" styled button--primary, a Bulgarian "Кандидатствай" drawn as a
// raised Material button): with nothing to fill and no action of its own, the
// one emphasized button or link in the page's content (not its menus, banner,
// forms or dialogs) gets the role kOpenForm (by_position set) when a link leads
// further into the posting (under the page's address, or to one carrying its
// number) or, on a page whose address names one posting, a button acts by
// script. Two
// different ones, or one the words or code name as something else (sharing,
// saving, alerts, another site's account), change nothing. Pure, for tests.
void OpenTheWayInByEmphasis(PageSnapshot& snapshot);

// A returning candidate's log-in beside a way in without an account ("Continue
// as guest", "Apply manually"): its name box is the person's account, not a
// field of the application, so it leaves the snapshot's fields (the password box
// never is one). Without such a way the page is a sign-in wall and keeps them.
// Pure, for tests.
void SetAsideTheLogIn(PageSnapshot& snapshot);

// What kind of page this is, from its fields, buttons and text. Pure, for tests.
PageKind ClassifyPage(const PageSnapshot& snapshot);

// Whether `after`, read after a submit click on `before`, answers it in place: the
// form is gone (nothing left to fill, no step to take) and thanks or a
// confirmation appeared that `before` did not show. Posting pages that hold their
// form answer so, under the posting's own text, which ClassifyPage reads as a
// posting. A form that empties itself under a new confirming message ("Your
// message has been sent") answers in place too. Pure, for tests.
bool ConfirmedInPlace(const PageSnapshot& before, const PageSnapshot& after);

// Whether the child frame `frame_id` that held the form answers the submit click
// by itself: an application embedded in a company's page (a job board's iframe)
// shows its confirmation in the frame while the page around it, with boxes of its
// own (a newsletter sign-up), stays as it was. The frame read alone is a
// confirmation page, or confirms in place. The main frame is the page itself:
// false. Pure, for tests.
bool ConfirmedInFrame(const PageSnapshot& before, const PageSnapshot& after,
                      const std::string& frame_id);

// The payment step heading that a checkout moved on to after the submit click on
// `before`: the form is gone (nothing left to fill, no step to take) and a
// heading names the payment ("Payment", "Betalning") that `before` did not. The
// form was taken; paying is the person's. "" when not. Pure, for tests.
std::string MovedOnToPayment(const PageSnapshot& before, const PageSnapshot& after);

// The button that closes a message box the page drew over itself and over its
// form (Ext JS's Ext.Msg.alert, Bootstrap and SweetAlert modals, jQuery UI
// dialogs: "Please correct the fields marked in red" over "OK"): the page shows
// an open modal dialog, nothing to fill, no way on but the box's own buttons, and
// one of them acknowledges the message ("OK", "Close", "Fechar") or is the box's
// only button. nullptr when the page shows no such box. Pure, for tests.
const Button* MessageBoxAcknowledgement(const PageSnapshot& snapshot);

// The yes of a question the page asks in such a message box ("Confirma a
// submissão da sua candidatura?" over "Sim" / "Não", Ext JS's Ext.Msg.confirm):
// nothing to fill, the box's buttons only, one of them yes in the page's language
// beside another. nullptr when the page asks none. Pure, for tests.
const Button* MessageBoxYes(const PageSnapshot& snapshot);

// The options the page agent reported (its `openOptions` and field descriptions),
// as Option values; an entry that is not an object is skipped.
std::vector<Option> OptionsFromAgent(const boost::json::value& raw);

// Adds what the page agent read in one frame (its perceive() answer) to `snapshot`:
// text, headings, fields, errors and buttons, and for the main frame its address
// and title. An answer of another shape (a member missing or of another type) is a
// kProtocol error naming the frame and the member; `snapshot` may then hold part
// of it. Pure, for tests.
Status AddFrameReading(PageSnapshot& snapshot, const boost::json::value& reading,
                       const browser::FrameInfo& frame);

// What a page shows, for telling two readings apart: headings, field and button
// names, errors — not values, which filling changes, nor the address, which a
// client-side route change sets before the new step renders. Pure, for tests.
std::string PageSignature(const PageSnapshot& snapshot);

struct SettleOptions {
  // How long the DOM and the network must stay still.
  std::chrono::milliseconds quiet{300};
  // How long the first look waits for the action's own requests to start, beyond
  // the frame every read waits for (the requests an input event starts at once
  // have started by then; a navigation's take longer); the stillness itself is
  // measured from the last change, not from the first look.
  std::chrono::milliseconds first_look{100};
  // When to read the page as it is, settled or not.
  std::chrono::milliseconds deadline{std::chrono::seconds(15)};
  // The PageSignature of the page before the action (a click on Next, a route
  // change): a reading that still shows it is not the result yet. Empty: any
  // settled reading will do.
  std::string changed_from;
  // How long to wait for that change; a page that stays the same (a click that
  // did nothing) is then taken as it is.
  std::chrono::milliseconds change_deadline{std::chrono::seconds(6)};
  // A page no kind fits that has been entirely still this long is taken as it is:
  // longer than an app takes between a fetch and rendering its next step.
  std::chrono::milliseconds still_enough{std::chrono::milliseconds(2500)};
};

class PageReader {
 public:
  // The page as it is now, at once.
  static boost::asio::awaitable<Result<PageSnapshot>> Read(browser::Page& page);
  // The page once it has settled after a navigation, a click or a client-side
  // route change: a frame drawn in every frame since the call (the action's
  // immediate consequences done), no network request in flight and no DOM change in any frame
  // for `quiet`, nothing marked aria-busy, and a form or a known page kind
  // recognised (a single-page app fetching and rendering its next step shows
  // nothing known for a while) or, failing that, a page still for
  // `still_enough`. Past the deadline it reads the page as it is and
  // says why in PageSnapshot::unsettled_reason. Errors only as Read's.
  static boost::asio::awaitable<Result<PageSnapshot>> ReadSettled(browser::Page& page,
                                                                  SettleOptions options);
  // With the default options. (Not a default argument: GCC 12 destroys a
  // coroutine's defaulted class-type argument twice.)
  static boost::asio::awaitable<Result<PageSnapshot>> ReadSettled(browser::Page& page);
};

}  // namespace applier::perception
