// Pages write what a box takes beside it ("numbers only (e.g. 120000)", a
// Bootstrap .form-text "TT.MM.JJJJ") without tying it by aria-describedby.
// Perception reads that text as the field's hint: the wrapper's text-only
// siblings, as far up as the wrapper holds only this field, never the label and
// never a neighbouring field's words.
#include <string>

#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kHints[] = R"HTML(<!doctype html><html lang="en"><body><form>
<div class="field"><label for="s">What is your desired annual base salary? *</label>
  <input id="s" type="text"><div class="hint">US dollars, numbers only (e.g. 120000)</div></div>
<div class="mb-3"><div class="input-wrap"><label for="d">Start date</label><input id="d" type="text"></div>
  <small class="form-text">TT.MM.JJJJ</small></div>
<div class="field"><label for="a">City</label><input id="a" type="text"></div>
<div class="pair"><label for="b">Given name</label><input id="b"><label for="c">Family name</label><input id="c">
  <p>Both as in your passport</p></div>
<div class="field"><label for="e">E-mail</label><input id="e" type="email" aria-describedby="eh">
  <span id="eh">We never share it</span><span>Decoy text</span></div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(FieldHintTest, TextBesideABoxIsItsHint) {
  auto snapshot = applier::testing::ReadHtmlPage(kHints);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) all += "'" + field.label + "': '" + field.hint + "'\n";
  ASSERT_EQ(snapshot->fields.size(), 6u) << all;
  EXPECT_EQ(snapshot->fields[0].hint, "US dollars, numbers only (e.g. 120000)") << all;
  EXPECT_EQ(snapshot->fields[1].hint, "TT.MM.JJJJ") << all;
  EXPECT_EQ(snapshot->fields[2].hint, "") << all;  // its label is no hint
  EXPECT_EQ(snapshot->fields[3].hint, "") << all;  // the wrapper holds two fields
  EXPECT_EQ(snapshot->fields[4].hint, "") << all;
  EXPECT_EQ(snapshot->fields[5].hint, "We never share it") << all;
}

// A box that points at its hint by aria-describedby and draws its unit beside it,
// in its own row (Angular Material's matTextSuffix "k€", MUI's InputAdornment,
// Bootstrap's input-group-text): the unit is part of what the box takes; text
// under the box that the hint does not point at is not.
constexpr char kUnits[] =
    R"HTML(<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><form>
<div class="field"><label for="s">Prétentions salariales (brut annuel)</label>
  <div style="display:flex;align-items:center"><input id="s" type="text" aria-describedby="sh">
    <span class="suffix">k€</span></div>
  <div><span id="sh">En milliers d'euros, ex. 55</span></div><div>Note</div></div>
<div class="field"><label for="p">Part variable</label>
  <div style="display:flex"><span class="prefix">%</span><input id="p" type="text" aria-describedby="ph"></div>
  <span id="ph">De votre salaire fixe</span></div>
<button type="submit">Envoyer</button>
</form></body></html>)HTML";

TEST(FieldHintTest, AUnitDrawnBesideADescribedBoxIsPartOfItsHint) {
  auto snapshot = applier::testing::ReadHtmlPage(kUnits);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) all += "'" + field.label + "': '" + field.hint + "'\n";
  ASSERT_EQ(snapshot->fields.size(), 2u) << all;
  EXPECT_EQ(snapshot->fields[0].hint, "En milliers d'euros, ex. 55 | k€") << all;
  EXPECT_EQ(snapshot->fields[1].hint, "De votre salaire fixe | %") << all;
}

// Table-laid and gateway-question pages (ASP.NET WebForms, BrassRing's Talent
// Gateway, Taleo) write the hint in the label's own line, after the label, with
// the box in the next cell or line: that part of the line is the hint, the label
// and its star are not.
constexpr char kHintsBesideTheLabel[] = R"HTML(<!doctype html><html lang="en"><body><form>
<div class="q"><div class="qtext"><img alt="*" src="data:,"><label for="s">Expected annual salary</label>
  <span class="hint">Numbers only, e.g. 95000</span></div>
  <div><input id="s" name="salary" type="text"></div></div>
<table><tr><td><span>*</span> <label for="d">Date available to start</label> (mm/dd/yyyy)</td>
  <td><input id="d" name="start" type="text"></td></tr>
<tr><td><label for="c">City</label></td><td><input id="c" name="city" type="text"></td></tr></table>
<button type="submit">Next</button>
</form></body></html>)HTML";

TEST(FieldHintTest, TextAfterTheLabelInItsLineIsTheHint) {
  auto snapshot = applier::testing::ReadHtmlPage(kHintsBesideTheLabel);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) all += "'" + field.label + "': '" + field.hint + "'\n";
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  EXPECT_EQ(snapshot->fields[0].hint, "Numbers only, e.g. 95000") << all;
  EXPECT_EQ(snapshot->fields[1].hint, "(mm/dd/yyyy)") << all;
  EXPECT_EQ(snapshot->fields[2].hint, "") << all;
}

// A currency sign drawn in the box's row with no hint pointed at (Zoho Forms'
// Currency field puts "$" before its box, Bootstrap's input-group-text "€"): the
// sign says what the box takes; a sign in another field's row does not.
constexpr char kCurrencySigns[] =
    R"HTML(<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><form>
<div class="row"><label for="s">Desired salary</label>
  <div><span style="display:inline-flex;align-items:center"><span class="sym">$</span><input id="s" name="Currency1" type="text"></span></div></div>
<div class="row"><label for="b">Bonus target</label>
  <div style="display:flex"><input id="b" type="text"><span class="suffix">€</span></div></div>
<div class="row"><label for="c">City</label><div><input id="c" type="text"></div></div>
<button type="submit">Send</button>
</form></body></html>)HTML";

TEST(FieldHintTest, ACurrencySignInTheBoxsRowIsPartOfItsHint) {
  auto snapshot = applier::testing::ReadHtmlPage(kCurrencySigns);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::string all;
  for (const auto& field : snapshot->fields) all += "'" + field.label + "': '" + field.hint + "'\n";
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  EXPECT_EQ(snapshot->fields[0].hint, "$") << all;
  EXPECT_EQ(snapshot->fields[1].hint, "€") << all;
  EXPECT_EQ(snapshot->fields[2].hint, "") << all;
}

}  // namespace
}  // namespace applier::perception
