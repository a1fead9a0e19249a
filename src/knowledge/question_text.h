// How Live Applier compares the words on a form with the words it already knows:
// labels against synonym tables, new questions against saved questions, answers
// against option lists. Everything works on normalised text so that case, accents,
// punctuation, required-markers and spacing never decide a match.
//
// Contract: pure functions on UTF-8; invalid UTF-8 bytes pass through unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace applier::knowledge {

// Lower-cased (Latin, Greek, Cyrillic), Latin-1, Polish, Czech, Turkish, Vietnamese,
// Hungarian and Romanian accents removed ("Prénom" -> "prenom", "Straße" -> "strasse",
// "Miejscowość" -> "miejscowosc", "Příjmení" -> "prijmeni", "Adı" and "ADI" -> "adi",
// "Họ và tên" -> "ho va ten", "Születési idő" -> "szuletesi ido", "Județ" and "Judeţ" ->
// "judet"), Greek tonos, dialytika and final sigma folded ("Όνομα" and "ΟΝΟΜΑ" ->
// "ονομα", "Διεύθυνσης" -> "διευθυνσησ"), Devanagari nukta dropped and chandrabindu
// read as anusvara ("फ़ाइल" -> "फाइल", "हाँ" -> "हां"), Bengali ড় ঢ় য় read as their base
// letters however typed, Bengali, Devanagari, Arabic-Indic and Persian digits read as
// ASCII digits ("২ সপ্তাহ" -> "2 সপ্তাহ", "۵ تا ۱۰ سال" -> "5 تا 10 سال"), combining marks
// dropped, apostrophes dropped
// ("don't" -> "dont", "ім'я" and "імʼя" -> "імя"), every other punctuation or symbol
// (ASCII, CJK and full-width too) a space, spaces collapsed and trimmed. CJK text is
// kept as is.
std::string NormalizeText(std::string_view text);

// Words of a normalised text (split on spaces).
std::vector<std::string> Words(std::string_view normalized);

// The text without its parenthesised remarks, ASCII or full-width parentheses:
// "Phone number (including country code)" asks for a phone number; "University of
// California, Davis (UC Davis)" is that university.
std::string WithoutParentheses(std::string_view text);

// What stands inside the text's parentheses, ASCII or full-width: a list's second
// name for the same thing ("加州大学戴维斯分校（University of California, Davis）").
std::string InsideParentheses(std::string_view text);

// Whether the text holds Chinese, Japanese or Korean script (U+3000 and up), which
// is written without spaces between words.
bool IsCjk(std::string_view text);

// Whether the text holds a script written without spaces between words: Chinese,
// Japanese and Korean (IsCjk), and Thai, Lao, Myanmar and Khmer, whose words run
// together up to a phrase's end ("หมายเลขโทรศัพท์มือถือ" is number + phone + mobile). A phrase in
// such a script has no word edge to find, so it matches anywhere.
bool IsUnspacedScript(std::string_view text);

// Whether normalised `phrase` occurs in normalised `text` as whole words; a phrase
// of an unspaced script anywhere in the text ("国番号から" inside
// "海外の電話番号は国番号から").
bool HasPhrase(std::string_view text, std::string_view phrase);

// The key a question is saved and looked up under: NormalizeText, then without the
// stop words that carry no meaning in a form question ("the", "your", "please"...;
// never "not"/"no"), without a trailing "required"/"optional", with plurals folded
// ("expectations" -> "expectation").
std::string NormalizeQuestion(std::string_view question);

// Jaccard similarity of the word sets of two NormalizeQuestion() keys, in [0, 1].
// Jaccard rather than Dice because it is the stricter of the two: "Why do you want
// to work at Acme?" and "... at Beta?" share 3 of 5 words (0.6), well below the bar.
double QuestionSimilarity(std::string_view key_a, std::string_view key_b);

// Two questions with similarity at or above this are the same question. At 0.8 a
// four-word question may differ by at most one extra word, never by a substituted one.
inline constexpr double kSameQuestionThreshold = 0.8;

// Whether a saved answer can be given to a question with these option labels: no
// options, or an option equal to the answer, or one whose words contain the
// answer's words or the other way round ("Yes" fits "Yes, I am authorized").
bool AnswerFitsOptions(std::string_view answer, const std::vector<std::string>& options);

}  // namespace applier::knowledge
