// StepFiller fills one step of a form: it plans an answer for every control
// (profile → saved answers → documents → LLM → the person), asks the person
// everything nothing else could answer in one batch, fills, retries a field once
// on a fresh reading when the page re-rendered under it, asks about required
// fields it still could not fill, and adds entries to repeated sections ("Add
// another job") up to what the profile holds. Filling can reveal controls ("Other:
// please specify"): it reads the step again until nothing new appears.
//
// Pages change values after they were filled: a resume parser pre-fills the
// contact fields a moment after the upload, a dependent select reloads, a script
// rewrites a box. So files go in first, and before a step ends every typed value
// is read back from the page and filled again where the page holds something
// else; a value the page keeps changing back is a question for the person, never
// a silent difference in what is sent.
//
// A choice made only to open the list that follows it (Answer::alternatives:
// "Social Media" before a "Source" list) stands when that list holds the fact;
// otherwise the next fitting option is chosen, and with no list after it the
// person chooses.
//
// It presses no Next and no Submit; the run decides what comes after a step.
// Not thread-safe; borrowed parts must outlive it.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "knowledge/profile.h"
#include "perception/page_reader.h"
#include "planning/answer_planner.h"
#include "session/field_reasoner.h"
#include "session/run_control.h"
#include "session/run_page.h"
#include "session/run_report.h"

namespace applier::session {

struct StepFillerParts {
  RunPage& page;
  RunReport& report;
  RunControl& control;
  const knowledge::Profile& profile;
  const planning::AnswerPlanner& planner;
  const FieldReasoner& reasoner;
  // The posting's text, which grounds free-text answers; the filler sets it from
  // the first form page when the run met no posting.
  std::string& posting_text;
};

// What filling a step left: how many fields were filled and the step as the page
// shows it afterwards. `interrupted`: a person took the form elsewhere meanwhile,
// or the run ended (the report says so); the run reads the page again.
struct FilledStep {
  int filled = 0;
  perception::PageSnapshot page;
  bool interrupted = false;
};

class StepFiller {
 public:
  explicit StepFiller(StepFillerParts parts)
      : page_(parts.page),
        report_(parts.report),
        control_(parts.control),
        profile_(parts.profile),
        planner_(parts.planner),
        reasoner_(parts.reasoner),
        posting_text_(parts.posting_text) {}

  // Fills every control of `snapshot`, a form step numbered `step` in the report.
  boost::asio::awaitable<FilledStep> Fill(const perception::PageSnapshot& snapshot, int step);

  // Right before the send: whether the page still holds what the last step
  // typed, as the draft showed it. A site's own late write (a resume parser
  // that answers after the draft was taken, a prefill on a timer) is filled over
  // again with the answer, and false says the person must see a new draft.
  // `again`: a check after such a new draft, where a value the page writes its
  // own way once more is the page's format (or a question), not another refill.
  boost::asio::awaitable<bool> HoldsTheDraft(int step, bool again);

  // Fills the given fields of the current page, whose fields are `on_page`:
  // plans, asks the person what nothing else could answer (all at once), then
  // fills. Marks each as handled; returns how many were filled. The plan reads
  // the whole page (another box for the surname, the same date asked in two
  // entries that name no number), not just the fields filled now.
  boost::asio::awaitable<int> FillFields(const std::vector<perception::Field>& fields,
                                         const std::vector<perception::Field>& on_page, int step,
                                         std::set<std::string>& handled);

 private:
  boost::asio::awaitable<bool> AddEntry(const perception::PageSnapshot& snapshot);
  // After the fields of an entry AddEntry opened are filled: presses the entry
  // editor's own Save or Done (Oracle and SuccessFactors keep an added entry
  // open until then, and the step refuses to go on). True when it pressed one.
  boost::asio::awaitable<bool> SaveEntry(const perception::PageSnapshot& snapshot);
  // Once the fields in view are done: opens the next collapsed section that holds
  // fields (an accordion of form sections: Shoelace's sl-details, Bootstrap's
  // accordion), as a person does to reach them. Each toggle is pressed once, so
  // an accordion that closes one section as it opens the next is not toggled
  // back and forth. True when it pressed one.
  boost::asio::awaitable<bool> RevealSection(const perception::PageSnapshot& snapshot);
  // Once everything else is done and the step's Next or submit is still disabled:
  // the empty fields the page marks optional, as required ones, each once per
  // step. One-question-per-screen apps (Workstream, Fountain, Harri) mark no
  // field required and keep Continue disabled until the screen is answered, so
  // what the profile leaves open there is the person's to answer. Single
  // checkboxes are never among them: an opt-in is not what a Continue waits for
  // (agreements that gate the send are planned as such already).
  std::vector<perception::Field> AwaitedBySend(const perception::PageSnapshot& snapshot);
  // Asks the person, all at once, about required fields the engine could not
  // fill (a field's validation message, when it carries one, is the reason
  // shown), fills what they answer, and never asks about these fields again.
  // Returns how many were filled.
  // With nothing left to fill: when a control greyed out since the step began
  // (a list that reloads for the answer just given: the states of the country
  // chosen), reads the page again until it is a field once more, for at most
  // kGreyedOutPatience, once per step. True when it came back (`snapshot` is then
  // the reading that shows it).
  boost::asio::awaitable<bool> WaitForGreyedOut(perception::PageSnapshot& snapshot,
                                                const std::set<std::string>& greyed_at_start);
  static constexpr std::chrono::milliseconds kGreyedOutPatience{3000};
  boost::asio::awaitable<int> AskPerson(const std::vector<perception::Field>& fields, int step);
  boost::asio::awaitable<Result<planning::Answer>> Reason(perception::Field field,
                                                          planning::FieldPlan plan);
  // Reads back every value this step typed and fills again what the page changed;
  // `snapshot` is a settled reading and ends as the latest one. True when the
  // page held something else than what was typed (filled again, taken as the
  // page's way of writing it, or asked).
  boost::asio::awaitable<bool> VerifyHeld(perception::PageSnapshot& snapshot, int step);

  // A value this step typed, as the page showed it right after filling (with any
  // input mask applied): what the page must still hold when the step ends.
  struct Typed {
    planning::Answer answer;
    std::string value;
    int refills = 0;
  };

  RunPage& page_;
  RunReport& report_;
  RunControl& control_;
  const knowledge::Profile& profile_;
  const planning::AnswerPlanner& planner_;
  const FieldReasoner& reasoner_;
  std::string& posting_text_;
  std::set<std::string> unanswered_;  // fields a person was asked about and left empty
  // Fields whose box refused the profile's answer, planned once more after the
  // rest of the step is filled (a pattern may follow the country), this step only.
  std::set<std::string> replanned_;
  // The page read last keeps its submit or Next disabled: it waits for something.
  bool submit_waits_ = false;
  std::set<std::string> awaited_;  // fields AwaitedBySend gave this step
  // This step's questions once waited for the page the profile's choices leave.
  bool questions_waited_ = false;
  // This step once waited for a control greyed out since it began.
  bool greyed_waited_ = false;
  std::map<planning::EntrySection, int> entries_added_;  // "Add" presses per section
  std::set<std::string> revealed_;  // the section toggles pressed, by text and locator
  // The entry AddEntry opened and not saved yet: its section, which entry of the
  // profile it is (0-based), and, on a page that numbers no entry of the
  // section, the fields it held before the entry opened (the others are the
  // entry's, however its editor is named).
  struct OpenEntry {
    planning::EntrySection section = planning::EntrySection::kNone;
    int index = 0;
    bool unnumbered = false;
    std::set<std::string> before;             // the fields on the page before it was added
    std::map<std::string, int> before_alike;  // how many of each look (LookOf) it had
    std::set<std::string> taken;              // the fields it brought, each looked at once
    // The buttons on the page before it was added: a "Save" among them is the
    // page's own (Cognito Forms' save-and-resume beside Next), not the entry's.
    std::set<std::string> buttons_before;
  };
  // The fields of `snapshot` the open entry brought: of each look the page holds
  // more of than before the "Add", those it did not hold, the last ones when a
  // render renamed them all (ids and names generated on every render, Moka's
  // and many React forms'). Empty when no entry is open.
  std::set<std::string> BroughtByEntry(const perception::PageSnapshot& snapshot) const;
  std::optional<OpenEntry> open_entry_;
  // A choice made to open the list that follows it (Answer::alternatives: a
  // "How did you hear about us?" kind whose "Source" list must hold the fact):
  // the list it was made in, what the list means, the options still to try, and
  // whether the page has been read since.
  struct Probe {
    perception::Field list;
    planning::FieldKey meaning = planning::FieldKey::kUnknown;
    std::vector<planning::Answer> untried;
    bool read_after = false;
  };
  std::optional<Probe> probe_;
  // Lists whose choice opened no list of the same meaning: the facts fit
  // several options, and the person chooses (this step only).
  std::set<std::string> probe_failed_;
  // Reads the step after a probing choice: true when a list of the probe's
  // meaning follows it; otherwise its list becomes a question, planned afresh.
  bool ProbeOpenedList(const perception::PageSnapshot& snapshot, std::set<std::string>& handled);
  std::map<std::string, Typed> typed_;  // by FieldKey, this step only
  // Every fill this step tried, by FieldKey: the field as planned and its answer.
  struct Tried {
    perception::Field field;
    planning::Answer answer;
  };
  std::map<std::string, Tried> tried_;
  // The field of this step a render renamed into `field` (react-select reading
  // out the choice just made, a label that gained a count): one the step tried
  // to fill that `on_page` no longer holds, of the same kind and frame, whose
  // answer holds what `field` shows. Null when there is none.
  const Tried* RenamedFrom(const perception::Field& field,
                           const std::vector<perception::Field>& on_page) const;
  // Values the site flagged in a field (by FieldKey): never filled in again.
  std::map<std::string, std::set<std::string>> refused_;
};

}  // namespace applier::session
