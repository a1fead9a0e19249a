// Test support: a page written as HTML, read the way the engine reads a site — a
// fresh headless Chromium, the page as a data: URL, one PageReader::Read — for
// tests of what perception makes of a piece of markup.
#pragma once

#include <boost/asio/io_context.hpp>
#include <string>
#include <string_view>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "core/base64.h"
#include "perception/page_reader.h"
#include "support/async.h"

namespace applier::testing {

inline Result<perception::PageSnapshot> ReadHtmlPage(std::string_view html) {
  namespace asio = boost::asio;
  asio::io_context io;
  auto browser = RunAsync(io, [&]() { return browser::Browser::Launch(io.get_executor(), {}); });
  if (!browser) return Fail(browser.error());
  auto snapshot = RunAsync(io, [&]() -> asio::awaitable<Result<perception::PageSnapshot>> {
    auto context = co_await (*browser)->NewContext();
    if (!context) co_return Fail(context.error());
    auto page = co_await (*context)->NewPage();
    if (!page) co_return Fail(page.error());
    auto loaded =
        co_await (*page)->Navigate("data:text/html;base64," + EncodeBase64(std::string(html)));
    if (!loaded) co_return Fail(loaded.error());
    co_return co_await perception::PageReader::Read(**page);
  });
  (*browser)->Close();
  return snapshot;
}

}  // namespace applier::testing
