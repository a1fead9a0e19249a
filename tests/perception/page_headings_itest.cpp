// A page's headings as the snapshot lists them: the h1–h3 of plain HTML and the
// headings an app framework draws as role=heading (Ext JS's panel titles, many
// design systems' card titles), in the order the page shows them. They name what
// a page is: a confirmation that says so only in a panel title is one.
#include "gtest/gtest.h"
#include "support/html_page.h"

namespace applier::perception {
namespace {

// Ext JS 6's panel header: the title is a div with role=heading, no h1 anywhere.
constexpr char kPanelTitledConfirmation[] = R"HTML(<!doctype html><html lang="pt-PT">
<meta charset="utf-8"><title>Portal de Recrutamento</title><body>
<div class="x-panel"><div class="x-panel-header"><div class="x-title" role="presentation">
  <div class="x-title-text" role="heading" aria-level="1">Candidatura submetida</div></div></div>
  <div class="x-panel-body"><div role="heading" aria-level="5">Ref.ª 2026/0417</div>
  <p>A sua candidatura foi registada. Receberá uma confirmação por correio eletrónico.</p>
  <h2>Outras ofertas</h2></div></div>
</body></html>)HTML";

TEST(PageHeadingsTest, AHeadingDrawnAsRoleHeadingIsOneAndNamesTheConfirmation) {
  auto snapshot = applier::testing::ReadHtmlPage(kPanelTitledConfirmation);
  ASSERT_TRUE(snapshot) << snapshot.error().ToString();
  ASSERT_EQ(snapshot->headings.size(), 2u);
  EXPECT_EQ(snapshot->headings[0], "Candidatura submetida");
  EXPECT_EQ(snapshot->headings[1], "Outras ofertas");  // a level-5 heading is no page heading
  EXPECT_EQ(snapshot->kind, PageKind::kConfirmation) << ToString(snapshot->kind);
}

}  // namespace
}  // namespace applier::perception
