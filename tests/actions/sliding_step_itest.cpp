// FormActor on a question that slides into view (a conversational form's next
// question, Typeform-style: the block moves up with a CSS transform transition).
// The page is read while the block is still moving, as the session reads a step
// right after its Next; a point taken mid-flight is where another option (or
// nothing) will be by the time the click lands, so the choice is clicked once
// the block has come to rest.
#include <boost/asio/io_context.hpp>
#include <string>

#include "actions/form_actor.h"
#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "gtest/gtest.h"
#include "perception/page_reader.h"
#include "support/async.h"

namespace applier::actions {
namespace {

namespace asio = boost::asio;
using applier::testing::RunAsync;

constexpr char kSlidingQuestion[] = R"HTML(<!doctype html><html><head><style>
.block { position: absolute; left: 40px; top: 80px; width: 400px; transition: transform 1800ms linear; }
.block.below { transform: translateY(420px); }
.choice { height: 36px; border: 1px solid #555; margin: 6px 0; cursor: pointer; }
</style></head><body>
<div class="block below">
  <h1 id="t">Are you legally authorized to work in the United States?</h1>
  <div role="radiogroup" aria-labelledby="t">
    <div class="choice" role="radio" aria-checked="false" tabindex="0">Yes</div>
    <div class="choice" role="radio" aria-checked="false" tabindex="0">No</div>
  </div>
</div>
<script>
const block = document.querySelector('.block');
block.addEventListener('transitionend', () => { document.body.dataset.arrived = 'yes'; });
document.querySelectorAll('[role=radio]').forEach((radio) => radio.addEventListener('click', () => {
  document.querySelectorAll('[role=radio]').forEach((r) => r.setAttribute('aria-checked', r === radio ? 'true' : 'false'));
  document.body.dataset.answer = radio.textContent + (document.body.dataset.arrived ? '' : ' (clicked in flight)');
}));
requestAnimationFrame(() => requestAnimationFrame(() => block.classList.remove('below')));
</script></body></html>)HTML";

TEST(SlidingStepTest, AChoiceSlidingIntoViewIsClickedWhereItComesToRest) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto answer = RunAsync(io, [&]() -> asio::awaitable<Result<std::string>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kSlidingQuestion));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    if (snapshot->fields.empty()) co_return Fail(ErrorKind::kNotFound, "no question seen");
    planning::Answer yes;
    yes.text = "Yes";
    yes.option_value = "Yes";
    FormActor actor(**page);
    const auto& frame = snapshot->frames.front();
    auto filled = co_await actor.Fill(frame, snapshot->fields.front(), yes);
    if (!filled) co_return Fail(filled.error());
    auto chosen = co_await (*page)->Evaluate(frame, "document.body.dataset.answer || ''");
    if (!chosen) co_return Fail(chosen.error());
    co_return std::string(chosen->as_string());
  });
  (*browser)->Close();
  ASSERT_TRUE(answer) << answer.error().ToString();
  EXPECT_EQ(*answer, "Yes");
}

}  // namespace
}  // namespace applier::actions
