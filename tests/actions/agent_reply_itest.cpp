// A control whose page-agent answer has a shape the engine does not expect: an
// <li role="textbox"> reports its DOM `value`, which for a list item is a number
// (its ordinal), not text. Filling it must end in a kProtocol error value that
// names the reply and the member, not in an exception out of the coroutine.
#include <boost/asio/io_context.hpp>

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

constexpr char kPage[] = R"HTML(<!doctype html><html><body>
<form style="padding:20px">
  <ol><li role="textbox" aria-label="Full name" style="width:200px;height:24px;border:1px solid #999"></li></ol>
  <button type="submit">Submit application</button>
</form></body></html>)HTML";

TEST(AgentReplyTest, AFieldWhoseValueIsNotTextFailsAsAProtocolError) {
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  ASSERT_TRUE(browser) << browser.error().ToString();
  auto filled = RunAsync(io, [&]() -> asio::awaitable<Result<FillResult>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded = co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(kPage));
    if (!loaded) co_return Fail(loaded.error());
    auto snapshot = co_await perception::PageReader::Read(**page);
    if (!snapshot) co_return Fail(snapshot.error());
    const perception::Field* name = nullptr;
    for (const auto& field : snapshot->fields) {
      if (field.label == "Full name") name = &field;
    }
    if (name == nullptr) co_return Fail(ErrorKind::kNotFound, "the list item was not read");
    planning::Answer answer;
    answer.text = "Jordan Rivera";
    FormActor actor(**page);
    co_return co_await actor.Fill(snapshot->frames.front(), *name, answer);
  });
  (*browser)->Close();
  ASSERT_FALSE(filled) << "filled with " << filled->value;
  EXPECT_EQ(filled.error().kind, ErrorKind::kProtocol) << filled.error().ToString();
  EXPECT_EQ(filled.error().message,
            "the page agent's reading of the field 'Full name' has value as a number, not a "
            "string");
}

}  // namespace
}  // namespace applier::actions
