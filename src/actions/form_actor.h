// FormActor puts an Answer into a field the way a person would — click into it,
// type, pick the option, tick the box, attach the file — and then reads the value
// back from the page. A field counts as filled only when the page shows the value;
// when the human-like way does not stick (a framework swallowed the keystrokes),
// it tries once more another way (setting the value through the DOM with the
// events a framework listens for) before reporting failure.
//
// Fields and buttons are addressed as a PageReader::Read saw them and found again
// by their locators before each step, so a page that re-rendered them since (a
// framework replacing nodes on input, a form rebuilt after each change) is no
// obstacle; a control that vanished mid-action is looked up once more after the
// page settles. Only a control that is really gone fails, with kNotFound naming it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "browser/page.h"
#include "core/result.h"
#include "perception/field.h"
#include "perception/page_reader.h"
#include "planning/answer.h"

namespace applier::actions {

struct FillResult {
  // What the page holds now, read back from the control: when the page reformats
  // what was typed (an input mask), the page's version.
  std::string value;
  std::string method;  // "typed", "selected", "clicked", "uploaded", "set-directly"
};

class FormActor {
 public:
  explicit FormActor(browser::Page& page) : page_(page) {}

  boost::asio::awaitable<Result<FillResult>> Fill(browser::FrameInfo frame, perception::Field field,
                                                  planning::Answer answer);

  // Opens a custom dropdown (a listbox button or a combobox) just long enough to
  // read its options, then closes it: the planner can then choose by meaning.
  boost::asio::awaitable<Result<std::vector<perception::Option>>> ReadOptions(
      browser::FrameInfo frame, perception::Field field);

  // Clicks the button with a real mouse event at its centre.
  boost::asio::awaitable<Status> Press(browser::FrameInfo frame, perception::Button button);

 private:
  boost::asio::awaitable<Result<FillResult>> FillOnce(browser::FrameInfo frame,
                                                      perception::Field field,
                                                      planning::Answer answer);
  boost::asio::awaitable<Status> PressOnce(browser::FrameInfo frame, perception::Button button);
  // Page coordinates to click the element `element` (a page-agent expression)
  // at, scrolling it into view when it is not; kConflict when something covers it.
  boost::asio::awaitable<Result<browser::Point>> PointOf(browser::FrameInfo frame,
                                                         std::string element);
  boost::asio::awaitable<Result<perception::Field>> ReadBack(browser::FrameInfo frame,
                                                             perception::Field field);
  // Types `text`; where the box's input mask garbles it, each of `other_forms`
  // (the same fact written other ways) in turn, the first the box holds whole.
  // `international`: the whole number of a phone `text` gives without its
  // dialling code (planning::Answer::international).
  boost::asio::awaitable<Result<FillResult>> Type(browser::FrameInfo frame, perception::Field field,
                                                  std::string text,
                                                  std::vector<std::string> other_forms = {},
                                                  std::string international = {});
  // How Retype sends the text: whole, as one insertText (as a paste), or one
  // character at a time, each its own input event.
  enum class Keystrokes { kWhole, kEachCharacter };
  // Types `text` into the box over what it holds (the selection replaced first);
  // the box as read back after its blur, nullopt when it takes no typing or cannot
  // be read.
  boost::asio::awaitable<std::optional<perception::Field>> Retype(browser::FrameInfo frame,
                                                                  perception::Field field,
                                                                  const std::string& text,
                                                                  Keystrokes keystrokes);
  // Sets the date `text` names through the picker the box has open (page agent's
  // pickDate); the box as read back after, nullopt when it is no date, no picker
  // opened or the box cannot be read.
  boost::asio::awaitable<std::optional<perception::Field>> PickDate(browser::FrameInfo frame,
                                                                    perception::Field field,
                                                                    const std::string& text);
  boost::asio::awaitable<Result<FillResult>> Choose(browser::FrameInfo frame,
                                                    perception::Field field,
                                                    planning::Answer answer);
  // A date split into boxes: `text` is "MM/YYYY"-shaped, one piece per box.
  boost::asio::awaitable<Result<FillResult>> TypeDateParts(browser::FrameInfo frame,
                                                           perception::Field field,
                                                           std::string text);
  // Types `text` into the box of the chosen "Other" option among `wanted`
  // (perception::Option::specify), after that option was chosen.
  boost::asio::awaitable<Status> WriteInOtherBox(browser::FrameInfo frame, perception::Field field,
                                                 std::vector<std::string> wanted, std::string text);
  boost::asio::awaitable<Result<FillResult>> Tick(browser::FrameInfo frame, perception::Field field,
                                                  planning::Answer answer);
  // A consent box that opens its terms in a dialog and stays ticked only once they
  // are agreed to: presses the dialog's agreeing button; false when none shows.
  boost::asio::awaitable<bool> AgreeInDialog(browser::FrameInfo frame, perception::Field field);
  // The buttons of the modal dialog the field's click opened, lower-cased
  // (LowerText), in document order; `enabled_only` leaves out those the page has
  // not enabled yet. Empty when no such dialog is open.
  boost::asio::awaitable<std::vector<std::string>> DialogButtonTexts(browser::FrameInfo frame,
                                                                     const perception::Field& field,
                                                                     bool enabled_only = false);
  // Where to click button `index` of the dialog's buttons DialogButtonTexts last read.
  boost::asio::awaitable<Result<browser::Point>> DialogButtonPoint(browser::FrameInfo frame,
                                                                   std::size_t index);
  // Custom dropdowns and typeahead comboboxes: open (typing the answer to filter
  // when it is a text box), wait for the options, click the one that means the
  // answer.
  boost::asio::awaitable<Result<FillResult>> Pick(browser::FrameInfo frame, perception::Field field,
                                                  planning::Answer answer);
  // Pick's work, which may leave the list open when it fails.
  boost::asio::awaitable<Result<FillResult>> PickFromList(browser::FrameInfo frame,
                                                          perception::Field field,
                                                          planning::Answer answer);
  // What, besides options, ends a wait for them before its patience: for a list
  // an action has just opened, nothing on its way (see WaitForOpenedList); for
  // suggestions to what was typed, the list's own note that nothing matches it,
  // once it has stood long enough that no debounced search can still be coming
  // (see WaitForNewOptions).
  enum class WaitEnds { kAtPatience, kWhenNothingComes, kWhenNothingFound };
  // The options of the field's open list, waiting up to `patience` for them. With
  // kWhenNothingFound, an empty list (success) when the list said nothing matches.
  boost::asio::awaitable<Result<std::vector<perception::Option>>> WaitForOptions(
      browser::FrameInfo frame, perception::Field field, std::chrono::milliseconds patience,
      WaitEnds ends = WaitEnds::kAtPatience);
  // As WaitForOptions, for a list an action (a click, Down) has just asked to
  // open: it gives up before `patience` once nothing can be coming — no list, no
  // request in flight or just answered, the frame's DOM still — as a box that
  // only suggests what is typed opens nothing, and the wait is paid per choice.
  boost::asio::awaitable<Result<std::vector<perception::Option>>> WaitForOpenedList(
      browser::FrameInfo frame, perception::Field field, std::chrono::milliseconds patience);
  // As WaitForOptions, but a list still showing exactly `before` (the suggestions
  // of the previous query) is waited past, up to `patience`; an empty list when
  // the list said nothing matches what was typed (kWhenNothingFound).
  boost::asio::awaitable<Result<std::vector<perception::Option>>> WaitForNewOptions(
      browser::FrameInfo frame, perception::Field field, std::chrono::milliseconds patience,
      const std::vector<perception::Option>& before);
  // The option among `options` (as WaitForOptions last read them) that means the
  // answer, scrolling lists that draw only the rows in sight until it shows or the
  // list ends; `options` then holds the rows read last, which ClickOption uses.
  boost::asio::awaitable<std::optional<std::size_t>> FindOption(
      browser::FrameInfo frame, perception::Field field, const planning::Answer& answer,
      std::vector<perception::Option>& options);
  // Presses Enter in a search box whose list did not answer typing, for boxes that
  // search on Enter; never when an option is highlighted (Enter would choose it),
  // and with the page's submit events stopped meanwhile. The options it brought
  // up, as WaitForNewOptions.
  boost::asio::awaitable<Result<std::vector<perception::Option>>> SearchOnEnter(
      browser::FrameInfo frame, perception::Field field,
      const std::vector<perception::Option>& before);
  // A box that suggests as you type but takes any text (a street or city box):
  // types `text`, closes the suggestions and keeps it when the box still shows it
  // once left; nullopt when the box holds only a picked suggestion.
  boost::asio::awaitable<std::optional<FillResult>> KeepTyped(browser::FrameInfo frame,
                                                              perception::Field field,
                                                              std::string text);
  boost::asio::awaitable<void> CloseList(browser::FrameInfo frame, perception::Field field);
  // A box that keeps several entries (tags, chips: "Key Skills"): each entry typed
  // and confirmed in turn, by the suggestion that is that very entry or else by
  // Enter (never while another suggestion is highlighted, which Enter would take).
  // Done when the box keeps at least one; what it shows is the result.
  boost::asio::awaitable<Result<FillResult>> AddEntries(browser::FrameInfo frame,
                                                        perception::Field field,
                                                        std::vector<std::string> entries);
  // Types `label` (an option's words) into the field's search box so the list
  // narrows to it: the option meaning the answer among what is left, and its label.
  boost::asio::awaitable<std::optional<std::pair<std::size_t, std::string>>> Narrow(
      browser::FrameInfo frame, perception::Field field, const planning::Answer& answer,
      const std::string& label);
  // Clicks option `index` of the list WaitForOptions last read; one the pointer
  // cannot reach is chosen with the arrow keys when the box marks the active one.
  boost::asio::awaitable<Status> ClickOption(browser::FrameInfo frame, std::size_t index);
  // Presses the button that confirms the option just clicked, when the dialog the
  // field opened waits for one (a select whose options open in an alert with OK
  // and Cancel); nothing when the dialog closed with the choice.
  boost::asio::awaitable<Status> ConfirmChoice(browser::FrameInfo frame, perception::Field field);
  // Waits until the page has taken in the last input: a frame drawn since (the
  // framework's re-render done) and no request in flight for a moment (a
  // dependent list reloading). A fixed pause would be paid on every choice.
  boost::asio::awaitable<void> Reacted(browser::FrameInfo frame);
  boost::asio::awaitable<Result<FillResult>> Attach(browser::FrameInfo frame,
                                                    perception::Field field,
                                                    planning::Answer answer);
  // How many times the upload's wrapper shows the file name `name`, before its
  // input too: a name that appears with the upload is the file it took.
  boost::asio::awaitable<std::ptrdiff_t> TimesShownAround(browser::FrameInfo frame,
                                                          perception::Field field,
                                                          std::string name);
  // An upload drawn as a button: the file goes to the chooser its click opens,
  // or into the upload dialog it opens, whose button that sends it is pressed.
  // Returns once the files are given; the caller reads back what the page shows.
  boost::asio::awaitable<Status> AttachThroughButton(browser::FrameInfo frame,
                                                     perception::Field field,
                                                     std::vector<std::string> files);
  // The dialog an upload opened beside the field once it has the files (an upload
  // dialog, or the progress dialog Salesforce's lightning-file-upload shows until
  // "Done" / "Listo"): its last button that sends or keeps the file is pressed
  // once the page enables it. Nothing when no such dialog is open.
  boost::asio::awaitable<Status> ConfirmUploadDialog(browser::FrameInfo frame,
                                                     perception::Field field);

  browser::Page& page_;
};

// Whether what the page shows matches what we meant to enter: tolerant of the
// formatting sites add (spaces, case in e-mail, phone punctuation). Pure, for tests.
bool ValueMatches(perception::ControlKind kind, const std::string& wanted,
                  const std::string& shown);

// Whether `shown` is `typed` rewritten by the page's formatting: the same letters
// and digits in the same order, with other separators or case ("5551234567" as
// "(555) 123-4567", "de89370400440532013000" as "DE89 3704 0044 0532 0130 00").
// Pure, for tests.
bool PageReformatted(const std::string& typed, const std::string& shown);

// Whether a date control shows the date `wanted` (ISO) after it was picked: the
// same day however it is written, a numeric date read in the order the field or
// its page's language writes dates ("01/09/2025" on a Hebrew page, 2025-09-01).
bool PickedDateShown(const perception::Field& field, const std::string& wanted,
                     const std::string& shown);

// Whether a control's shown value carries the chosen option `label`: the whole
// label, one pill of a multi-select that is the option's main words, or the option
// shortened to two or more of its words in order ("🇺🇸 +1" for "🇺🇸 USA +1").
// Pure, for tests.
bool ShowsChoice(const std::string& shown, const std::string& label);

}  // namespace applier::actions
