#include "planning/field_classifier.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <set>
#include <span>
#include <string_view>
#include <vector>

#include "knowledge/countries.h"
#include "knowledge/question_text.h"
#include "planning/field_meanings.h"
#include "planning/option_matcher.h"
#include "planning/option_meaning.h"
#include "planning/value_format.h"

namespace applier::planning {
namespace {

using perception::ControlKind;
using perception::Field;

constexpr double kAutocompleteScore = 0.99;
// "url" only says "a link"; a label saying which link (LinkedIn, GitHub) wins.
constexpr double kGenericUrlAutocompleteScore = 0.8;
constexpr double kLabelWholeScore = 0.95;
constexpr double kLabelPhraseScore = 0.9;
constexpr double kPlaceholderScore = 0.8;
constexpr double kAttributeScore = 0.8;
constexpr double kContextScore = 0.65;
// Next to a file input, context like "Resume/CV" is what the label would have said.
constexpr double kFileContextScore = 0.8;
constexpr double kControlTypeScore = 0.85;
// A list whose options are dialling codes ("United Kingdom +44") is the phone's
// country whatever its label says: it outranks a whole-label "Country".
constexpr double kDialCodeListScore = 0.97;
// Options and the section's heading naming one meaning, under a label that names
// none (MeaningOfOptionsAndSection): below a label's phrase, above the threshold.
constexpr double kOptionsAndSectionScore = 0.85;
// Options that are all of one kind of answer (ways of working), under a label that
// names no meaning: the same place, below a label's phrase.
constexpr double kOptionsOnlyScore = 0.85;
// A label much longer than the synonym it contains, for a contact fact, is usually
// a question about something else ("Why do you want to join our company?"): it
// drops below the fill threshold. Words are counted without stop words, so that
// "Name of school or university" is as short as it reads, and "What is your email
// address?" is not long enough.
constexpr std::size_t kExtraWordsAllowed = 2;
constexpr double kLongLabelPenalty = 0.2;
// Words a question over a text area may have beyond the phrase that names a fact.
constexpr std::size_t kExtraWordsInProseQuestion = 4;
constexpr double kAgreementBonus = 0.03;
// For the first of a label's slash-separated names ("State/Country").
constexpr double kFirstAlternativeBonus = 0.02;
// The same abbreviation in two languages ("C.P." is the Spanish postcode and the
// Czech house number): the page's language decides a tie, and nothing more.
constexpr double kPageLanguageBonus = 0.005;
// Below AnswerPlanner's fill threshold: the field becomes a question.
constexpr double kConflictScore = 0.6;

bool Fits(FieldKey key, ControlKind kind) {
  return FieldMeanings::Builtin().Fits(key, kind);
}

// Meanings whose answer is itself prose, written into text areas.
bool HoldsProse(FieldKey key) {
  return key == FieldKey::kCoverLetter || key == FieldKey::kJobDescription;
}

bool IsContactFact(FieldKey key) {
  switch (key) {
    case FieldKey::kFirstName:
    case FieldKey::kLastName:
    case FieldKey::kFullName:
    case FieldKey::kName:
    case FieldKey::kMiddleName:
    case FieldKey::kInitials:
    case FieldKey::kPreferredName:
    case FieldKey::kEmail:
    case FieldKey::kPhone:
    case FieldKey::kAddressLine:
    case FieldKey::kAddressLine2:
    case FieldKey::kHouseNumber:
    case FieldKey::kCity:
    case FieldKey::kRegion:
    case FieldKey::kPostalCode:
    case FieldKey::kCountry:
    case FieldKey::kLocation:
    case FieldKey::kCurrentCompany:
    case FieldKey::kCurrentTitle:
    case FieldKey::kSchool:
    case FieldKey::kWebsite:
    case FieldKey::kSalutation:
    case FieldKey::kDateOfBirth: return true;
    default: return false;
  }
}

bool ContainsPhrase(std::string_view haystack, std::string_view needle) {
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts = pos == 0 || haystack[pos - 1] == ' ';
    std::size_t end = pos + needle.size();
    bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// Whether `word` + "s" occurs in `haystack` on word boundaries (ContainsPhrase of
// the plural, without building it).
bool ContainsPlural(std::string_view haystack, std::string_view word) {
  for (std::size_t pos = haystack.find(word); pos != std::string_view::npos;
       pos = haystack.find(word, pos + 1)) {
    const std::size_t end = pos + word.size();
    const bool starts = pos == 0 || haystack[pos - 1] == ' ';
    const bool plural = end < haystack.size() && haystack[end] == 's' &&
                        (end + 1 == haystack.size() || haystack[end + 1] == ' ');
    if (starts && plural) return true;
  }
  return false;
}

// Where `needle` ends in `haystack`, searching from `from`, on word boundaries;
// npos when it does not occur. CJK and Thai have no spaces between words, so an
// `unspaced` needle matches anywhere.
std::size_t PhraseEnd(std::string_view haystack, std::string_view needle, std::size_t from,
                      bool unspaced) {
  for (std::size_t pos = haystack.find(needle, from); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    const std::size_t end = pos + needle.size();
    if (unspaced) return end;
    const bool starts = pos == 0 || haystack[pos - 1] == ' ';
    const bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return end;
  }
  return std::string_view::npos;
}

// The WordSlots of a normalised text's words.
class TextWords {
 public:
  explicit TextWords(std::string_view text) {
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      const int slot = WordSlot(text.substr(start, end - start));
      bits_[static_cast<std::size_t>(slot / 64)] |= std::uint64_t{1} << (slot % 64);
      start = end + 1;
    }
  }
  // False when the phrase's first word is not among the text's, so it cannot occur.
  bool MayHold(const MeaningPhrase& phrase) const {
    const int slot = phrase.first_word_slot;
    return slot < 0 || (bits_[static_cast<std::size_t>(slot / 64)] >> (slot % 64)) & 1;
  }

 private:
  std::array<std::uint64_t, kWordSlots / 64> bits_{};
};

// Whether `phrase` occurs in normalised `text` (whose words are `words`). A single
// CJK character ("姓", "名") only as the whole text. "years * experience" matches
// its parts in that order with anything between ("Years of professional software
// engineering experience").
bool Matches(const MeaningPhrase& phrase, std::string_view text, const TextWords& words) {
  if (phrase.whole || phrase.single_character) return text == phrase.text;
  if (!words.MayHold(phrase)) return false;
  if (!phrase.gapped)
    return PhraseEnd(text, phrase.text, 0, phrase.unspaced) != std::string_view::npos;
  std::string_view rest = phrase.text;
  std::size_t from = 0;
  while (true) {
    const std::size_t gap = rest.find(" * ");
    const std::string_view part = rest.substr(0, gap);
    from = PhraseEnd(text, part, from, knowledge::IsUnspacedScript(part));
    if (from == std::string_view::npos) return false;
    if (gap == std::string_view::npos) return true;
    rest.remove_prefix(gap + 3);
  }
}

// `text` with what the gaps of matching gapped phrases skip blanked out ("require
// acme to sponsor" -> "require _ to sponsor").
std::string WithoutGaps(const std::vector<MeaningPhrase>& phrases, std::string_view text,
                        const TextWords& words) {
  std::string kept(text);
  for (const MeaningPhrase& phrase : phrases) {
    if (phrase.key == FieldKey::kUnknown || phrase.whole || !phrase.gapped ||
        !Matches(phrase, text, words)) {
      continue;
    }
    std::string_view rest = phrase.text;
    std::size_t from = 0;
    for (std::size_t gap = rest.find(" * "); gap != std::string_view::npos;
         gap = rest.find(" * ")) {
      const std::string_view part = rest.substr(0, gap);
      from = PhraseEnd(text, part, from, knowledge::IsUnspacedScript(part));
      rest.remove_prefix(gap + 3);
      const std::string_view next = rest.substr(0, rest.find(" * "));
      const std::size_t next_end = PhraseEnd(text, next, from, knowledge::IsUnspacedScript(next));
      if (from == std::string_view::npos || next_end == std::string_view::npos) break;
      const std::size_t next_start = next_end - next.size();
      for (std::size_t i = from + 1; i + 1 < next_start; ++i) kept[i] = '_';
      from = next_start;
    }
  }
  return kept;
}

// Whether the shorter phrase lies inside the longer one ("address" in "email
// address"): when both match, the shorter says nothing of its own.
bool Inside(const MeaningPhrase& shorter, const MeaningPhrase& longer) {
  return longer.text.size() > shorter.text.size() &&
         PhraseEnd(longer.text, shorter.text, 0, shorter.unspaced) != std::string_view::npos;
}

std::size_t WordCount(std::string_view text) {
  return text.empty() ? 0 : static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

// name/id attributes as words: "job_application[firstName]" -> "job application first
// name". Framework noise words are dropped so that "_systemfield_name" is "name".
std::string AttributeWords(std::string_view attribute) {
  std::string spaced;
  for (std::size_t i = 0; i < attribute.size(); ++i) {
    char c = attribute[i];
    bool upper = c >= 'A' && c <= 'Z';
    if (upper && i > 0 && attribute[i - 1] >= 'a' && attribute[i - 1] <= 'z') spaced += ' ';
    spaced += c;
  }
  std::vector<std::string> all = knowledge::Words(knowledge::NormalizeText(spaced));
  // "address-city", "addressState": a leading "address" names the group the field
  // belongs to, not the street; "address1", "address_line_2" keep it.
  if (all.size() > 1 && (all[0] == "address" || all[0] == "addr") && !all[1].starts_with("line") &&
      !std::isdigit(static_cast<unsigned char>(all[1][0]))) {
    all.erase(all.begin());
  }
  std::string words;
  for (const std::string& word : all) {
    static constexpr std::array<std::string_view, 12> kNoise = {
        "systemfield", "job",  "application", "applicant", "candidate", "input",
        "field",       "form", "data",        "cards",     "urls",      "eeo"};
    if (std::find(kNoise.begin(), kNoise.end(), word) != kNoise.end()) continue;
    if (!words.empty()) words += ' ';
    words += word;
  }
  return words;
}

struct Candidate {
  FieldKey key = FieldKey::kUnknown;
  double score = 0;
  std::string signal;
};

class Scorer {
 public:
  explicit Scorer(const Field& field) : field_(field), page_language_(LanguageOf(field)) {}

  void Offer(FieldKey key, double score, std::string signal) {
    if (!Fits(key, field_.kind)) {
      if (score > unfit_.score) unfit_ = Candidate{key, score, std::move(signal)};
      return;
    }
    const auto k = static_cast<std::size_t>(key);
    signals_for_[k] += 1;
    if (score > best_for_[k].score) best_for_[k] = Candidate{key, score, signal};
    if (score > best_.score) best_ = Candidate{key, score, std::move(signal)};
  }

  // The strongest meaning the words gave that the control cannot hold ("Street"
  // on an input type=email).
  const Candidate& Unfit() const { return unfit_; }

  // Offers the best synonym found in `text` (normalised) for this signal.
  void OfferText(std::string_view text, double base, std::string_view signal_name,
                 std::string_view original, bool is_label) {
    if (text.empty()) return;
    std::size_t words =
        WordCount(knowledge::NormalizeQuestion(knowledge::WithoutParentheses(original)));
    std::string signal = std::string(signal_name) + " \"" + std::string(original) + "\"";
    const std::vector<MeaningPhrase>& phrases = FieldMeanings::Builtin().phrases();
    const bool free_text_box =
        field_.kind == ControlKind::kTextarea || field_.kind == ControlKind::kContentEditable;
    // What a "require * to sponsor" phrase skips is a name (the employer's), not
    // part of the question: a veto word there ("Reference Systems") does not count.
    const TextWords text_words(text);
    const std::string skipped = WithoutGaps(phrases, text, text_words);
    const TextWords skipped_words(skipped);
    // "Nombre (opcional)": a remark in parentheses does not stop the whole label
    // from being the phrase.
    const std::string bare = knowledge::NormalizeText(knowledge::WithoutParentheses(original));
    const TextWords bare_words(bare);
    // "Do you have the right to work in Romania (EU citizenship or a residence
    // permit)?": a remark that lists the grounds of the right annotates the
    // authorization question; its "citizenship" vetoes nothing. Only for that
    // question: "Phone (emergency contact)" is still someone else's phone.
    const bool asks_right_to_work =
        is_label && bare != text &&
        std::any_of(phrases.begin(), phrases.end(), [&](const MeaningPhrase& synonym) {
          return (synonym.key == FieldKey::kWorkAuthorization ||
                  synonym.key == FieldKey::kSponsorship) &&
                 Matches(synonym, bare, bare_words);
        });
    for (const MeaningPhrase& synonym : phrases) {
      if (synonym.key != FieldKey::kUnknown) continue;
      if (asks_right_to_work && !Matches(synonym, bare, bare_words) &&
          !ContainsPlural(bare, synonym.text)) {
        continue;
      }
      // A veto holds for the possessive and the plural too ("Supervisor's email",
      // "References"): NormalizeText leaves both as a trailing "s".
      if (Matches(synonym, skipped, skipped_words) || ContainsPlural(skipped, synonym.text)) {
        Offer(FieldKey::kUnknown, base + 0.05,
              signal + " (vetoed by \"" + std::string(synonym.text) + "\")");
        return;
      }
    }
    struct Hit {
      const MeaningPhrase* phrase;
      double score;
    };
    std::vector<Hit> hits;
    for (const MeaningPhrase& synonym : phrases) {
      if (synonym.key == FieldKey::kUnknown) continue;
      if (!Matches(synonym, text, text_words) &&
          !(is_label && synonym.whole && bare == synonym.text)) {
        continue;
      }
      double score =
          base + synonym.bonus +
          0.01 * static_cast<double>(std::min<std::size_t>(WordCount(synonym.text) - 1, 4));
      if (is_label && (text == synonym.text || bare == synonym.text))
        score = std::max(score, kLabelWholeScore + synonym.bonus);
      if (!page_language_.empty() && synonym.language == page_language_) {
        score += kPageLanguageBonus;
      }
      const std::size_t phrase_words = WordCount(knowledge::NormalizeQuestion(synonym.text));
      if (is_label && IsContactFact(synonym.key) && !synonym.in_sentence &&
          words > phrase_words + kExtraWordsAllowed) {
        score -= kLongLabelPenalty;
      } else if (is_label && free_text_box && !HoldsProse(synonym.key) &&
                 words > phrase_words + kExtraWordsInProseQuestion) {
        // A sentence-long question over a text area asks for an account ("Tell us
        // about a high-availability system you built"), whatever fact word it uses.
        score -= kLongLabelPenalty;
      }
      hits.push_back({&synonym, score});
    }
    // "City/Province", "State/Country": names of one box for the places that call
    // it one or the other; each name is a whole label of its own ("=state"), and
    // the first named is what the box holds for most. A slash inside a remark in
    // parentheses is a unit's ("Bérigény (bruttó, Ft/hó)": forints a month), never
    // a second name: "hó" is no box's name.
    const std::string outside = knowledge::WithoutParentheses(original);
    const bool alternatives = is_label && outside.find('/') != std::string::npos;
    if (alternatives) {
      std::string_view rest = outside;
      bool first = true;
      while (!rest.empty()) {
        const std::size_t slash = rest.find('/');
        const std::string part = knowledge::NormalizeText(rest.substr(0, slash));
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        for (const MeaningPhrase& synonym : phrases) {
          if (synonym.key == FieldKey::kUnknown || part != synonym.text) continue;
          hits.push_back({&synonym, kLabelWholeScore + synonym.bonus +
                                        (first ? kFirstAlternativeBonus : 0.0)});
        }
        first = false;
      }
    }
    // A word that means one thing in the page's language and another elsewhere
    // (French "diplôme", a degree; Romanian "diplome", documents to upload): the
    // page's language says which.
    if (!page_language_.empty()) {
      std::erase_if(hits, [&](const Hit& hit) {
        return hit.phrase->language != page_language_ &&
               std::any_of(hits.begin(), hits.end(), [&](const Hit& other) {
                 return other.phrase->language == page_language_ &&
                        other.phrase->key != hit.phrase->key &&
                        other.phrase->text == hit.phrase->text;
               });
      });
    }
    std::erase_if(hits, [&](const Hit& hit) {
      return std::any_of(hits.begin(), hits.end(), [&](const Hit& other) {
        return other.phrase->key != hit.phrase->key && Inside(*hit.phrase, *other.phrase);
      });
    });
    std::array<double, static_cast<std::size_t>(FieldKey::kUnknown) + 1> best_for{};
    for (const Hit& hit : hits) {
      double& best = best_for[static_cast<std::size_t>(hit.phrase->key)];
      best = std::max(best, hit.score);
    }
    // "Email address and phone number", "Nachname, Vorname": one box, two facts. A
    // remark in parentheses annotates ("Phone (with country code)").
    if (is_label && !alternatives) {
      FieldKey first_fact = FieldKey::kUnknown;
      for (const Hit& hit : hits) {
        const FieldKey key = hit.phrase->key;
        // (A bare "name" word beside "full name" or "first name" is no second fact.)
        if (!IsContactFact(key) || key == FieldKey::kName || hit.score < kLabelPhraseScore) {
          continue;
        }
        if (!Matches(*hit.phrase, bare, bare_words)) continue;
        // One word that means one thing here and another there ("C.P."): not two
        // facts asked at once.
        const bool homograph = std::any_of(hits.begin(), hits.end(), [&](const Hit& other) {
          return other.phrase->key != key && other.phrase->text == hit.phrase->text;
        });
        if (homograph) continue;
        if (first_fact == FieldKey::kUnknown) {
          first_fact = key;
        } else if (key != first_fact) {
          two_facts_ = std::string(ToString(first_fact)) + " and " + ToString(key);
        }
      }
    }
    for (std::size_t k = 0; k < best_for.size(); ++k) {
      if (best_for[k] <= 0) continue;
      Offer(static_cast<FieldKey>(k), best_for[k], signal);
    }
  }

  // The strongest offer of one meaning (key kUnknown when there was none).
  const Candidate& BestFor(FieldKey key) const { return best_for_[static_cast<std::size_t>(key)]; }

  // Non-empty when the label names two contact facts: which ones.
  const std::string& TwoFacts() const { return two_facts_; }

  // The strongest meaning, a second signal agreeing with it counting for it: a
  // label naming two meanings alike ("Website, Blog or Portfolio") goes to the one
  // the field's name or id also says ("websiteUrl"). Ties keep the first offered.
  Candidate Best() const {
    Candidate best = best_;
    if (best.key != FieldKey::kUnknown && signals_for_[static_cast<std::size_t>(best.key)] > 1) {
      best.score = std::min(0.99, best.score + kAgreementBonus);
    }
    for (std::size_t k = 0; k < static_cast<std::size_t>(FieldKey::kUnknown); ++k) {
      const Candidate& rival = best_for_[k];
      if (rival.key == FieldKey::kUnknown || rival.key == best.key || signals_for_[k] < 2) continue;
      const double score = std::min(0.99, rival.score + kAgreementBonus);
      if (score > best.score + 1e-9) best = Candidate{rival.key, score, rival.signal};
    }
    return best;
  }

 private:
  const Field& field_;
  const std::string page_language_;  // LanguageOf(field_): "es" from "es-MX"
  Candidate best_;
  Candidate unfit_;
  std::string two_facts_;
  std::array<int, static_cast<std::size_t>(FieldKey::kUnknown) + 1> signals_for_{};
  std::array<Candidate, static_cast<std::size_t>(FieldKey::kUnknown) + 1> best_for_{};
};

std::string_view AutocompleteToken(std::string_view autocomplete) {
  // "section-x shipping tel-national webauthn": the field name is the last
  // token that is not a modifier.
  std::string_view token;
  std::size_t start = 0;
  while (start < autocomplete.size()) {
    std::size_t end = autocomplete.find(' ', start);
    if (end == std::string_view::npos) end = autocomplete.size();
    std::string_view word = autocomplete.substr(start, end - start);
    if (!word.empty() && word != "webauthn") token = word;
    start = end + 1;
  }
  return token;
}

}  // namespace

const char* ToString(FieldKey key) {
  switch (key) {
    case FieldKey::kFirstName: return "first_name";
    case FieldKey::kLastName: return "last_name";
    case FieldKey::kFullName: return "full_name";
    case FieldKey::kName: return "name";
    case FieldKey::kMiddleName: return "middle_name";
    case FieldKey::kInitials: return "initials";
    case FieldKey::kPreferredName: return "preferred_name";
    case FieldKey::kPronouns: return "pronouns";
    case FieldKey::kEmail: return "email";
    case FieldKey::kPhone: return "phone";
    case FieldKey::kPhoneCountryCode: return "phone_country_code";
    case FieldKey::kPhoneAreaCode: return "phone_area_code";
    case FieldKey::kAddressLine: return "address_line";
    case FieldKey::kAddressLine2: return "address_line2";
    case FieldKey::kHouseNumber: return "house_number";
    case FieldKey::kCity: return "city";
    case FieldKey::kRegion: return "region";
    case FieldKey::kPostalCode: return "postal_code";
    case FieldKey::kCountry: return "country";
    case FieldKey::kLocation: return "location";
    case FieldKey::kLinkedin: return "linkedin";
    case FieldKey::kGithub: return "github";
    case FieldKey::kPortfolio: return "portfolio";
    case FieldKey::kWebsite: return "website";
    case FieldKey::kCurrentCompany: return "current_company";
    case FieldKey::kCurrentTitle: return "current_title";
    case FieldKey::kYearsExperience: return "years_experience";
    case FieldKey::kSchool: return "school";
    case FieldKey::kDegree: return "degree";
    case FieldKey::kDiscipline: return "discipline";
    case FieldKey::kResume: return "resume";
    case FieldKey::kCoverLetter: return "cover_letter";
    case FieldKey::kWorkAuthorization: return "work_authorization";
    case FieldKey::kSponsorship: return "sponsorship";
    case FieldKey::kSalary: return "salary";
    case FieldKey::kSalaryCurrency: return "salary_currency";
    case FieldKey::kSalaryPeriod: return "salary_period";
    case FieldKey::kSalaryMinimum: return "salary_minimum";
    case FieldKey::kSalaryMaximum: return "salary_maximum";
    case FieldKey::kNoticePeriod: return "notice_period";
    case FieldKey::kStartDate: return "start_date";
    case FieldKey::kRelocation: return "relocation";
    case FieldKey::kRemote: return "remote";
    case FieldKey::kGender: return "gender";
    case FieldKey::kHispanicLatino: return "hispanic_latino";
    case FieldKey::kRace: return "race";
    case FieldKey::kVeteran: return "veteran";
    case FieldKey::kDisability: return "disability";
    case FieldKey::kHowHeard: return "how_heard";
    case FieldKey::kOfAge: return "of_age";
    case FieldKey::kSkills: return "skills";
    case FieldKey::kPositionApplied: return "position_applied";
    case FieldKey::kDocumentType: return "document_type";
    case FieldKey::kOtherDocuments: return "other_documents";
    case FieldKey::kConsent: return "consent";
    case FieldKey::kOptIn: return "opt_in";
    case FieldKey::kSalutation: return "salutation";
    case FieldKey::kDateOfBirth: return "date_of_birth";
    case FieldKey::kTodayDate: return "today_date";
    case FieldKey::kWorkPermitStatus: return "work_permit_status";
    case FieldKey::kJobTitle: return "job_title";
    case FieldKey::kEmployer: return "employer";
    case FieldKey::kJobLocation: return "job_location";
    case FieldKey::kJobStart: return "job_start";
    case FieldKey::kJobEnd: return "job_end";
    case FieldKey::kJobCurrent: return "job_current";
    case FieldKey::kJobDescription: return "job_description";
    case FieldKey::kEducationStart: return "education_start";
    case FieldKey::kEducationEnd: return "education_end";
    case FieldKey::kLandline: return "landline";
    case FieldKey::kHomePhone: return "home_phone";
    case FieldKey::kEducationStatus: return "education_status";
    case FieldKey::kCareerType: return "career_type";
    case FieldKey::kCurrentlyEmployed: return "currently_employed";
    case FieldKey::kEmployedByNamed: return "employed_by_named";
    case FieldKey::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {

bool HasAnyWord(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto w) { return ContainsPhrase(text, w); });
}

// Whether `text` holds one of the `words` of an unspaced script (CJK, Thai)
// anywhere: they are written without spaces ("工作經歷1", "경력 1",
// "ประสบการณ์ทำงานล่าสุด").
bool HasAnyUnspaced(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](auto w) { return text.find(w) != std::string_view::npos; });
}

EntrySection SectionOfWords(std::string_view text) {
  // Normalised words (accents dropped): "työsuhde" is "tyosuhde". Malay names a
  // job "pekerjaan" and its history "sejarah pekerjaan", studies "pengajian".
  if (HasAnyWord(text, {"experience",
                        "employment",
                        "work history",
                        "job",
                        "position",
                        "employer",
                        "berufserfahrung",
                        "experiencia",
                        "esperienza",
                        "werkervaring",
                        "tyokokemus",
                        "tyosuhde",
                        "tyopaikka",
                        "arbetslivserfarenhet",
                        "anstallning",
                        "arbeidsforhold",
                        "yrkeserfaring",
                        "erhvervserfaring",
                        "arbeidserfaring",
                        "doswiadczenie",
                        "zatrudnienie",
                        "praxe",
                        "zamestnani",
                        "pengalaman kerja",
                        "riwayat pekerjaan",
                        "szakmai tapasztalat",
                        "munkatapasztalat",
                        "munkahelyek",
                        "experienta profesionala",
                        "istoric profesional",
                        "досвід роботи",
                        "місце роботи",
                        "επαγγελματικη εμπειρια",
                        "προυπηρεσια",
                        "pekerjaan",
                        "sejarah pekerjaan",
                        "pengalaman bekerja"}) ||
      // Welsh: cyflogaeth (employment), profiad gwaith (work experience), cyflogwr
      HasAnyWord(text, {"cyflogaeth", "hanes cyflogaeth", "profiad gwaith", "cyflogwr"}) ||
      HasAnyUnspaced(
          text, {"工作經歷", "工作经历", "工作經驗", "工作经验", "任職期間", "任职期间", "職歴",
                 "職務経歴", "경력", "경력 사항", "ประสบการณ์ทำงาน", "ประวัติการทำงาน"})) {
    return EntrySection::kWork;
  }
  if (HasAnyWord(text,
                 {"education",   "school",        "degree",     "university", "ausbildung",
                  "educacion",   "formation",     "formazione", "istruzione", "formacao",
                  "opleiding",   "koulutus",      "tutkinto",   "utbildning", "uddannelse",
                  "utdanning",   "wyksztalcenie", "vzdelani",   "pendidikan", "universitas",
                  "tanulmanyok", "vegzettseg",    "educatie",   "studii",     "освіта",
                  "навчання",    "εκπαιδευση",    "σπουδεσ",    "pengajian",  "universiti"}) ||
      // Welsh: addysg (education), cymwysterau (qualifications), prifysgol
      HasAnyWord(text, {"addysg", "cymwysterau", "prifysgol"}) ||
      HasAnyUnspaced(text, {"學歷", "学历", "学歴", "학력", "就學期間", "就学期间", "教育經歷",
                            "教育经历", "教育背景", "學習經歷", "学习经历", "ประวัติการศึกษา"})) {
    return EntrySection::kEducation;
  }
  return EntrySection::kNone;
}

// Whether `text` names a section of past jobs as a whole ("Career history",
// "Employment history", "Work experience"), the heading of a form that asks one
// job without numbering it. Narrower than SectionOfWords: "job" or "position"
// alone name the opening applied for as often. Spanish portals and CVs (InfoJobs)
// head the jobs "Experiencia" alone, beside "Estudios" and "Idiomas".
bool NamesPastJobs(std::string_view text) {
  return HasAnyWord(text, {"career history",
                           "work history",
                           "employment history",
                           "work experience",
                           "professional experience",
                           "employment details",
                           "berufserfahrung",
                           "beruflicher werdegang",
                           "experiencia laboral",
                           "experience professionnelle",
                           "esperienza lavorativa",
                           "esperienze lavorative",
                           "werkervaring",
                           "experiencia profissional",
                           "pengalaman kerja",
                           "riwayat pekerjaan",
                           "szakmai tapasztalat",
                           "munkatapasztalat",
                           "experienta profesionala",
                           "istoric profesional",
                           "досвід роботи",
                           "επαγγελματικη εμπειρια",
                           "προυπηρεσια",
                           "arbeidserfaring",
                           "yrkeserfaring",
                           "erhvervserfaring",
                           "arbetslivserfarenhet",
                           "arbetserfarenhet"}) ||
         // The heading itself, the nearest part of the context: "experiencia" is also
         // in a question's words ("Quantos anos de experiência com ...?").
         text == "experiencia" || text.ends_with(" experiencia") ||
         // Welsh public-sector forms head the one job they ask "Cyflogaeth"
         // (employment) or "Hanes cyflogaeth", and hint at "eich swydd bresennol neu
         // fwyaf diweddar" (your current or most recent job).
         HasAnyWord(text, {"cyflogaeth", "hanes cyflogaeth", "profiad gwaith", "swydd bresennol",
                           "swydd fwyaf diweddar", "cyflogwr presennol"}) ||
         // UK public-sector forms (the NHS standard application form, GOV.UK
         // services) ask the one job they want as "Present or most recent
         // employment" or "Current or most recent employer": the person's own job.
         HasAnyWord(text, {"current employment", "present employment", "most recent employment",
                           "current employer", "present employer", "most recent employer",
                           "most recent job", "current or previous employment"}) ||
         // Thai forms: ประสบการณ์ทำงาน (work experience), ประวัติการทำงาน (work
         // history), งานล่าสุด (the most recent job).
         HasAnyUnspaced(text, {"ประสบการณ์ทำงาน", "ประวัติการทำงาน", "งานล่าสุด"});
}

// Whether a short row label names one end of a date range by its preposition
// ("From", "To", "Date to", "To year"; Norwegian and Danish "Fra (år)" / "Til
// måned", Swedish "Från" / "Till"). In a sentence the same words are grammar
// ("How much notice do you need to give?"), not a date.
bool NamesARangeEnd(std::string_view label, std::initializer_list<std::string_view> words) {
  constexpr std::size_t kRowLabelWords = 3;
  return knowledge::Words(label).size() <= kRowLabelWords && HasAnyWord(label, words);
}

// Whether `text` names a section of schooling as a whole ("Education",
// "Qualifications", the NHS standard application form's "Education and
// training"), the heading of a form that asks one school or qualification
// without numbering it.
bool NamesSchooling(std::string_view text) {
  return HasAnyWord(text, {"education", "qualifications", "education and training",
                           "educational background", "academic history", "tanulmanyok",
                           "vegzettseg", "educatie", "studii", "освіта", "εκπαιδευση", "σπουδεσ",
                           "utdanning", "uddannelse", "utbildning"}) ||
         HasAnyUnspaced(text, {"ประวัติการศึกษา"});
}

// Which end of a range a bare label names ("Lower Range", "Minimum", "From";
// "Upper Range", "Maximum", "To"), as the salary's end: kSalaryMinimum,
// kSalaryMaximum, or kUnknown for a label that says more.
FieldKey SalaryEndNamedBy(std::string_view label) {
  const std::string bare = knowledge::NormalizeText(knowledge::WithoutParentheses(label));
  static constexpr std::string_view kLower[] = {
      "lower range", "lower", "lower bound", "lower limit", "minimum", "min", "from", "von",
      "de",          "desde", "da",          "van",         "od",      "от",  "最低", "下限"};
  static constexpr std::string_view kUpper[] = {
      "upper range", "upper", "upper bound", "upper limit", "maximum", "max",  "to",  "bis",
      "a",           "hasta", "tot",         "do",          "до",      "最高", "上限"};
  if (std::ranges::find(kLower, bare) != std::end(kLower)) return FieldKey::kSalaryMinimum;
  if (std::ranges::find(kUpper, bare) != std::end(kUpper)) return FieldKey::kSalaryMaximum;
  return FieldKey::kUnknown;
}

// Whether a label ends in a question mark: "?", the full-width "？" of CJK text,
// Arabic's "؟", or Greek's ";" (U+037E, typed as the ASCII semicolon it is
// canonically equivalent to) after Greek words.
bool EndsInQuestionMark(std::string_view label) {
  while (!label.empty() && (label.back() == ' ' || label.back() == '*')) label.remove_suffix(1);
  if (label.ends_with('?') || label.ends_with("\uFF1F") || label.ends_with("\u061F") ||
      label.ends_with("\u037E")) {
    return true;
  }
  if (!label.ends_with(';')) return false;
  // Greek letters (U+0370-U+03FF) start with the UTF-8 lead bytes 0xCD-0xCF.
  return std::ranges::any_of(label, [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0xCD && byte <= 0xCF;
  });
}

// What a field asks within one work entry, from its label alone.
FieldKey WorkEntryKey(std::string_view label, FieldKey base) {
  if (HasAnyWord(label, {"currently work", "current job", "current position", "current role",
                         "currently employed", "present", "i currently", "still in role",
                         "still work", "still employed"}) ||
      // Welsh: "Rwy'n dal i weithio yma" (I still work here)
      HasAnyWord(label, {"dal i weithio", "dal yn y swydd"}) ||
      // French (Workday fr-FR): « Je travaille actuellement ici »
      HasAnyWord(label, {"travaille actuellement"}) ||
      // Italian: "In corso" (ongoing), "Lavoro attuale", beside the end date.
      HasAnyWord(label, {"in corso", "lavoro attuale", "attualmente in carica"})) {
    return FieldKey::kJobCurrent;
  }
  // Italian portals (inRecruiting, Altamira) ask the job as "Ruolo / mansione"
  // and its duties as "Descrizione delle attività svolte".
  if (HasAnyWord(label, {"descrizione", "attivita svolte"})) return FieldKey::kJobDescription;
  if (HasAnyWord(label, {"ruolo", "mansione", "qualifica"})) return FieldKey::kJobTitle;
  // Taleo and SAP name the title "Job Function"; other languages' words for it.
  if (HasAnyWord(label,
                 {"title",      "job title", "position",          "role",    "function", "funktion",
                  "fonction",   "funzione",  "functie",           "cargo",   "puesto",   "poste",
                  "stanowisko", "titel",     "berufsbezeichnung", "titre",   "titulo",   "titolo",
                  "должность",  "beosztas",  "munkakor",          "pozicio", "pozitie",  "посада",
                  "θεση",       "ρολοσ"}) &&
      !HasAnyWord(label, {"description", "responsibilities"})) {
    return FieldKey::kJobTitle;
  }
  // Welsh: teitl (y swydd), rôl; cyflogwr, sefydliad (organisation), cwmni;
  // lleoliad; dyddiad dechrau / gorffen / gadael; dyletswyddau, cyfrifoldebau.
  if (HasAnyWord(label, {"teitl", "rol"})) return FieldKey::kJobTitle;
  if (HasAnyWord(label, {"cyflogwr", "sefydliad", "cwmni"})) return FieldKey::kEmployer;
  if (HasAnyWord(label, {"lleoliad"})) return FieldKey::kJobLocation;
  if (HasAnyWord(label, {"dyddiad dechrau"})) return FieldKey::kJobStart;
  if (HasAnyWord(label, {"dyddiad gorffen", "dyddiad gadael"})) return FieldKey::kJobEnd;
  if (HasAnyWord(label, {"dyletswyddau", "cyfrifoldebau", "disgrifiad"})) {
    return FieldKey::kJobDescription;
  }
  // "Employer Phone", "Company Address", "Employer City": how to reach the
  // employer or where it is, not its name (the place is the job's, below).
  const bool names_contact_or_place = HasAnyWord(
      label, {"phone", "telephone", "phone number", "email", "e mail", "fax", "address", "street",
              "city", "state", "zip", "zip code", "postal code", "country", "website"});
  if (!names_contact_or_place &&
      HasAnyWord(label, {"company", "employer", "organization", "organisation", "ceg", "munkaltato",
                         "angajator", "companie", "compania", "компанія", "роботодавець",
                         "εταιρεια", "εργοδοτησ"})) {
    return FieldKey::kEmployer;
  }
  if (HasAnyWord(label, {"location", "where"})) return FieldKey::kJobLocation;
  // Spanish, Portuguese, Italian and French: "Fecha de inicio" / "Fecha de fin", "Data de
  // início" / "Data de fim", "Data di inizio" / "Data di fine", "Date de début" / "de fin";
  // Workday fr-FR's « Du » / « Au » (from / to) alone over the dates; alone only, as
  // "du" is in « Description du poste ».
  const std::vector<std::string> words = knowledge::Words(label);
  const bool alone = words.size() == 1;
  if (HasAnyWord(label, {"start", "start date", "started", "begin", "fecha de inicio",
                         "data de inicio", "data di inizio", "date de debut"}) ||
      NamesARangeEnd(label, {"from", "fra", "fran", "dal"}) || (alone && words[0] == "du")) {
    return FieldKey::kJobStart;
  }
  // UK forms: "Date left", "Leaving date", "Date of leaving" (not the reason).
  if (HasAnyWord(label, {"end", "end date", "ended", "date left", "leaving date", "date of leaving",
                         "finish date", "date finished", "fecha de fin", "fecha de finalizacion",
                         "data de fim", "data di fine", "date de fin"}) ||
      NamesARangeEnd(label, {"to", "until", "til", "till", "al"}) || (alone && words[0] == "au")) {
    return FieldKey::kJobEnd;
  }
  if (HasAnyWord(label, {"description", "responsibilities", "summary", "achievements", "duties"})) {
    return FieldKey::kJobDescription;
  }
  // Chinese, Japanese, Korean and Thai: 職務名稱 / 職稱 / 직무 / 직책 / ตำแหน่ง
  // (title), 公司 / 회사 / บริษัท (company), 起始 / 到職 / 입사 / ตั้งแต่ (start,
  // "from"), 結束 / 離職 / 퇴사 / สิ้นสุด (end), 工作內容 / 담당 업무 / หน้าที่และความรับผิดชอบ
  // (duties). Thai asks whether the job goes on ("ยังทำงานอยู่ในปัจจุบัน", still
  // working now) before the words for the end date it replaces.
  if (HasAnyUnspaced(label, {"ยังทำงานอยู่", "ทำงานอยู่ปัจจุบัน"})) return FieldKey::kJobCurrent;
  if (HasAnyUnspaced(label, {"職務名稱", "职务名称", "職稱", "职称", "職位", "职位", "役職", "직무",
                             "직책", "직위", "ตำแหน่ง"})) {
    return FieldKey::kJobTitle;
  }
  if (HasAnyUnspaced(label, {"公司", "会社", "勤務先", "회사", "บริษัท", "นายจ้าง"}))
    return FieldKey::kEmployer;
  if (HasAnyUnspaced(label, {"起始", "開始", "开始", "到職", "入職", "入职", "入社", "입사", "ตั้งแต่",
                             "เริ่มงาน"})) {
    return FieldKey::kJobStart;
  }
  if (HasAnyUnspaced(label, {"結束", "结束", "離職", "离职", "退職", "退社", "퇴사", "สิ้นสุด"}) ||
      NamesARangeEnd(label, {"ถึง"})) {
    return FieldKey::kJobEnd;
  }
  // Japanese forms say 在籍中 ("現在も在籍中", still on the payroll) as often as 在職中.
  // 至今 ("to date") ticks a Chinese job that has not ended.
  if (HasAnyUnspaced(label, {"仍在職", "在職中", "在籍中", "在职", "至今", "재직 중", "재직중"}))
    return FieldKey::kJobCurrent;
  // 業務内容: the duties box of a Japanese 職歴 entry (HRMOS's default form among others).
  if (HasAnyUnspaced(
          label, {"工作內容", "工作内容", "工作描述", "工作職責", "工作职责", "職務内容",
                  "業務内容", "담당 업무", "담당업무", "หน้าที่", "ความรับผิดชอบ", "รายละเอียดงาน"})) {
    return FieldKey::kJobDescription;
  }
  switch (base) {
    case FieldKey::kCurrentTitle: return FieldKey::kJobTitle;
    case FieldKey::kCurrentCompany:
      return names_contact_or_place ? FieldKey::kUnknown : FieldKey::kEmployer;
    case FieldKey::kLocation: return FieldKey::kJobLocation;
    // Known by the meanings' words in other languages ("Alkoi", "Työtehtävät"):
    // the entry's, as the section says, never the first job's.
    case FieldKey::kJobTitle:
    case FieldKey::kEmployer:
    case FieldKey::kJobLocation:
    case FieldKey::kJobStart:
    case FieldKey::kJobEnd:
    case FieldKey::kJobCurrent:
    case FieldKey::kJobDescription: return base;
    default: return FieldKey::kUnknown;
  }
}

// A date asked as a month and a year, no day: a month box, or a layout of the
// field's own ("mm/yyyy" as its hint or placeholder), not its language's default.
bool AsksMonthAndYear(const Field& field) {
  if (field.html_type == "month") return true;
  std::string source;
  const auto layout = DateLayoutOf(field, &source);
  if (!layout || !(source.starts_with("placeholder") || source.starts_with("hint") ||
                   source.starts_with("pattern") || source.starts_with("label"))) {
    return false;
  }
  bool day = false;
  bool month = false;
  bool year = false;
  for (const auto& part : layout->parts) {
    if (part.starts_with('D')) day = true;
    if (part.starts_with('M')) month = true;
    if (part.starts_with('Y')) year = true;
  }
  return month && year && !day;
}

// A box of a date asked in parts whose label names its part, a month or a year
// ("Fecha de inicio - mes", "Start date (year)"): a job's bounds are asked so, when
// the person can start is asked as a whole date. (Not for a box whose name numbers
// its entry, "WorkExperience.1.StartDate_Year": a later entry is no first job.)
bool AsksAMonthOrAYear(const Field& field) {
  if (std::ranges::any_of(field.name, [](char c) { return c >= '0' && c <= '9'; })) return false;
  const std::string label = knowledge::NormalizeText(field.label);
  const auto space = label.find_last_of(' ');
  const std::string_view last = space == std::string::npos
                                    ? std::string_view(label)
                                    : std::string_view(label).substr(space + 1);
  static constexpr std::string_view kParts[] = {"month", "year", "mes",  "ano",   "mois",
                                                "annee", "mese", "anno", "monat", "jahr"};
  return std::find(std::begin(kParts), std::end(kParts), last) != std::end(kParts);
}

// Meanings no job or school entry asks for: the person's own answers, whatever
// section a page draws them under.
bool NeverAnEntrys(FieldKey key) {
  switch (key) {
    case FieldKey::kHowHeard:
    case FieldKey::kNoticePeriod:
    case FieldKey::kWorkAuthorization:
    case FieldKey::kSponsorship:
    case FieldKey::kWorkPermitStatus:
    case FieldKey::kConsent:
    case FieldKey::kOptIn:
    case FieldKey::kTodayDate:
    case FieldKey::kRelocation:
    case FieldKey::kRemote: return true;
    default: return false;
  }
}

// A start date that is when the person can start, not when a job or school began.
bool NamesAvailability(std::string_view label) {
  const std::string norm = knowledge::NormalizeText(label);
  return HasAnyWord(norm,
                    {"available from", "available to start", "availability", "earliest start",
                     "when can you start", "how soon", "verfugbar ab", "ab wann",
                     // Indian English: "Earliest date you can join", "Expected date of joining"
                     "you can join", "can you join", "could you join", "earliest joining",
                     "expected date of joining", "expected joining", "disponible a partir",
                     "disponibilite", "disponibilidad", "disponibilita", "beschikbaar vanaf",
                     "disponibilidade",
                     // Norwegian, Danish, Swedish: "Kan tiltre fra", "Tilgængelig fra"
                     "kan tiltre", "tiltredelse", "tilgjengelig fra", "ledig fra", "tiltraede",
                     "tiltraedelse", "tilgaengelig fra", "tilltrade", "tillganglig fran"}) ||
         HasAnyUnspaced(norm, {"最快", "可到岗", "可到職", "可入职", "可入職", "可上班", "到岗时间",
                               "入社可能", "入社希望", "勤務開始可能", "입사 가능", "입사가능"});
}

// An address fact asked inside an entry is the entry's place: a job's city, state
// or country come from its location; any other (a school's city, a job's street)
// is nothing the profile holds. Never the person's own address, nor the person's
// own phone or e-mail: inside an entry those are the employer's or the school's.
Classification PlaceInEntry(Classification base, EntryRef ref) {
  switch (base.key) {
    case FieldKey::kPhone:
    case FieldKey::kPhoneCountryCode:
    case FieldKey::kPhoneAreaCode:
    case FieldKey::kLandline:
    case FieldKey::kHomePhone:
    case FieldKey::kEmail:
    // ("Employer Phone" read as the current company by its first word.)
    case FieldKey::kCurrentCompany: {
      Classification unknown;
      unknown.signal = base.signal + ", an entry's contact, not the person's";
      return unknown;
    }
    case FieldKey::kCity:
    case FieldKey::kRegion:
    case FieldKey::kCountry:
      if (ref.section == EntrySection::kWork) {
        base.entry = ref.index;
        base.of_job = true;
        base.signal += " in work entry " + std::to_string(ref.index + 1);
        return base;
      }
      [[fallthrough]];
    case FieldKey::kAddressLine:
    case FieldKey::kAddressLine2:
    case FieldKey::kHouseNumber:
    case FieldKey::kPostalCode: {
      Classification unknown;
      unknown.signal = base.signal + ", of an entry's place, not the person's address";
      return unknown;
    }
    default: return base;
  }
}

// What a field asks within one education entry, from its label alone.
FieldKey EducationEntryKey(std::string_view label, FieldKey base) {
  // "Graduation status" is not the graduation date.
  if (base == FieldKey::kEducationStatus) return base;
  // No school entry asks for pay: "Expected annual salary" in a block under a
  // heading that also names schooling ("Experience & Education") is the salary,
  // its "expected" no graduation.
  switch (base) {
    case FieldKey::kSalary:
    case FieldKey::kSalaryCurrency:
    case FieldKey::kSalaryPeriod:
    case FieldKey::kSalaryMinimum:
    case FieldKey::kSalaryMaximum: return FieldKey::kUnknown;
    default: break;
  }
  // UK forms name the school "Place of study" and the degree "Qualification (type)".
  if (HasAnyWord(label, {"school", "university", "college", "institution", "place of study",
                         "where you studied", "where did you study"})) {
    return FieldKey::kSchool;
  }
  if (HasAnyWord(label, {"field of study", "major", "discipline", "subject", "area of study"})) {
    return FieldKey::kDiscipline;
  }
  // When a degree was conferred ("Year Conferred", "Date degree conferred": US
  // university applications) is the entry's end, though it names the degree.
  if (HasAnyWord(label, {"conferred", "conferral"}) &&
      HasAnyWord(label, {"year", "date", "when", "month"})) {
    return FieldKey::kEducationEnd;
  }
  if (ContainsPhrase(label, "degree") || ContainsPhrase(label, "qualification")) {
    return FieldKey::kDegree;
  }
  // 入學 / 입학 (enrolment) and 畢業 / 졸업 (graduation) years, 起始 / 結束 of a
  // 就學期間.
  if (HasAnyUnspaced(label, {"入學", "入学", "입학", "起始", "開始", "开始"})) {
    return FieldKey::kEducationStart;
  }
  if (HasAnyUnspaced(label,
                     {"畢業年", "毕业年", "卒業年", "졸업년", "졸업 연도", "結束", "结束"})) {
    return FieldKey::kEducationEnd;
  }
  if (HasAnyWord(label, {"start", "start date", "started"}) ||
      NamesARangeEnd(label, {"from", "fra", "fran"})) {
    return FieldKey::kEducationStart;
  }
  // What was achieved is the grade or result ("Grade achieved", "Result obtained",
  // "Classification awarded"), unless the label asks when ("Year awarded").
  const bool names_a_date = HasAnyWord(label, {"year", "date", "when", "month"});
  if (!names_a_date && HasAnyWord(label, {"grade", "grades", "result", "results", "classification",
                                          "mark", "marks", "score", "level"})) {
    switch (base) {
      case FieldKey::kSchool:
      case FieldKey::kDegree:
      case FieldKey::kDiscipline:
      case FieldKey::kEducationStart: return base;
      default: return FieldKey::kUnknown;
    }
  }
  // UK forms: "Year awarded", "Date achieved", "Year obtained", "Date gained".
  if (HasAnyWord(label, {"end", "end date", "graduation", "graduated", "expected", "completion",
                         "awarded", "achieved"}) ||
      (names_a_date && HasAnyWord(label, {"obtained", "gained", "attained", "passed"})) ||
      NamesARangeEnd(label, {"to", "til", "till"})) {
    return FieldKey::kEducationEnd;
  }
  switch (base) {
    case FieldKey::kSchool:
    case FieldKey::kDegree:
    case FieldKey::kDiscipline:
    case FieldKey::kEducationStart:
    case FieldKey::kEducationEnd: return base;
    default: return FieldKey::kUnknown;
  }
}

// Whether a title asked inside a job entry, read alone as `base`, may be the
// job's title: words that alone say nothing ("Position title"), or a bare "Title",
// which alone asks a salutation but inside a job entry names the job.
bool TitleSaysNothingElse(FieldKey base) {
  return base == FieldKey::kUnknown || base == FieldKey::kSalutation;
}

}  // namespace

EntryRef EntryOf(std::string_view context) {
  const std::string text = knowledge::NormalizeText(context);
  // "<section words> <number>": the number that follows the section's name.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    if (i > 0 && text[i - 1] != ' ') continue;
    std::size_t end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end - i > 2 || (end < text.size() && text[end] != ' ')) continue;
    // The section's words end right before it ("employment history entry 2"),
    // not somewhere in a sentence ("this position takes part in a 24/7 rotation").
    std::size_t from = i;
    for (int words = 0; words < 3 && from > 0; ++words) {
      from = text.rfind(' ', from >= 2 ? from - 2 : 0);
      from = from == std::string::npos ? 0 : from + 1;
    }
    const EntrySection section = SectionOfWords(std::string_view(text).substr(from, i - from));
    if (section == EntrySection::kNone) continue;
    const int number = std::stoi(text.substr(i, end - i));
    if (number < 1) continue;
    // "Previous employer 2" counts the jobs before the current one.
    if (section == EntrySection::kWork &&
        HasAnyWord(text.substr(from, i - from), {"previous", "prior", "former"})) {
      return {section, number, true};
    }
    return {section, number - 1};
  }
  // A heading that opens by naming the job before ("Previous employment" after
  // "Current or most recent employment", as UK application forms ask them) is the
  // work history's second entry: the first is the current or most recent job
  // (Classification::after_current_job says when the page shows no such job).
  constexpr std::size_t kOpeningWords = 3;
  for (const std::string_view part : perception::JoinedParts(context)) {
    const std::vector<std::string> words = knowledge::Words(knowledge::NormalizeText(part));
    std::string opening;
    for (std::size_t w = 0; w < words.size() && w < kOpeningWords; ++w) {
      opening += (w == 0 ? "" : " ") + words[w];
    }
    if (HasAnyWord(opening,
                   {"previous employment", "previous employer", "previous employers",
                    "previous job", "previous position", "previous role", "prior employment",
                    "prior employer", "former employment", "former employer"})) {
      return {EntrySection::kWork, 1, true};
    }
  }
  return {};
}

namespace {

// `field` with the parts of its context that name a numbered entry ("Employer 1",
// "Work Experience 2") left out: the headings over an entry, not its field's words.
Field WithoutEntryHeadings(const Field& field) {
  Field rest = field;
  rest.context.clear();
  for (const std::string_view part : perception::JoinedParts(field.context)) {
    if (EntryOf(part).section != EntrySection::kNone) continue;
    if (!rest.context.empty()) rest.context += " | ";
    rest.context += part;
  }
  return rest;
}

// "WorkExperience.0.StartDate_Year", "educations[0][school]": the first entry of a
// repeated section, as model binders (ASP.NET, Rails, Spring) index it from 0, and
// form libraries write it into ids where inputs carry no name (Ant Design's
// "basic_educations_0_startDate"). A later index alone is not trusted: some
// systems count from 1 (Taleo's "experience.1"), and their pages number the
// sections in their headings. The section's word may be plural ("experiences").
EntryRef FirstEntryInName(std::string_view name) {
  const std::vector<std::string> words = knowledge::Words(AttributeWords(name));
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] != "0") continue;
    std::string before;
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
      const std::string& word = words[j];
      before +=
          (word.size() > 4 && word.ends_with('s') ? word.substr(0, word.size() - 1) : word) + " ";
    }
    const EntrySection section = SectionOfWords(before);
    if (section != EntrySection::kNone) return {section, 0};
  }
  return {};
}

// "candidate[educations][][graduated_on]": a repeated section's field
// named with an empty index (Rails, PHP), so which entry it belongs to is not in
// the name. The section is the bracketed word just before the "[]".
EntrySection SectionBeforeEmptyIndex(std::string_view name) {
  const std::size_t empty = name.find("[]");
  if (empty == std::string_view::npos || empty == 0) return EntrySection::kNone;
  std::size_t open = name.rfind('[', empty - 1);
  open = open == std::string_view::npos ? 0 : open + 1;
  std::string segment = knowledge::NormalizeText(name.substr(open, empty - open));
  if (segment.ends_with("s")) segment.pop_back();  // "educations", "employments"
  return SectionOfWords(segment);
}

bool IsEntryDate(FieldKey key) {
  return key == FieldKey::kJobStart || key == FieldKey::kJobEnd ||
         key == FieldKey::kEducationStart || key == FieldKey::kEducationEnd;
}

// "+44", "United Kingdom: +44", "(+1) United States": a dialling code, with at
// most a country's name around it; never a phone number ("+1 415 555 0142").
bool ShowsDialCode(std::string_view text) {
  std::size_t plus = text.find('+');
  if (plus == std::string_view::npos) return false;
  std::size_t digits = 0;
  for (std::size_t i = plus + 1;
       i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
    ++digits;
  }
  if (digits == 0 || digits > 4) return false;
  const auto all_digits = std::count_if(
      text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return static_cast<std::size_t>(all_digits) == digits;
}

// Whether a choice offers two or more options and each one, but a placeholder, is
// a different category of `table` and nothing else.
bool OffersOnlyCategoriesOf(const Field& field, OptionTable table) {
  std::set<std::string_view> categories_offered;
  int choices = 0;
  for (const auto& option : field.options) {
    if (IsPlaceholderOption(option)) continue;
    const auto categories = CategoriesOf(table, option.label);
    if (categories.size() != 1) return false;
    categories_offered.insert(categories.front());
    ++choices;
  }
  return choices >= 2 && categories_offered.size() == static_cast<std::size_t>(choices);
}

// A choice among pay periods only ("Hourly / Annual", "شهرياً / سنوياً"): what the
// salary beside it is for, whatever its label says (some forms label it with its
// current value).
bool IsPayPeriodPicker(const Field& field) {
  if (field.kind != ControlKind::kSelect && field.kind != ControlKind::kCombobox &&
      field.kind != ControlKind::kRadioGroup) {
    return false;
  }
  return OffersOnlyCategoriesOf(field, OptionTable::kPayPeriod);
}

// A choice among ways of working only ("100 % sur site / Hybride / 100 %
// télétravail", "On-site / Hybrid / Fully remote"): the work-arrangement question,
// which French forms word without naming it ("Quel rythme de travail
// recherchez-vous ?"). A place or any other choice among the options makes it
// another question.
bool IsWorkArrangementChoice(const Field& field) {
  if (field.kind != ControlKind::kSelect && field.kind != ControlKind::kCombobox &&
      field.kind != ControlKind::kRadioGroup && field.kind != ControlKind::kCheckboxGroup) {
    return false;
  }
  return OffersOnlyCategoriesOf(field, OptionTable::kWorkArrangement);
}

// What a question asks when its own words only say how to answer ("Please check
// one of the boxes below:", Form CC-305's): the meaning that two or more of its
// options name ("Yes, I have a disability", "No, I do not have a disability") and
// its section's heading names too. Either alone is context, not the question.
FieldKey MeaningOfOptionsAndSection(const Field& field) {
  constexpr int kFewestNaming = 2;
  if (field.options.size() < static_cast<std::size_t>(kFewestNaming) || field.context.empty()) {
    return FieldKey::kUnknown;
  }
  Scorer section(field);
  section.OfferText(knowledge::NormalizeText(field.context), kContextScore, "context",
                    field.context, false);
  std::array<int, kFieldKeyCount> naming{};
  for (const auto& option : field.options) {
    Scorer probe(field);
    probe.OfferText(knowledge::NormalizeText(option.label), kLabelPhraseScore, "option",
                    option.label, false);
    const FieldKey key = probe.Best().key;
    if (key == FieldKey::kUnknown || section.BestFor(key).key != key) continue;
    if (++naming[static_cast<std::size_t>(key)] == kFewestNaming) return key;
  }
  return FieldKey::kUnknown;
}

// A country picker of a phone box (intl-tel-input, react-phone-number-input and
// the like): most of its options show dialling codes, or, with its options not
// drawn yet, the control itself shows one: in its name, or as its value when it
// has no name or is named after the country picked (a flag button titled
// "Slovensko" showing "🇸🇰 +421", as Tally's phone block and others draw it).
bool IsDialCodePicker(const Field& field) {
  if (field.kind != ControlKind::kSelect && field.kind != ControlKind::kCombobox) return false;
  constexpr std::size_t kFewestOptions = 3;
  if (field.options.size() >= kFewestOptions) {
    const auto dial =
        std::count_if(field.options.begin(), field.options.end(),
                      [](const perception::Option& option) { return ShowsDialCode(option.label); });
    return static_cast<std::size_t>(dial) * 4 >= field.options.size() * 3;
  }
  const bool named_after_its_country =
      field.label.empty() || knowledge::FindCountry(field.label) != nullptr;
  return field.options.empty() &&
         (ShowsDialCode(field.label) || (named_after_its_country && ShowsDialCode(field.value)));
}

// Whether the ". " at `at` ends a sentence: not after an abbreviation ("bzw.",
// "z. B.", "e.g.", "etc.", "ggf.") nor before a word in lower case ("ein Visum
// bzw. einen Aufenthaltstitel"), where the sentence goes on.
bool EndsSentence(std::string_view text, std::size_t at) {
  static const std::set<std::string, std::less<>> kAbbreviations = {
      "bzw",    "z",    "b",    "ggf", "evtl", "bspw", "usw", "etc",  "inkl", "zzgl", "ca",
      "u",      "a",    "d",    "h",   "s",    "nr",   "vs",  "e.g",  "eg",   "i.e",  "ie",
      "approx", "resp", "incl", "min", "max",  "mind", "dr",  "prof", "z.b",  "d.h",  "u.a"};
  std::size_t start = at;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(') --start;
  std::string word(text.substr(start, at - start));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (kAbbreviations.contains(word)) return false;
  const std::size_t next = at + 2;
  return next >= text.size() || !std::islower(static_cast<unsigned char>(text[next]));
}

// A label of several sentences ending in a question ("This position is on-site
// in Denver. Are you willing to relocate?"): the question says what is asked, the
// sentences before it are context for it. {question, lead-in}; the label and ""
// when it is one sentence or no question.
std::pair<std::string_view, std::string_view> QuestionAndLeadIn(std::string_view label) {
  while (!label.empty() && (label.back() == ' ' || label.back() == '*')) label.remove_suffix(1);
  if (!label.ends_with('?')) return {label, {}};
  const std::string_view before = label.substr(0, label.size() - 1);
  std::size_t cut = std::string_view::npos;
  for (std::string_view end : {". ", "! ", "? "}) {
    std::size_t at = before.rfind(end);
    while (end == ". " && at != std::string_view::npos && !EndsSentence(before, at)) {
      at = at == 0 ? std::string_view::npos : before.rfind(end, at - 1);
    }
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) cut = at;
  }
  if (cut == std::string_view::npos) return {label, {}};
  return {label.substr(cut + 2), label.substr(0, cut + 1)};
}

// A choice question followed by a note that explains it ("Do you hold an active
// security clearance? Some of our customers require cleared engineers on site.":
// a question's help text printed under it, joined to its label as question cards
// draw it): the options answer the question, and the note's words ("on site") ask
// nothing. {question, note}; the label and "" when nothing follows the question
// or what follows asks a question of its own.
std::pair<std::string_view, std::string_view> QuestionAndNote(std::string_view label) {
  const std::size_t at = label.find("? ");
  if (at == std::string_view::npos) return {label, {}};
  std::string_view note = label.substr(at + 2);
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view mark : {" ", "*", "\u2731"}) {
      if (note.starts_with(mark)) {
        note.remove_prefix(mark.size());
        trimmed = true;
      }
    }
  }
  while (!note.empty() && note.back() == ' ') note.remove_suffix(1);
  if (note.empty() || note.find('?') != std::string_view::npos) return {label, {}};
  return {label.substr(0, at + 1), note};
}

// Whether the control asks for a choice by its kind alone: a combobox's list is
// often read only when it is opened, after classification, and its question's
// note is split off all the same.
bool IsChoiceKind(ControlKind kind) {
  return kind == ControlKind::kRadioGroup || kind == ControlKind::kSelect ||
         kind == ControlKind::kCombobox || kind == ControlKind::kCheckboxGroup;
}

// The label after the question's number a form writes in front of it ("8.
// Source", "Q3) Notice period", "(2) Source", "12 - Source"); the label itself
// when it starts with no such number.
std::string_view WithoutQuestionNumber(std::string_view label) {
  std::size_t at = label.find_first_not_of(' ');
  if (at == std::string_view::npos) return label;
  const bool bracketed = label[at] == '(';
  if (bracketed) {
    ++at;
  } else if (label[at] == 'Q' || label[at] == 'q' || label[at] == '#') {
    ++at;
  }
  const std::size_t digits = at;
  while (at < label.size() && std::isdigit(static_cast<unsigned char>(label[at]))) ++at;
  if (at == digits || at - digits > 3 || at >= label.size()) return label;
  if (bracketed) {
    if (label[at] != ')') return label;
    ++at;
  } else if (label[at] == '.' || label[at] == ')' || label[at] == ':') {
    ++at;
  } else if (label.substr(at).starts_with(" - ")) {
    at += 2;
  } else {
    return label;
  }
  if (at >= label.size() || label[at] != ' ') return label;
  const std::size_t start = label.find_first_not_of(' ', at);
  if (start == std::string_view::npos) return label;
  const std::string_view rest = label.substr(start);
  const bool has_words = std::any_of(rest.begin(), rest.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
  return has_words ? rest : label;
}

// Whether the label names only the date part its list or box holds ("Month",
// "Year", "年", "月", "日"), as Dayforce and Workday draw a date and Japanese,
// Chinese and Korean forms draw a birth date: the group's name says whose date.
bool NamesOnlyADatePart(const std::string& normalized_label) {
  static const std::set<std::string, std::less<>> kPartWords = {
      "month", "year", "day",  "monat", "jahr",   "tag",    "mois", "annee", "jour",  "mes",
      "ano",   "dia",  "mese", "anno",  "giorno", "maand",  "jaar", "dag",   "mm",    "yyyy",
      "dd",    "年",   "月",   "日",    "년",     "월",     "일",   "ev",    "honap", "nap",
      "an",    "luna", "zi",   "ziua",  "рік",    "місяць", "день", "ετοσ",  "μηνασ", "ημερα"};
  const auto words = knowledge::Words(normalized_label);
  return !words.empty() && std::ranges::all_of(words, [](const std::string& word) {
    return kPartWords.contains(word);
  });
}

// The group's name, first in the context ("生年月日 | 基本情報" -> "生年月日").
std::string_view GroupName(const Field& field) {
  return std::string_view(field.context).substr(0, field.context.find(" | "));
}

// The label an entry's field is read by: a list or box named only by its date
// part under a group's name ("Start Date" / "Month") is read as both.
std::string EntryFieldLabel(const Field& field) {
  const std::string label = knowledge::NormalizeText(field.label);
  if (!NamesOnlyADatePart(label)) return label;
  return knowledge::NormalizeText(GroupName(field)) + " " + label;
}

// `field` read as `key` of the first entry of an unnumbered `section` ("work",
// "education"): a form that asks one entry without numbering it.
Classification FirstEntryField(const Field& field, FieldKey key, std::string_view section) {
  Classification result;
  result.key = key;
  result.confidence = 0.9;
  result.signal =
      "label \"" + field.label + "\" in an unnumbered " + std::string(section) + " section";
  result.entry = 0;
  result.unnumbered_entry = true;
  return result;
}

// What `field` asks within an entry of `section`: by `label`, else, for a row
// whose label names the whole period ("就读时间", "Employment period"), by the
// placeholder that tells its start box from its end box ("开始年份", "End date").
FieldKey EntryKey(const Field& field, std::string_view label, EntrySection section, FieldKey base) {
  const auto key_of = [&](std::string_view text, FieldKey fallback) {
    return section == EntrySection::kWork ? WorkEntryKey(text, fallback)
                                          : EducationEntryKey(text, fallback);
  };
  const FieldKey key = key_of(label, base);
  if ((key == FieldKey::kUnknown || !Fits(key, field.kind)) && !field.placeholder.empty()) {
    const FieldKey shown = key_of(knowledge::NormalizeText(field.placeholder), FieldKey::kUnknown);
    if (IsEntryDate(shown) && Fits(shown, field.kind)) return shown;
  }
  return key;
}

}  // namespace

EntrySection SectionNamedBy(std::string_view text) {
  return SectionOfWords(knowledge::NormalizeText(text));
}

namespace {

// Whether a part of `context` (a legend, a group's name, the heading above) opens
// by naming someone other than the applicant: "Referee 1", "References",
// "Emergency contact", "Next of kin". Only its first words count: a hint saying
// "Do not include references in your CV" heads no section.
bool NamesAnotherPersonsSection(std::string_view context) {
  constexpr std::size_t kOpeningWords = 3;
  for (const std::string_view part : perception::JoinedParts(context)) {
    const std::vector<std::string> words = knowledge::Words(knowledge::NormalizeText(part));
    std::string opening;
    for (std::size_t i = 0; i < words.size() && i < kOpeningWords; ++i) {
      opening += (i == 0 ? "" : " ") + words[i];
    }
    if (HasAnyWord(opening, {"referee", "referees", "references", "reference 1", "reference 2",
                             "first reference", "second reference", "emergency contact",
                             "emergency contacts", "next of kin", "in case of emergency",
                             // Hungarian, Romanian, Ukrainian, Greek (normalised)
                             "referenciak", "referencia szemely", "ajanlo", "ajanlok",
                             "ertesitendo szemely", "veszhelyzet eseten", "referinte",
                             "persoane de referinta", "persoana de referinta", "contact de urgenta",
                             "рекомендації", "рекомендодавці", "екстрений контакт", "συστασεισ",
                             "ατομα αναφορασ", "ατομο αναφορασ", "επαφη εκτακτησ αναγκησ"}) ||
        // Welsh: geirdaon (references), canolwr (referee), cyswllt mewn argyfwng
        // (emergency contact), perthynas agosaf (next of kin)
        HasAnyWord(opening, {"geirdaon", "geirda", "canolwr", "canolwyr", "cyswllt mewn argyfwng",
                             "perthynas agosaf"})) {
      return true;
    }
  }
  return false;
}

// Whether a question asks about the applicant's parents, guardians or household
// rather than the applicant: UK socio-economic monitoring (the Social Mobility
// Commission's measures, asked by graduate schemes on Oleeo, Tribepad and the
// like: "Did either of your parents complete a university degree?", "the main or
// highest income earner in your household"). The profile's degree, job or school
// are the applicant's own and answer none of them.
bool AsksAboutTheFamily(std::string_view label) {
  return HasAnyWord(knowledge::NormalizeText(label),
                    {"your parents", "your parent", "parents or guardians", "parent or guardian",
                     "parent s or guardian s", "your mother", "your father", "your guardian",
                     "your guardians", "household earner", "income earner", "main earner"});
}

// What may still be the applicant's inside a section about someone else: their
// own documents and the boxes they tick ("I agree you may contact my referees").
bool StaysTheApplicants(FieldKey key) {
  switch (key) {
    case FieldKey::kResume:
    case FieldKey::kCoverLetter:
    case FieldKey::kConsent:
    case FieldKey::kOptIn:
    case FieldKey::kUnknown: return true;
    default: return false;
  }
}

}  // namespace

// A referee's, an emergency contact's or next of kin's "Full name", "Email
// address", "Job title" and "Organisation" (the NHS standard application form's
// references, GOV.UK forms' "Referee 1") are that person's, which the profile does
// not hold: the person is asked, never given the applicant's own.
Classification FieldClassifier::Classify(const Field& field) const {
  // The question's number says which question it is; its words, what it asks.
  if (const std::string_view words = WithoutQuestionNumber(field.label);
      words.size() < field.label.size()) {
    Field named = field;
    named.label = std::string(words);
    return Classify(named);
  }
  Classification own = ClassifyOwn(field);
  if (StaysTheApplicants(own.key)) return own;
  if (AsksAboutTheFamily(field.label)) {
    Classification unknown;
    unknown.signal = own.signal + ", but the question is about the applicant's family";
    return unknown;
  }
  if (!NamesAnotherPersonsSection(field.context)) return own;
  Classification unknown;
  unknown.signal = own.signal + ", in a section about someone else (\"" + field.context + "\")";
  return unknown;
}

Classification FieldClassifier::ClassifyOwn(const Field& field) const {
  // Questions no job or school entry asks (how the person heard of the opening,
  // their notice, right to work, consent, relocation; "Available from", "最快到岗
  // 时间": their availability) stay the person's whatever section the page draws
  // them under: screening questions shuffled in, or a flat page that puts them
  // right below the last job ("您从哪个渠道了解到该职位" there is no job's title).
  const Classification alone = ClassifyAlone(field);
  // A box named only by its part of a name ("First", "Last", "Middle") under the
  // title of the composite field it belongs to ("Name", "Full name", "Applicant
  // name"): Zoho Forms' and Wufoo's Name fields put those sub-labels under the boxes.
  // It is read as that part of the name, as a person reads it.
  if (const Classification part = NamePartUnderAName(field); part.key != FieldKey::kUnknown) {
    return part;
  }
  // A bare end of a range under a heading that names the salary ("Lower Range" /
  // "Upper Range" under "Salary Expectation", "von" / "bis" under
  // "Gehaltsvorstellung") is that end of the salary range.
  if (alone.key == FieldKey::kUnknown || alone.confidence < kLabelPhraseScore) {
    const FieldKey end = SalaryEndNamedBy(field.label);
    if (end != FieldKey::kUnknown && Fits(end, field.kind) && ContextNamesSalary(field)) {
      Classification result;
      result.key = end;
      result.confidence = kLabelPhraseScore;
      result.signal =
          "label \"" + field.label + "\" under a salary heading (\"" + field.context + "\")";
      return result;
    }
  }
  if (NeverAnEntrys(alone.key) ||
      (alone.key == FieldKey::kStartDate && NamesAvailability(field.label))) {
    return alone;
  }
  EntryRef ref = EntryOf(field.context);
  if (ref.section == EntrySection::kNone) ref = FirstEntryInName(field.name);
  if (ref.section == EntrySection::kNone && field.name.empty()) ref = FirstEntryInName(field.id);
  if (ref.section != EntrySection::kNone) {
    // The entry's own heading names the entry, not the field: "Reason for Leaving"
    // under "Employer 1" read by that heading alone is no employer's name. What
    // the rest of the context says still counts ("Company | Work Experience 1").
    const Classification base =
        alone.signal.starts_with("context") ? ClassifyAlone(WithoutEntryHeadings(field)) : alone;
    // A box with words of its own that say nothing the entry knows ("Units
    // completed") under a heading naming the school's kind ("College/University")
    // is not the school: the heading names the section, not the box.
    const bool heading_alone = base.signal.starts_with("context") && !field.label.empty();
    FieldKey key = EntryKey(field, EntryFieldLabel(field), ref.section,
                            heading_alone ? FieldKey::kUnknown : base.key);
    // A start date inside an entry is the entry's start, never the person's
    // availability ("experiences_0_startDate" under a label that names a period).
    if ((key == FieldKey::kUnknown || !Fits(key, field.kind)) && base.key == FieldKey::kStartDate) {
      key = ref.section == EntrySection::kWork ? FieldKey::kJobStart : FieldKey::kEducationStart;
    }
    if (key != FieldKey::kUnknown && Fits(key, field.kind)) {
      Classification result;
      result.key = key;
      result.confidence = 0.9;
      result.signal = "label \"" + field.label + "\" in " +
                      (ref.section == EntrySection::kWork ? "work entry " : "education entry ") +
                      std::to_string(ref.index + 1);
      result.entry = ref.index;
      result.after_current_job = ref.after_current_job;
      return result;
    }
    if (heading_alone) {
      Classification unknown;
      unknown.signal = "label \"" + field.label + "\" in an entry whose heading alone (\"" +
                       field.context + "\") said " + std::string(ToString(base.key));
      return unknown;
    }
    Classification placed = PlaceInEntry(base, ref);
    placed.after_current_job = ref.after_current_job && placed.entry >= 0;
    return placed;
  }
  if (const EntrySection section = SectionBeforeEmptyIndex(field.name);
      section != EntrySection::kNone) {
    // A date of some entry, but which one the name does not say: never the
    // person's availability or birth date by its words alone. It is the first
    // entry's, which the planner trusts only on a page holding one such row
    // (Greenhouse's single education block).
    const Classification& base = alone;
    const FieldKey key = EntryKey(field, knowledge::NormalizeText(field.label), section, base.key);
    // So are a job entry's own box for a job that goes on ("I currently work
    // here") and its bare "Title": inside a job entry that is the job's title, never
    // a salutation, which is asked with the person's name (Greenhouse's Employment
    // block: "job_application[employments][][title]").
    const bool jobs_own = section == EntrySection::kWork &&
                          (key == FieldKey::kJobCurrent ||
                           (key == FieldKey::kJobTitle && TitleSaysNothingElse(base.key)));
    if ((IsEntryDate(key) || jobs_own) && Fits(key, field.kind)) {
      Classification result;
      result.key = key;
      result.confidence = 0.9;
      result.signal = "label \"" + field.label + "\" in an unnumbered " +
                      (section == EntrySection::kWork ? "work" : "education") + " entry (name \"" +
                      field.name + "\")";
      result.entry = 0;
      result.unnumbered_entry = true;
      return result;
    }
    if (IsEntryDate(key) || IsEntryDate(base.key) || base.key == FieldKey::kStartDate ||
        base.key == FieldKey::kDateOfBirth) {
      Classification unknown;
      unknown.signal = "a date of an unnumbered " +
                       std::string(section == EntrySection::kWork ? "work" : "education") +
                       " entry (name \"" + field.name + "\")";
      return unknown;
    }
    return base;
  }
  // A section named in Chinese, Japanese or Korean without a number (a single
  // "工作經歷" row of 任職期間 selects): its dates, current-job box and duties are the first
  // entry's, which the planner trusts only on a page that holds one such row.
  const std::string label = knowledge::NormalizeText(field.label);
  if (knowledge::IsCjk(label)) {
    const EntrySection section = SectionOfWords(knowledge::NormalizeText(field.context));
    if (section != EntrySection::kNone) {
      const Classification& base = alone;
      const FieldKey key = EntryKey(field, label, section, base.key);
      if ((IsEntryDate(key) || key == FieldKey::kJobCurrent || key == FieldKey::kJobDescription) &&
          Fits(key, field.kind) &&
          !(base.key == FieldKey::kStartDate && base.confidence >= kLabelPhraseScore)) {
        return FirstEntryField(field, key, section == EntrySection::kWork ? "work" : "education");
      }
      return base;
    }
  }
  // The same in any script for a section that names past jobs as a whole (SEEK's
  // "Career history": "Started" month and year lists, "Still in role"): its
  // dates, current-job box and description are the first entry's. A start date
  // there is availability unless it is asked as a month and a year, as a job's
  // bounds are ("Start Date" over "mm/yyyy" on US applications).
  // Its title asked in words that alone say nothing ("Position title": the
  // opening applied for is a position too) is the first job's as well.
  if (NamesPastJobs(knowledge::NormalizeText(field.context))) {
    const Classification& base = alone;
    const FieldKey key = EntryKey(field, EntryFieldLabel(field), EntrySection::kWork, base.key);
    if ((IsEntryDate(key) || key == FieldKey::kJobCurrent || key == FieldKey::kJobDescription ||
         (key == FieldKey::kJobTitle && TitleSaysNothingElse(base.key))) &&
        Fits(key, field.kind) &&
        !(base.key == FieldKey::kStartDate && base.confidence >= kLabelPhraseScore &&
          !AsksMonthAndYear(field) && !AsksAMonthOrAYear(field))) {
      return FirstEntryField(field, key, "work");
    }
  }
  // And for a section that names schooling as a whole: "Subject", "Place of study",
  // "Year awarded" under "Qualifications" are the one qualification's it asks for.
  // A label that names a school, degree or discipline anywhere ("University")
  // keeps that reading; a question ("Do you hold a degree?") asks something else.
  // The heading's own word ("Εκπαίδευση" is also a degree list's name) read
  // as the field's meaning names the section, not what the field asks ("Επίπεδο
  // γνώσης αγγλικών", a language level, under it).
  // A label naming the person's current post ("Current Institution/Organization",
  // "Current Position/Title") keeps that reading under a heading that names the post
  // and the schooling together ("Position & Education", as academic applications
  // ask the current appointment beside the highest degree).
  const bool names_current_post =
      (alone.key == FieldKey::kCurrentCompany || alone.key == FieldKey::kCurrentTitle) &&
      alone.confidence >= kLabelPhraseScore &&
      HasAnyWord(knowledge::NormalizeText(field.label), {"current", "currently", "present"});
  // A label whose own words say it asks something else ("School city": where the
  // school is) is no part of the entry the heading names either.
  const bool label_vetoed =
      alone.key == FieldKey::kUnknown && alone.signal.find("(vetoed by") != std::string::npos;
  if (NamesSchooling(knowledge::NormalizeText(field.context)) && !EndsInQuestionMark(field.label) &&
      !names_current_post && !label_vetoed) {
    const Classification& base = alone;
    const bool said_by_heading_alone = base.signal.starts_with("context");
    const FieldKey key = EntryKey(field, EntryFieldLabel(field), EntrySection::kEducation,
                                  said_by_heading_alone ? FieldKey::kUnknown : base.key);
    if (key != FieldKey::kUnknown && Fits(key, field.kind) &&
        (IsEntryDate(key) || base.confidence < kLabelPhraseScore ||
         (base.key != FieldKey::kSchool && base.key != FieldKey::kDegree &&
          base.key != FieldKey::kDiscipline)) &&
        !(base.key == FieldKey::kStartDate && base.confidence >= kLabelPhraseScore)) {
      return FirstEntryField(field, key, "education");
    }
  }
  // Outside any entry too: "年" / "月" / "日" lists under "生年月日", "Day" /
  // "Month" / "Year" under "Date of birth" are read as the group's date, as a
  // person reads them; the planner then takes the part each one holds. Alone,
  // such a label says nothing, and the group in the context was too weak a
  // signal to fill or even ask by.
  if (NamesOnlyADatePart(knowledge::NormalizeText(field.label)) && !GroupName(field).empty()) {
    Field named = field;
    named.label = std::string(GroupName(field)) + " " + field.label;
    Classification result = ClassifyAlone(named);
    if (result.key != FieldKey::kUnknown) return result;
  }
  return alone;
}

Classification FieldClassifier::NamePartUnderAName(const Field& field) const {
  static const std::set<std::string, std::less<>> kPartWords = {"first", "last", "middle", "given",
                                                                "family"};
  const std::string label = knowledge::NormalizeText(field.label);
  if (!kPartWords.contains(label) || GroupName(field).empty()) return {};
  Field group;
  group.kind = ControlKind::kText;
  group.lang = field.lang;
  group.label = std::string(GroupName(field));
  if (ClassifyAlone(group).key != FieldKey::kFullName) return {};
  Field named = field;
  named.label = field.label + " name";
  Classification result = ClassifyAlone(named);
  if (result.key != FieldKey::kFirstName && result.key != FieldKey::kLastName &&
      result.key != FieldKey::kMiddleName) {
    return {};
  }
  result.signal = "label \"" + field.label + "\" under the name field \"" + group.label + "\"";
  return result;
}

bool FieldClassifier::ContextNamesSalary(const Field& field) const {
  for (const std::string_view part : perception::JoinedParts(field.context)) {
    Field heading;
    heading.kind = ControlKind::kText;
    heading.lang = field.lang;
    heading.label = part;
    if (ClassifyAlone(heading).key == FieldKey::kSalary) return true;
  }
  return false;
}

Classification FieldClassifier::ClassifyAlone(const Field& field) const {
  Scorer scorer(field);

  if (std::string_view token = AutocompleteToken(field.autocomplete); !token.empty()) {
    for (const AutocompleteMeaning& entry : FieldMeanings::Builtin().autocomplete()) {
      if (entry.token != token) continue;
      scorer.Offer(
          entry.key,
          entry.key == FieldKey::kWebsite ? kGenericUrlAutocompleteScore : kAutocompleteScore,
          "autocomplete=" + std::string(token));
    }
  }
  const auto [asked, note] = IsChoiceKind(field.kind)
                                 ? QuestionAndNote(field.label)
                                 : std::pair<std::string_view, std::string_view>(field.label, {});
  auto [question, lead_in] = QuestionAndLeadIn(asked);
  if (!lead_in.empty()) {
    // "... Can you commit to this?" says nothing alone: then the whole question.
    Scorer probe(field);
    probe.OfferText(knowledge::NormalizeText(question), kLabelPhraseScore, "label", question, true);
    if (probe.Best().key == FieldKey::kUnknown) {
      question = asked;
      lead_in = {};
    }
  }
  scorer.OfferText(knowledge::NormalizeText(question), kLabelPhraseScore, "label", question, true);
  scorer.OfferText(knowledge::NormalizeText(lead_in), kContextScore, "context", lead_in, false);
  scorer.OfferText(knowledge::NormalizeText(note), kContextScore, "context", note, false);
  scorer.OfferText(knowledge::NormalizeText(field.placeholder), kPlaceholderScore, "placeholder",
                   field.placeholder, false);
  scorer.OfferText(AttributeWords(field.name), kAttributeScore, "name", field.name, false);
  scorer.OfferText(AttributeWords(field.id), kAttributeScore, "id", field.id, false);
  scorer.OfferText(knowledge::NormalizeText(field.context),
                   field.kind == ControlKind::kFile ? kFileContextScore : kContextScore, "context",
                   field.context, false);
  if (field.kind == ControlKind::kEmail) {
    scorer.Offer(FieldKey::kEmail, kControlTypeScore, "input type=email");
  } else if (field.kind == ControlKind::kTel) {
    scorer.Offer(FieldKey::kPhone, kControlTypeScore, "input type=tel");
  }
  if (IsDialCodePicker(field)) {
    scorer.Offer(FieldKey::kPhoneCountryCode, kDialCodeListScore, "shows dialling codes");
  }
  if (IsPayPeriodPicker(field)) {
    scorer.Offer(FieldKey::kSalaryPeriod, kDialCodeListScore, "offers only pay periods");
  }
  // Below a label that names the question, so that the label's own words win.
  if (const FieldKey named = MeaningOfOptionsAndSection(field); named != FieldKey::kUnknown) {
    scorer.Offer(named, kOptionsAndSectionScore, "its options and its section name it");
  }
  if (IsWorkArrangementChoice(field)) {
    scorer.Offer(FieldKey::kRemote, kOptionsOnlyScore, "offers only ways of working");
  }

  Candidate best = scorer.Best();
  // "Telefon (Festnetz)", "聯絡電話（市話）": a word for a landline makes any phone
  // box a landline, however well its other words say "phone".
  if (best.key == FieldKey::kPhone || best.key == FieldKey::kHomePhone) {
    const Candidate& landline = scorer.BestFor(FieldKey::kLandline);
    if (landline.key == FieldKey::kLandline && landline.score >= kLabelPhraseScore) {
      best = landline;
    }
  }
  // "お名前（名）", "氏名（姓）", "Name (surname)": a name box whose brackets say
  // which part it takes.
  if (best.key == FieldKey::kFullName || best.key == FieldKey::kName) {
    if (const std::string inside = knowledge::InsideParentheses(field.label); !inside.empty()) {
      Scorer part(field);
      part.OfferText(knowledge::NormalizeText(inside), kLabelPhraseScore, "label", inside, true);
      const Candidate named = part.Best();
      if (named.key == FieldKey::kFirstName || named.key == FieldKey::kLastName) {
        best = named;
        best.signal = "label \"" + field.label + "\" (its brackets name the part)";
      }
    }
  }
  Classification result;
  if (best.key == FieldKey::kUnknown) {
    result.signal = best.signal.empty() ? "no signal matched" : best.signal;
    return result;
  }
  result.key = best.key;
  result.confidence = std::min(best.score, 0.99);
  result.signal = std::move(best.signal);
  // The words and the control disagree (a box labelled "Street" that only takes an
  // e-mail address): whichever is wrong, filling it would send a wrong value.
  if (const Candidate& unfit = scorer.Unfit(); unfit.key != FieldKey::kUnknown &&
                                               unfit.score >= kLabelPhraseScore &&
                                               unfit.score > best.score) {
    result.confidence = std::min(result.confidence, kConflictScore);
    result.signal += "; but " + unfit.signal + " says " + ToString(unfit.key) + ", which a " +
                     perception::ToString(field.kind) + " control cannot hold";
  }
  if (!scorer.TwoFacts().empty() && best.score < kAutocompleteScore) {
    result.confidence = std::min(result.confidence, kConflictScore);
    result.signal += "; but the label asks for " + scorer.TwoFacts() + " in one box";
  }
  if (best.key == FieldKey::kWorkAuthorization || best.key == FieldKey::kSponsorship ||
      best.key == FieldKey::kWorkPermitStatus) {
    const knowledge::Country* country = knowledge::CountryMentionedIn(field.label);
    if (country == nullptr) country = knowledge::CountryMentionedIn(field.context);
    if (country != nullptr) result.country = country->code;
  }
  return result;
}

}  // namespace applier::planning
