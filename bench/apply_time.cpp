// apply_time: per fixture site, how long does the full agent take from the job URL
// to a draft ready for review, compared with an oracle that knows the site by heart?
// The agent (session::ApplicationRun, --no-submit) reads every page, classifies and
// plans each field from the profile, fills it like a person and reads it back. The
// oracle skips all the thinking: one small function per site with hard-coded CSS
// selectors (ids, names, data-automation-ids) and fixed values, driving the same
// Chromium through the same browser layer (Page::Click with the mouse,
// Page::InsertText into a focused control, Page::Evaluate for native selects, for
// clicks inside a cross-origin iframe and to wait for client-rendered parts,
// Page::SetInputFiles), then checking that it really reached the draft point
// (every value in place, the submit button — or the wizard's Review step — on
// screen) and taking the same full-page draft screenshot the agent takes. The gap between the two is the price of perception and planning.
// One Chromium, a fresh context per run, agent and oracle alternating.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bench_support.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "fixtures/demo_site/demo_site.h"
#include "knowledge/profile.h"
#include "session/application_run.h"
#include "session/human_channel.h"

namespace {

namespace asio = boost::asio;
namespace json = boost::json;
using applier::ErrorKind;
using applier::Result;
using applier::Status;
using applier::browser::Browser;
using applier::browser::FrameInfo;
using applier::browser::Page;
using applier::browser::Point;
using applier::knowledge::Profile;
using namespace applier::bench;

struct Options {
  int runs = 3;
  std::vector<std::string> sites = {"demo", "lever", "workday", "ashby", "shadow", "gated"};
  std::string profile = std::string(APPLIER_SOURCE_DIR) + "/examples/profile.yaml";
  std::string chromium = "/usr/bin/chromium";
};

// Nobody is there: every question goes unanswered and no draft is ever confirmed,
// so the run measures the agent alone, never a person's think time.
class AbsentHuman : public applier::session::HumanChannel {
 public:
  asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<applier::session::Question>& questions) override {
    co_return std::vector<std::optional<std::string>>(questions.size());
  }
  asio::awaitable<applier::session::DraftReply> ReviewDraft(
      const applier::session::Draft&) override {
    applier::session::DraftReply reply;  // kUnavailable
    co_return reply;
  }
};

// --- the agent ------------------------------------------------------------------

struct AgentRun {
  std::vector<applier::session::StepRecord> steps;  // where the time went
  double time_to_draft_ms = 0;
  double total_ms = 0;
  int filled = 0;
  int fields = 0;
  std::string outcome;
  std::string message;
};

asio::awaitable<AgentRun> RunAgent(Browser& browser, const Profile& profile,
                                   const std::string& url) {
  AbsentHuman human;
  applier::session::ApplicationRun run({.browser = browser,
                                        .profile = profile,
                                        .answers = nullptr,
                                        .log = nullptr,
                                        .human = human,
                                        .events = {}});
  applier::session::ApplyOptions apply;
  apply.url = url;
  apply.user_id = "bench";
  apply.no_submit = true;
  apply.timeout = std::chrono::seconds(120);
  auto report = co_await run.Run(apply);
  AgentRun result;
  result.steps = report.steps;
  result.time_to_draft_ms = report.time_to_draft_ms;
  result.total_ms = report.total_ms;
  result.fields = static_cast<int>(report.fields.size());
  for (const auto& field : report.fields) result.filled += field.status == "filled" ? 1 : 0;
  result.outcome = applier::session::ToString(report.outcome);
  result.message = report.message;
  co_return result;
}

// --- the oracle's hands ---------------------------------------------------------

std::string Js(const std::string& text) {
  return json::serialize(json::value(text));
}

// A JavaScript expression for the element a CSS selector names.
std::string Q(const std::string& selector) {
  return "document.querySelector(" + Js(selector) + ")";
}
// The control with this name attribute; names like "urls[LinkedIn]" need the quotes.
std::string Named(const std::string& name) {
  return Q("[name=" + Js(name) + "]");
}

// What a control holds, as a string: checked state for boxes and radios, the
// file's name for a file input, the value otherwise.
std::string ValueOf(const std::string& element) {
  return "((e) => e == null ? null : e.type === 'checkbox' || e.type === 'radio' ? "
         "String(e.checked) : e.type === 'file' ? (e.files[0] ? e.files[0].name : '') : e.value)(" +
         element + ")";
}

// One thing the draft must show: `expression` (JavaScript, in the form's frame)
// must evaluate to `value`.
struct Check {
  std::string expression;
  std::string value;
};

Check Holds(const std::string& element, const std::string& value) {
  return {ValueOf(element), value};
}

// What the oracle found at the draft point.
struct DraftState {
  int verified = 0;
  int expected = 0;
  bool ready = false;         // submit button / Review step on screen
  std::string first_failure;  // for the report when something is missing
  bool complete() const { return ready && verified == expected; }
};

// The oracle's whole vocabulary: act on an element given as a JavaScript
// expression, wait for a condition. The first failure sticks and turns every later
// call into a no-op, so a site's oracle reads as a plain list of steps and is
// checked once at the end (status()).
class Script {
 public:
  explicit Script(Page& page) : page_(page) {}

  const Status& status() const { return status_; }

  asio::awaitable<void> Goto(std::string url) {
    if (!status_) co_return;
    auto loaded = co_await page_.Navigate(url);
    if (!loaded) status_ = applier::Fail(loaded.error());
    co_await UseMainFrame();
  }

  // Waits for a child frame whose URL starts with `url_prefix` and where
  // `condition` holds, and works in it from then on.
  asio::awaitable<void> EnterFrame(std::string url_prefix, std::string condition) {
    if (!status_) co_return;
    Stopwatch waited;
    while (waited.ElapsedMs() < kWaitMs) {
      auto frames = co_await page_.Frames();
      if (!frames) {
        status_ = applier::Fail(frames.error());
        co_return;
      }
      for (const auto& frame : *frames) {
        if (frame.url.rfind(url_prefix, 0) != 0) continue;
        auto ready = co_await page_.Evaluate(frame, "!!(" + condition + ")");
        if (ready && ready->is_bool() && ready->as_bool()) {
          frame_ = frame;
          co_return;
        }
      }
      co_await Sleep(std::chrono::milliseconds(10));
    }
    status_ =
        applier::Fail(ErrorKind::kTimeout, "no frame at " + url_prefix + " with " + condition);
  }

  // Until `condition` (JavaScript) is true in the current frame. A navigation on
  // the way is fine: evaluation errors are retried in the new document.
  asio::awaitable<void> WaitFor(std::string condition) {
    if (!status_) co_return;
    Stopwatch waited;
    while (waited.ElapsedMs() < kWaitMs) {
      auto met = co_await page_.Evaluate(frame_, "!!(" + condition + ")");
      if (met && met->is_bool() && met->as_bool()) co_return;
      if (!met && frame_.parent_id.empty()) co_await UseMainFrame();
      co_await Sleep(std::chrono::milliseconds(10));
    }
    status_ = applier::Fail(ErrorKind::kTimeout, "waited in vain for " + condition);
  }

  // A real mouse click at the element's centre, after scrolling it into view. In a
  // cross-origin child frame the element's click() instead: scrolling it into view
  // scrolls the parent page in another process, asynchronously, so the frame's
  // position read right after may be stale and the mouse would miss.
  asio::awaitable<void> Click(std::string element) {
    if (!frame_.parent_id.empty()) {
      co_await Eval(
          "(() => { const e = " + element + "; if (!e) return null; e.click(); return true; })()",
          element);
      co_return;
    }
    auto where = co_await Eval(
        "(() => { const e = " + element +
            "; if (!e) return null; e.scrollIntoView({block: 'center', inline: 'center'});"
            " const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()",
        element);
    if (!status_) co_return;
    const Point at{where.as_array()[0].to_number<double>(),
                   where.as_array()[1].to_number<double>()};
    auto clicked = co_await page_.Click(at);
    if (!clicked) status_ = applier::Fail(clicked.error());
  }

  // Focuses the control and types into it through the browser's input pipeline.
  asio::awaitable<void> Type(std::string element, std::string text) {
    co_await Eval("(() => { const e = " + element +
                      "; if (!e) return null; e.scrollIntoView({block: 'center'}); e.focus();"
                      " return e.getRootNode().activeElement === e || null; })()",
                  element);
    if (!status_) co_return;
    auto typed = co_await page_.InsertText(text);
    if (!typed) status_ = applier::Fail(typed.error());
  }

  // A native <select>: sets the option's value and tells the page, as a person's
  // choice would.
  asio::awaitable<void> Select(std::string element, std::string value) {
    co_await Eval("(() => { const e = " + element +
                      "; if (!e) return null; e.value = " + Js(value) +
                      "; e.dispatchEvent(new Event('input', {bubbles: true}));"
                      " e.dispatchEvent(new Event('change', {bubbles: true}));"
                      " return e.value === " +
                      Js(value) + " || null; })()",
                  element);
  }

  // A custom dropdown: click it open, wait for the option, click the option.
  asio::awaitable<void> Pick(std::string opener, std::string option) {
    co_await Click(opener);
    co_await WaitFor(option);
    co_await Click(option);
  }

  asio::awaitable<void> Attach(std::string element, std::string path) {
    if (!status_) co_return;
    const std::vector<std::string> files{path};
    auto attached = co_await page_.SetInputFiles(frame_, element, files);
    if (!attached) status_ = applier::Fail(attached.error());
  }

  asio::awaitable<void> Press(std::string key) {
    if (!status_) co_return;
    auto pressed = co_await page_.PressKey(key);
    if (!pressed) status_ = applier::Fail(pressed.error());
  }

  // Reads every check and the draft condition back in one evaluation.
  asio::awaitable<DraftState> Verify(std::vector<Check> checks, std::string ready) {
    DraftState state;
    state.expected = static_cast<int>(checks.size());
    if (!status_) co_return state;
    std::string list = "[";
    for (const auto& check : checks) {
      list += "[() => (" + check.expression + "), " + Js(check.value) + ", " +
              Js(check.expression) + "],";
    }
    list += "]";
    auto found = co_await Eval(
        "(() => { const out = {ok: 0, failed: [], ready: false};"
        " for (const [get, want, what] of " +
            list +
            ") { let got; try { got = get(); } catch (e) { got = 'threw ' + e; }"
            " if (got === want) ++out.ok; else out.failed.push(what + ' gave ' + "
            "JSON.stringify(got)"
            " + ', wanted ' + JSON.stringify(want)); }"
            " try { out.ready = !!(" +
            ready + "); } catch (e) {} return out; })()",
        "the draft check");
    if (!status_) co_return state;
    const auto& out = found.as_object();
    state.verified = static_cast<int>(out.at("ok").to_number<double>());
    state.ready = out.at("ready").as_bool();
    if (!out.at("failed").as_array().empty()) {
      state.first_failure = std::string(out.at("failed").as_array()[0].as_string());
    } else if (!state.ready) {
      state.first_failure = "not at the draft point: " + ready;
    }
    co_return state;
  }

 private:
  static constexpr double kWaitMs = 10000;

  asio::awaitable<void> UseMainFrame() {
    auto frames = co_await page_.Frames();
    if (frames && !frames->empty()) frame_ = frames->front();
  }

  // Evaluates `script` in the current frame; null (or an error) means `what` was
  // not there to act on.
  asio::awaitable<json::value> Eval(std::string script, std::string what) {
    if (!status_) co_return nullptr;
    auto result = co_await page_.Evaluate(frame_, script);
    if (!result) {
      status_ = applier::Fail(result.error());
      co_return nullptr;
    }
    if (result->is_null()) status_ = applier::Fail(ErrorKind::kNotFound, "not found: " + what);
    co_return *result;
  }

  Page& page_;
  FrameInfo frame_;
  Status status_;
};

// --- one oracle per site ----------------------------------------------------------
//
// Each fills its site as someone who read the page source would for the example
// profile: plain text from the profile, choices and date parts written the way
// the site wants them. Each returns what the draft must then show and the
// condition that says the draft point is reached.

struct Expectation {
  std::vector<Check> checks;
  std::string ready;
};

// The answer the profile gives to a question, by the start of its wording.
std::string ProfileAnswer(const Profile& profile, const std::string& prefix) {
  for (const auto& [question, answer] : profile.answers) {
    if (question.rfind(prefix, 0) == 0) return answer;
  }
  return {};
}

// Greenhouse-style (fixtures/demo_site/pages/job_app.html): "Apply" injects the form
// as a cross-origin iframe. The cover letter stays empty: the profile has none.
asio::awaitable<Expectation> DemoOracle(Script& s, const Profile& p,
                                        const applier::fixtures::DemoSite& site) {
  co_await s.Click(Q("#apply_button"));
  co_await s.EnterFrame(site.form_origin(),
                        "document.readyState === 'complete' && " + Q("#first_name"));
  const std::string answer = "#job_application_answers_attributes_";
  const std::string decline = "Decline To Self Identify";
  const std::vector<std::pair<std::string, std::string>> typed = {
      {"#first_name", p.name.first},
      {"#last_name", p.name.last},
      {"#preferred_name", p.name.preferred.empty() ? p.name.first : p.name.preferred},
      {"#email", p.email},
      {"#phone", p.phone},
      {"#job_application_location", p.address.city + ", " + p.address.region},
      {answer + "0_text_value", p.links.linkedin},
      {answer + "1_text_value", p.links.website},
      {answer + "5_text_value", p.salary.text},
      {answer + "6_text_value", ProfileAnswer(p, "Why do you want to work at")},
      {answer + "7_text_value", p.earliest_start},
  };
  const std::vector<std::pair<std::string, std::string>> chosen = {
      {answer + "2_text_value", "LinkedIn"},
      {answer + "3_boolean_value", "1"},
      {answer + "4_boolean_value", "0"},
      {"#job_application_gender", decline},
      {"#job_application_hispanic_ethnicity", decline},
      {"#job_application_race", decline},
      {"#job_application_veteran_status", "I am not a protected veteran"},
      {"#job_application_disability_status", "I do not want to answer"},
  };
  Expectation draft;
  for (const auto& [selector, value] : typed) {
    co_await s.Type(Q(selector), value);
    draft.checks.push_back(Holds(Q(selector), value));
  }
  for (const auto& [selector, value] : chosen) {
    co_await s.Select(Q(selector), value);
    draft.checks.push_back(Holds(Q(selector), value));
  }
  co_await s.Click(Q("#gdpr_processing_consent_given"));
  co_await s.Attach(Q("#resume"), p.resume.string());
  draft.checks.push_back(Holds(Q("#gdpr_processing_consent_given"), "true"));
  draft.checks.push_back(Holds(Q("#resume"), p.resume.filename().string()));
  draft.ready = Q("#submit_app");
  co_return draft;
}

// Lever-style (lever_posting.html, lever_apply.html): a posting page, then one form.
asio::awaitable<Expectation> LeverOracle(Script& s, const Profile& p) {
  co_await s.Click(Q("[data-qa=btn-apply]"));
  co_await s.WaitFor(Q("#application-form"));
  const std::string card = "cards[6d0e8a52-4c1b-4f3a-9a0e-5a1c2b3d4e5f]";
  const std::vector<std::pair<std::string, std::string>> typed = {
      {"name", p.name.Full()},
      {"email", p.email},
      {"phone", p.phone},
      {"location", p.address.city + ", " + p.address.region},
      {"org", p.current_company},
      {"urls[LinkedIn]", p.links.linkedin},
      {"urls[GitHub]", p.links.github},
      {"urls[Portfolio]", p.links.portfolio},
      {card + "[field3]", p.salary.text},
  };
  const std::vector<std::pair<std::string, std::string>> chosen = {
      {"eeo[gender]", "Decline to self-identify"},
      {"eeo[race]", "Decline to self-identify"},
      {"eeo[veteran]", "I am not a protected veteran"},
  };
  const std::vector<std::pair<std::string, std::string>> cards = {
      {card + "[field0]", "Yes"}, {card + "[field1]", "No"}, {card + "[field2]", "LinkedIn"}};
  Expectation draft;
  co_await s.Attach(Q("#resume-upload-input"), p.resume.string());
  draft.checks.push_back(Holds(Q("#resume-upload-input"), p.resume.filename().string()));
  for (const auto& [name, value] : typed) {
    co_await s.Type(Named(name), value);
    draft.checks.push_back(Holds(Named(name), value));
  }
  for (const auto& [name, value] : cards) {
    const std::string radio = Q("[name=" + Js(name) + "][value=" + Js(value) + "]");
    co_await s.Click(radio);
    draft.checks.push_back(Holds(radio, "true"));
  }
  for (const auto& [name, value] : chosen) {
    co_await s.Select(Named(name), value);
    draft.checks.push_back(Holds(Named(name), value));
  }
  co_await s.Click(Named("consent[store]"));
  draft.checks.push_back(Holds(Named("consent[store]"), "true"));
  draft.ready = Q("#btn-submit");
  co_return draft;
}

// Workday-style (workday.html): Apply → "Apply Manually" → a client-rendered
// five-step wizard with custom listboxes (button + role=option popup at the end of
// <body>), a searchable multi-select, repeatable work/education entries and
// month/day/year boxes, up to the Review step. Both jobs and the degree of the
// profile are entered, as the agent does.
std::string WorkdayId(const std::string& automation_id) {
  return Q("[data-automation-id=" + Js(automation_id) + "]");
}
std::string WorkdayOption(const std::string& label) {
  return Q(".wd-popup [role=option][data-automation-label=" + Js(label) + "]");
}
// What the Review step shows for a label ("Work Experience 1: Company").
std::string WorkdayReview(const std::string& label) {
  return "[...document.querySelectorAll('dl.review dt')].find((d) => d.textContent === " +
         Js(label) + ")?.nextElementSibling.textContent";
}

asio::awaitable<void> WorkdayNext(Script& s, std::string next_page) {
  co_await s.Click(Q("#next-button"));
  co_await s.WaitFor(WorkdayId(next_page));
}

asio::awaitable<Expectation> WorkdayOracle(Script& s, const Profile& p) {
  co_await s.Click(WorkdayId("adventureButton"));
  co_await s.WaitFor(WorkdayId("applyManually"));
  co_await s.Click(WorkdayId("applyManually"));
  co_await s.WaitFor(WorkdayId("applyFlowMyInfoPage"));

  // My Information. The multi-select: search, pick the leaf, close the popup.
  co_await s.Type(Q("#input-sourceSection"), "LinkedIn");
  co_await s.WaitFor(WorkdayOption("LinkedIn"));
  co_await s.Click(WorkdayOption("LinkedIn"));
  co_await s.Press("Escape");
  co_await s.Click(Q("#input-previousWorker-1"));  // "No"
  co_await s.Pick(Q("#input-countryDropdown"), WorkdayOption("United States of America"));
  co_await s.Type(Q("#input-legalNameSection_firstName"), p.name.first);
  co_await s.Type(Q("#input-legalNameSection_lastName"), p.name.last);
  co_await s.Type(Q("#input-addressSection_addressLine1"), p.address.street);
  co_await s.Type(Q("#input-addressSection_city"), p.address.city);
  co_await s.Pick(Q("#input-addressSection_countryRegion"), WorkdayOption("California"));
  co_await s.Type(Q("#input-addressSection_postalCode"), p.address.postal_code);
  co_await s.Type(Q("#input-email"), p.email);
  co_await s.Type(Q("#input-phone-number"), p.phone);
  co_await WorkdayNext(s, "applyFlowMyExpPage");

  // My Experience: "Add" renders an entry; ids are <section>-<n>--<field>.
  const std::string add_job =
      Q("[data-automation-id=workExperienceSection] "
        "[data-automation-id=add-button]");
  const auto& jobs = p.work_history;
  co_await s.Click(add_job);
  co_await s.WaitFor(Q("#workExperience-1--jobTitle"));
  co_await s.Type(Q("#workExperience-1--jobTitle"), jobs.at(0).title);
  co_await s.Type(Q("#workExperience-1--company"), jobs.at(0).company);
  co_await s.Type(Q("#workExperience-1--location"), jobs.at(0).location);
  co_await s.Click(Q("#workExperience-1--currentlyWorkHere"));  // hides "To"
  co_await s.Type(Q("#workExperience-1--startDate"), "03");
  co_await s.Type(Q("#workExperience-1--startDate-YYYY"), "2021");
  co_await s.Type(Q("#workExperience-1--roleDescription"), jobs.at(0).description);
  co_await s.Click(add_job);
  co_await s.WaitFor(Q("#workExperience-2--jobTitle"));
  co_await s.Type(Q("#workExperience-2--jobTitle"), jobs.at(1).title);
  co_await s.Type(Q("#workExperience-2--company"), jobs.at(1).company);
  co_await s.Type(Q("#workExperience-2--location"), jobs.at(1).location);
  co_await s.Type(Q("#workExperience-2--startDate"), "07");
  co_await s.Type(Q("#workExperience-2--startDate-YYYY"), "2017");
  co_await s.Type(Q("#workExperience-2--endDate"), "02");
  co_await s.Type(Q("#workExperience-2--endDate-YYYY"), "2021");
  co_await s.Type(Q("#workExperience-2--roleDescription"), jobs.at(1).description);
  co_await s.Click(Q("[data-automation-id=educationSection] [data-automation-id=add-button]"));
  co_await s.WaitFor(Q("#education-1--school"));
  co_await s.Type(Q("#education-1--school"), p.education.at(0).school);
  co_await s.Pick(Q("#education-1--degree"), WorkdayOption("Bachelor's Degree"));
  co_await s.Type(Q("#education-1--fieldOfStudy"), p.education.at(0).field);
  co_await s.Type(Q("#education-1--lastYearAttended"), "2017");
  co_await s.Attach(Q("#input-resumeSection"), p.resume.string());
  co_await s.Type(Q("#input-linkedinQuestion"), p.links.linkedin);
  co_await WorkdayNext(s, "applyFlowPrimaryQuestionsPage");

  // Application Questions.
  co_await s.Pick(Q("#input-workAuthorization"), WorkdayOption("Yes"));
  co_await s.Pick(Q("#input-visaSponsorship"), WorkdayOption("No"));
  co_await s.Type(Q("#input-desiredSalary"), "185000");
  co_await s.Type(Q("#input-formField-earliestStartDate"), "09");
  co_await s.Type(Q("#input-formField-earliestStartDate-DD"), "01");
  co_await s.Type(Q("#input-formField-earliestStartDate-YYYY"), "2025");
  co_await WorkdayNext(s, "applyFlowVoluntaryDisclosuresPage");

  // Voluntary Disclosures.
  co_await s.Pick(Q("#input-gender"), WorkdayOption("I do not wish to answer"));
  co_await s.Pick(Q("#input-ethnicityDropdown"), WorkdayOption("I do not wish to answer"));
  co_await s.Pick(Q("#input-veteranStatus"), WorkdayOption("I am not a protected veteran"));
  co_await s.Click(Q("#input-agreementCheckbox"));
  co_await WorkdayNext(s, "applyFlowReviewPage");

  // The Review step shows what will be sent.
  const std::vector<std::pair<std::string, std::string>> review = {
      {"How Did You Hear About Us?", "LinkedIn"},
      {"Have you worked for Acme Robotics before?", "No"},
      {"Country", "United States of America"},
      {"Given Name(s)", p.name.first},
      {"Family Name", p.name.last},
      {"Address Line 1", p.address.street},
      {"City", p.address.city},
      {"State", "California"},
      {"Postal Code", p.address.postal_code},
      {"Email Address", p.email},
      {"Phone Number", p.phone},
      {"Work Experience 1: Job Title", jobs.at(0).title},
      {"Work Experience 1: Company", jobs.at(0).company},
      {"Work Experience 1: I currently work here", "Yes"},
      {"Work Experience 1: From", "03/2021"},
      {"Work Experience 2: Company", jobs.at(1).company},
      {"Work Experience 2: From", "07/2017"},
      {"Work Experience 2: To", "02/2021"},
      {"Education 1: School or University", p.education.at(0).school},
      {"Education 1: Degree", "Bachelor's Degree"},
      {"Education 1: To (Actual or Expected)", "2017"},
      {"Resume/CV", p.resume.filename().string()},
      {"Are you legally authorized to work in the United States?", "Yes"},
      {"Desired annual base salary", "185000"},
      {"Earliest start date", "09/01/2025"},
      {"Gender", "I do not wish to answer"},
      {"Ethnicity", "I do not wish to answer"},
      {"Veteran Status", "I am not a protected veteran"},
      {"I have read and consent to the terms and conditions", "Yes"},
  };
  Expectation draft;
  for (const auto& [label, value] : review) draft.checks.push_back({WorkdayReview(label), value});
  draft.ready =
      WorkdayId("applyFlowReviewPage") + " && " + Q("#next-button") + ".textContent === 'Submit'";
  co_return draft;
}

// Ashby-style (ashby.html, ashby_form.json): the shell fetches the form and renders
// it; comboboxes pop their options up a moment after focus (values) or after a
// debounced fetch of what was typed (location); yes/no are toggle buttons.
asio::awaitable<Expectation> AshbyOracle(Script& s, const Profile& p) {
  const std::string location = "San Francisco, California, United States";
  co_await s.WaitFor(Q("#_systemfield_name"));
  co_await s.Type(Q("#_systemfield_name"), p.name.Full());
  co_await s.Type(Q("#_systemfield_email"), p.email);
  co_await s.Type(Q("#phone"), p.phone);
  co_await s.Attach(Q("#_systemfield_resume"), p.resume.string());
  co_await s.Type(Q("#linkedin"), p.links.linkedin);
  co_await s.Type(Q("#_systemfield_location"), p.address.city);
  co_await s.WaitFor(Q("#_systemfield_location-listbox [data-value=" + Js(location) + "]"));
  co_await s.Click(Q("#_systemfield_location-listbox [data-value=" + Js(location) + "]"));
  co_await s.Pick(Q("#years_experience"), Q("#years_experience-listbox [data-value='6-9 years']"));
  co_await s.Pick(Q("#how_heard"), Q("#how_heard-listbox [data-value=LinkedIn]"));
  co_await s.Click(Q("#work_authorized [data-value=Yes]"));
  co_await s.Click(Q("#requires_sponsorship [data-value=No]"));
  const std::string why = ProfileAnswer(p, "Why do you want to work at");
  co_await s.Type(Q("#why_acme"), why);
  Expectation draft;
  draft.checks = {
      Holds(Q("#_systemfield_name"), p.name.Full()),
      Holds(Q("#_systemfield_email"), p.email),
      Holds(Q("#phone"), p.phone),
      Holds(Q("#_systemfield_resume"), p.resume.filename().string()),
      Holds(Q("#linkedin"), p.links.linkedin),
      Holds(Q("#_systemfield_location"), location),
      Holds(Q("#years_experience"), "6-9 years"),
      Holds(Q("#how_heard"), "LinkedIn"),
      {Q("#work_authorized [data-value=Yes]") + ".getAttribute('aria-pressed')", "true"},
      {Q("#requires_sponsorship [data-value=No]") + ".getAttribute('aria-pressed')", "true"},
      Holds(Q("#why_acme"), why),
  };
  draft.ready = Q("#submit-application");
  co_return draft;
}

// Shadow DOM (shadow.html): each control is #control inside the open shadow root
// of a custom element that carries the field's name.
std::string InShadow(const std::string& name) {
  return Named(name) + ".shadowRoot.getElementById('control')";
}

asio::awaitable<Expectation> ShadowOracle(Script& s, const Profile& p) {
  const std::vector<std::pair<std::string, std::string>> typed = {
      {"first_name", p.name.first}, {"last_name", p.name.last}, {"email", p.email},
      {"phone", p.phone},           {"city", p.address.city},   {"linkedin", p.links.linkedin},
  };
  Expectation draft;
  for (const auto& [name, value] : typed) {
    co_await s.Type(InShadow(name), value);
    draft.checks.push_back(Holds(InShadow(name), value));
  }
  co_await s.Select(InShadow("work_authorization"), "Yes");
  co_await s.Select(InShadow("sponsorship"), "No");
  co_await s.Attach(InShadow("resume"), p.resume.string());
  co_await s.Click(InShadow("privacy_consent"));
  draft.checks.push_back(Holds(InShadow("work_authorization"), "Yes"));
  draft.checks.push_back(Holds(InShadow("sponsorship"), "No"));
  draft.checks.push_back(Holds(InShadow("resume"), p.resume.filename().string()));
  draft.checks.push_back(Holds(InShadow("privacy_consent"), "true"));
  draft.ready = Q("acme-submit-button") + ".shadowRoot.getElementById('submit')";
  co_return draft;
}

// Consent-gated (gated_posting.html, gated_apply.html): a cookie overlay over the
// posting, an "enter your email to start" form, then the application form.
asio::awaitable<Expectation> GatedOracle(Script& s, const Profile& p) {
  co_await s.Click(Q("#onetrust-reject-all-handler"));
  co_await s.Type(Q("#start-email"), p.email);
  co_await s.Click(Q("#start-continue"));
  co_await s.WaitFor(Q("#gated-application"));
  co_await s.Type(Q("#first_name"), p.name.first);
  co_await s.Type(Q("#last_name"), p.name.last);
  co_await s.Type(Q("#phone"), p.phone);
  co_await s.Attach(Q("#resume"), p.resume.string());
  co_await s.Select(Q("#work_authorization"), "authorized");
  Expectation draft;
  draft.checks = {
      Holds(Named("email"), p.email),
      Holds(Q("#first_name"), p.name.first),
      Holds(Q("#last_name"), p.name.last),
      Holds(Q("#phone"), p.phone),
      Holds(Q("#resume"), p.resume.filename().string()),
      Holds(Q("#work_authorization"), "authorized"),
  };
  draft.ready = Q("#submit-application");
  co_return draft;
}

// --- measuring ------------------------------------------------------------------

struct Sites {
  const applier::fixtures::DemoSite& demo;
  const applier::fixtures::AtsSites& ats;
};

std::string EntryUrl(const Sites& sites, const std::string& site) {
  return site == "demo" ? sites.demo.posting_url() : sites.ats.url(site);
}

asio::awaitable<Expectation> FillSite(Script& s, const Profile& p, const Sites& sites,
                                      std::string site) {
  if (site == "demo") co_return co_await DemoOracle(s, p, sites.demo);
  if (site == "lever") co_return co_await LeverOracle(s, p);
  if (site == "workday") co_return co_await WorkdayOracle(s, p);
  if (site == "ashby") co_return co_await AshbyOracle(s, p);
  if (site == "shadow") co_return co_await ShadowOracle(s, p);
  co_return co_await GatedOracle(s, p);
}

struct OracleRun {
  double ms = 0;  // start to the draft screenshot taken, like the agent's time to draft
  DraftState draft;
};

asio::awaitable<Result<OracleRun>> RunOracle(Browser& browser, const Profile& profile,
                                             const Sites& sites, std::string site) {
  Stopwatch watch;
  auto context = co_await browser.NewContext();
  if (!context) co_return applier::Fail(context.error());
  auto page = co_await (*context)->NewPage();
  if (!page) co_return applier::Fail(page.error());
  Script script(**page);
  co_await script.Goto(EntryUrl(sites, site));
  Expectation expected = co_await FillSite(script, profile, sites, site);
  OracleRun result;
  result.draft = co_await script.Verify(expected.checks, expected.ready);
  if (!script.status()) co_return applier::Fail(script.status().error());
  // The draft the user reviews, as the agent takes it.
  applier::browser::ScreenshotOptions draft;
  draft.full_page = true;
  draft.quality = 80;
  auto shot = co_await (*page)->Screenshot(draft);
  if (!shot) co_return applier::Fail(shot.error());
  result.ms = watch.ElapsedMs();
  (void)co_await (*page)->Close();
  co_return result;
}

struct SiteFigures {
  std::string site;
  std::vector<AgentRun> agent;
  std::vector<OracleRun> oracle;
  std::string error;  // set when the oracle could not run
};

// Run 0 warms the browser's and the site's caches for both and is not counted.
asio::awaitable<SiteFigures> MeasureSite(Browser& browser, const Options& options,
                                         const Profile& profile, const Sites& sites,
                                         std::string site) {
  SiteFigures figures;
  figures.site = site;
  for (int run = 0; run <= options.runs; ++run) {
    auto agent = co_await RunAgent(browser, profile, EntryUrl(sites, site));
    auto oracle = co_await RunOracle(browser, profile, sites, site);
    co_await Sleep(std::chrono::milliseconds(200));  // let the contexts' disposal finish
    if (!oracle) {
      figures.error = oracle.error().ToString();
      co_return figures;
    }
    if (run == 0) continue;
    figures.agent.push_back(std::move(agent));
    figures.oracle.push_back(*oracle);
  }
  co_return figures;
}

asio::awaitable<Result<std::vector<SiteFigures>>> Measure(const Options& options,
                                                          const Profile& profile,
                                                          const Sites& sites,
                                                          std::shared_ptr<Browser>& browser) {
  applier::browser::BrowserOptions browser_options;
  browser_options.launch.executable = options.chromium;
  auto executor = co_await asio::this_coro::executor;
  auto launched = co_await Browser::Launch(executor, browser_options);
  if (!launched) co_return applier::Fail(launched.error());
  browser = *launched;
  std::vector<SiteFigures> all;
  for (const auto& site : options.sites) {
    all.push_back(co_await MeasureSite(*browser, options, profile, sites, site));
  }
  co_return all;
}

// The targets: the five-step wizard may take 8 s, any other form 3 s.
double TargetMs(const std::string& site) {
  return site == "workday" ? 8000 : 3000;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Apply time: per fixture site, the full agent (ApplicationRun, --no-submit) from the\n"
      "job URL to the draft, vs. an oracle filling the same site with hard-coded selectors."};
  app.add_option("--runs", options.runs, "measured runs of each, per site")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--sites", options.sites, "sites to measure")
      ->delimiter(',')
      ->check(CLI::IsMember({"demo", "lever", "workday", "ashby", "shadow", "gated"}))
      ->capture_default_str();
  app.add_option("--profile", options.profile, "profile YAML")->capture_default_str();
  app.add_option("--chromium", options.chromium, "Chromium executable")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  PrepareProcess();
  const double load_before = LoadAverage();

  auto profile = applier::knowledge::LoadProfile(options.profile);
  if (!profile) {
    std::cerr << "apply_time: cannot load the profile: " << profile.error().message << "\n";
    return 1;
  }
  auto demo = applier::fixtures::DemoSite::Start({});
  auto ats = applier::fixtures::AtsSites::Start({});
  if (!demo || !ats) {
    std::cerr << "apply_time: cannot start the fixture sites\n";
    return 1;
  }
  const Sites sites{**demo, **ats};

  asio::io_context io;
  std::shared_ptr<Browser> browser;
  Result<std::vector<SiteFigures>> measured =
      applier::Fail(applier::ErrorKind::kCancelled, "not run");
  try {
    measured = RunAsync(io, [&]() { return Measure(options, *profile, sites, browser); });
  } catch (const std::exception& e) {
    measured = applier::Fail(applier::ErrorKind::kTimeout, e.what());
  }
  if (browser) browser->Close();
  if (!measured) {
    std::cerr << "apply_time: " << measured.error().ToString() << "\n";
    return 1;
  }

  std::printf("Apply time — job URL to a draft ready for review, per site; median of %d runs\n\n",
              options.runs);
  std::printf("  %-8s %9s %9s %6s  %-8s %-16s %-16s %s\n", "site", "agent ms", "oracle ms", "ratio",
              "target", "agent <= target", "ratio <= 1.5", "oracle draft checks");
  bool all_measured = true;
  bool all_met = true;
  json::array rows;
  for (const auto& f : *measured) {
    if (!f.error.empty()) {
      std::printf("  %-8s oracle failed: %s\n", f.site.c_str(), f.error.c_str());
      all_measured = false;
      all_met = false;
      rows.push_back(json::object{{"site", f.site}, {"error", f.error}});
      continue;
    }
    std::vector<double> agent_ms, oracle_ms;
    int agent_ok = 0, oracle_complete = 0;
    for (const auto& run : f.agent) {
      agent_ms.push_back(run.time_to_draft_ms);
      agent_ok += run.outcome == "stopped_at_draft" ? 1 : 0;
    }
    for (const auto& run : f.oracle) {
      oracle_ms.push_back(run.ms);
      oracle_complete += run.draft.complete() ? 1 : 0;
    }
    const double agent = Median(agent_ms);
    const double oracle = Median(oracle_ms);
    const double ratio = agent / oracle;
    const double target = TargetMs(f.site);
    const bool time_met = agent <= target;
    const bool ratio_met = ratio <= 1.5;
    const auto& last_oracle = f.oracle.back().draft;
    const int runs = static_cast<int>(f.agent.size());
    all_measured = all_measured && agent_ok == runs && oracle_complete == runs;
    all_met = all_met && time_met && ratio_met;
    std::printf("  %-8s %9.0f %9.0f %6.2f  %-8s %-16s %-16s %d/%d%s\n", f.site.c_str(), agent,
                oracle, ratio, target > 3000 ? "8 s" : "3 s", Verdict(time_met), Verdict(ratio_met),
                last_oracle.verified, last_oracle.expected,
                last_oracle.complete() ? ", at the draft" : " — INCOMPLETE");
    rows.push_back(json::object{{"site", f.site},
                                {"agent_time_to_draft_median_ms", JsonNumber(agent)},
                                {"oracle_median_ms", JsonNumber(oracle)},
                                {"ratio", JsonNumber(ratio)},
                                {"target_ms", target},
                                {"time_met", time_met},
                                {"ratio_met", ratio_met},
                                {"agent_runs_at_draft", agent_ok},
                                {"oracle_runs_complete", oracle_complete},
                                {"agent_filled_last_run", f.agent.back().filled},
                                {"agent_fields_last_run", f.agent.back().fields}});
  }

  std::printf(
      "\n  per site: agent outcome (runs that stopped at the draft), fields it filled in\n"
      "  its last run, where its time went; oracle problems, if any\n");
  for (const auto& f : *measured) {
    if (!f.error.empty()) continue;
    int agent_ok = 0;
    for (const auto& run : f.agent) agent_ok += run.outcome == "stopped_at_draft" ? 1 : 0;
    const auto& last = f.agent.back();
    std::printf("  %s: %s (%d/%zu), %d/%d fields filled — %s\n", f.site.c_str(),
                last.outcome.c_str(), agent_ok, f.agent.size(), last.filled, last.fields,
                last.message.c_str());
    for (const auto& step : last.steps) {
      std::printf("    %7.0f ms  %-12s %s\n", step.elapsed_ms, step.page_kind.c_str(),
                  step.action.c_str());
    }
    for (const auto& run : f.oracle) {
      if (run.draft.complete()) continue;
      std::printf("    oracle did not reach a complete draft: %s\n",
                  run.draft.first_failure.c_str());
      break;
    }
  }
  std::size_t submissions = (*demo)->Submissions().size();
  for (const auto& site : options.sites) {
    if (site != "demo") submissions += (*ats)->Submissions(site).size();
  }
  std::printf("\n  submissions the sites received: %zu (expected 0: neither submits)\n",
              submissions);
  const double load_after = LoadAverage();
  std::printf("  machine load (1-min average) before/after: %.2f / %.2f\n", load_before,
              load_after);

  json::object line;
  line["bench"] = "apply_time";
  line["load_avg_1m"] = JsonNumber(std::max(load_before, load_after));
  line["runs"] = options.runs;
  line["sites"] = std::move(rows);
  line["submissions"] = submissions;
  line["targets_met"] = all_met;
  std::printf("\n%s\n", JsonLine(line).c_str());
  return all_measured && submissions == 0 ? 0 : 1;
}
