// What buttons, pages and suggestion lists say, in every language the engine reads
// (each list of page_words.json is keyed by the language's ISO 639-1 code; 43 of
// them, from Arabic to Welsh): the wordings live in
// page_words.json, embedded at build time, so adding a language or a phrasing is
// a data change. Matching is by whole words of lower-cased text, so "back" is not
// found in "Feedback" nor "ok" in "Book"; a phrase in a script written without
// spaces (Chinese, Japanese, Korean) matches inside longer text ("送信" in "送信する").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace applier::perception {

enum class Wording {
  kNeverStepAction,  // "Save for later", "Cancel", "Feedback", "Finish later", ...
  kDismissOverlay,   // a cookie or consent banner's answers
  kAgree,            // accepting terms a dialog shows: "I agree", "Akzeptieren"
  kAcknowledge,      // the one answer of a message box over the page: "OK", "Fechar"
  kAffirm,           // the yes of a yes/no message box: "Yes", "Sim"
  kSendsCode,        // mailing a code to prove an address: "Send code", a step
  kUpload,           // an upload drawn as a button ("Attach", "Datei auswählen"), or the
                     // button of an upload dialog that sends the chosen file
  kAddAnother,
  kSavesEntry,  // closes an entry editor opened by kAddAnother: "Save", "Done"
  kBack,
  kSubmit,
  kNext,
  kOpenForm,        // "Apply" on a posting
  kStartForm,       // a conversational form's welcome button, "Start": whole text only (SaysOnly)
  kWithoutAccount,  // "Continue as guest", "Apply manually" beside a log-in
  kElsewhere,       // another site's account: "Apply with LinkedIn", "Sign in with Google"
  kConfirmation,    // "Thank you for applying"
  kThanks,          // a heading that only thanks: "Thank you!", "¡Gracias!"
  kClosed,          // a closed posting, a missing page
  kSignIn,          // sign in / create an account
  kCaptcha,         // "I'm not a robot"
  kReview,          // a heading over a summary of the answers
  kPayment,         // a checkout's payment step: "Payment", "Betalning"
  kNothingFound,    // a suggestion list's note that nothing matches: "No options"
};

// `text` lower-cased for matching: the Latin (with Latin Extended-A and the
// Vietnamese letters), Greek and Cyrillic capitals, Turkish ı and İ as i, Greek
// without its tonos and dialytika and with final ς as σ, Romanian ș ț as ş ţ,
// combining marks dropped, and the typographic and the Ukrainian apostrophe (’ ʼ)
// as "'".
std::string LowerText(std::string_view text);

// Whether `lowered` (from LowerText) holds one of the wording's phrases as whole
// words, in any language.
bool Says(std::string_view lowered, Wording wording);

// Whether `lowered` (from LowerText) is, but for marks and symbols at its ends
// ("Start →", "✓ Begin"), one of the wording's phrases: for one-word wordings
// that inside longer text mean something else ("Start" vs "Start date").
bool SaysOnly(std::string_view lowered, Wording wording);

// Every phrase of the wording, in every language, lower-cased (LowerText): for
// the page agent, which looks for them in the page itself.
const std::vector<std::string>& PhrasesOf(Wording wording);

// Whether a button's `lowered` text refuses what it names ("I do not agree",
// "Ich stimme nicht zu", "Decline"): such a button never agrees.
bool NegatesAgreement(std::string_view lowered);

}  // namespace applier::perception
