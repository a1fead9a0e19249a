// glints-aries' Select (Glints' public React design system, src/@next/Select) draws
// its label as a plain <span>, its activator as a <button> (or, searchable, a text
// input) that a Polaris popover marks only with aria-expanded, and renders the
// option list into a portal only while open; the form keeps the choice in an
// <input type="hidden"> beside the activator. PageReader must read each as a
// combobox named by the text above it (not by its placeholder), empty until the
// store holds a choice, sending under the store's name; and a phone box's
// country-code button beside a <label for> of the number box is not that label's.
#include <map>
#include <string>

#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

constexpr char kPopoverSelects[] = R"HTML(<!doctype html><html lang="id"><body><form>
<div class="field"><span class="label">Jenjang Pendidikan Terakhir*</span>
  <div class="select"><button type="button" aria-expanded="false"><span>Pilih jenjang</span></button>
    <input type="hidden" name="education_level" value=""></div></div>
<div class="field"><span class="label">Total Pengalaman Kerja*</span>
  <div class="select"><button type="button" aria-expanded="false"><span>6-10 tahun</span></button>
    <input type="hidden" name="total_experience" value="6-10"></div></div>
<div class="field"><label for="phone">Nomor HP/WhatsApp*</label>
  <div class="phone"><div class="select"><button type="button" aria-expanded="false">+62</button>
    <input type="hidden" name="phone_code" value="+62"></div>
    <input id="phone" name="phone" type="tel"></div></div>
<div class="field"><span class="label">Domisili Saat Ini*</span>
  <div class="searchable"><input type="text" placeholder="Ketik nama kota" aria-expanded="false">
    <input type="hidden" name="domicile" value=""></div></div>
<div class="field"><span class="label">Provinsi</span>
  <div class="select"><button type="button" role="combobox" aria-expanded="false">Pilih provinsi</button>
    <input type="hidden" name="province" value=""></div></div>
<div class="field"><span class="label">Bagian</span>
  <button type="button" aria-expanded="false">Tampilkan detail</button></div>
</form></body></html>)HTML";

TEST(PopoverSelectTest, AButtonOrSearchBoxWithAHiddenStoreIsACombobox) {
  auto snapshot = applier::testing::ReadHtmlPage(kPopoverSelects);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, Field> by_name;
  for (const auto& field : snapshot->fields) by_name[field.name] = field;

  ASSERT_TRUE(by_name.contains("education_level"));
  EXPECT_EQ(by_name["education_level"].kind, ControlKind::kCombobox);
  EXPECT_EQ(by_name["education_level"].label, "Jenjang Pendidikan Terakhir");
  // The button's placeholder is no choice; a store holding one shows it.
  EXPECT_EQ(by_name["education_level"].value, "");
  EXPECT_EQ(by_name["total_experience"].value, "6-10 tahun");

  // The number box's <label for> does not name the code button beside it.
  ASSERT_TRUE(by_name.contains("phone_code"));
  EXPECT_EQ(by_name["phone_code"].kind, ControlKind::kCombobox);
  EXPECT_EQ(by_name["phone_code"].label, "");
  EXPECT_EQ(by_name["phone_code"].value, "+62");
  EXPECT_EQ(by_name["phone"].label, "Nomor HP/WhatsApp");

  // The search box is named by the text above it, not by its placeholder.
  ASSERT_TRUE(by_name.contains("domicile"));
  EXPECT_EQ(by_name["domicile"].kind, ControlKind::kCombobox);
  EXPECT_EQ(by_name["domicile"].label, "Domisili Saat Ini");

  // A button with a combobox role of its own is one field, not two.
  int provinces = 0;
  for (const auto& field : snapshot->fields) provinces += field.label == "Provinsi" ? 1 : 0;
  EXPECT_EQ(provinces, 1);

  // A disclosure button with no store beside it is no field.
  for (const auto& field : snapshot->fields) EXPECT_NE(field.label, "Bagian");
}

// A Popover trigger that a form label names by its id is a date picker only when
// it is about a date (shadcn/ui's DatePicker: "Pick a date" under "Earliest start
// date", or the date it shows once chosen); a labelled button that opens another
// dialog ("Personal data": the privacy terms; "Place of birth": a city) is no
// field, and a cmdk combobox's trigger (role=combobox) stays a combobox.
constexpr char kDialogButtons[] = R"HTML(<!doctype html><html lang="en"><body><form>
<div><label for="s">Earliest start date</label>
  <button type="button" id="s" aria-haspopup="dialog" aria-expanded="false"><span>Pick a date</span></button></div>
<div><label for="b">Born on</label>
  <button type="button" id="b" aria-haspopup="dialog" aria-expanded="false"><span>March 4th, 1990</span></button></div>
<div><label for="p">Personal data</label>
  <button type="button" id="p" aria-haspopup="dialog" aria-expanded="false">Read how we use it</button></div>
<div><label for="c">Country of birth</label>
  <button type="button" role="combobox" id="c" aria-haspopup="dialog" aria-expanded="false">Select a country</button></div>
<div><label for="l">Place of birth</label>
  <button type="button" id="l" aria-haspopup="dialog" aria-expanded="false">Choose a city</button></div>
<button type="button" aria-haspopup="dialog">Pick a date</button>
</form></body></html>)HTML";

TEST(PopoverSelectTest, ALabelledDialogButtonAboutADateIsADateField) {
  auto snapshot = applier::testing::ReadHtmlPage(kDialogButtons);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  std::map<std::string, std::pair<ControlKind, std::string>> by_label;
  std::string all;
  for (const auto& field : snapshot->fields) {
    by_label[field.label] = {field.kind, field.value};
    all += field.label + "\n";
  }
  ASSERT_EQ(snapshot->fields.size(), 3u) << all;
  EXPECT_EQ(by_label["Country of birth"].first, ControlKind::kCombobox);
  EXPECT_EQ(by_label["Earliest start date"], std::make_pair(ControlKind::kDate, std::string()));
  EXPECT_EQ(by_label["Born on"],
            std::make_pair(ControlKind::kDate, std::string("March 4th, 1990")));
}

}  // namespace
}  // namespace applier::perception
