// The check the server runs on a job URL before any browser sees it: only
// absolute http(s) URLs without credentials, whose host is allowlisted or
// resolves only to public addresses. The egress proxy repeats the address part
// for every request the browser makes; this check gives the user a clear 400
// up front instead of a browser error page later.
//
// Stateless functions; safe from any thread.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "egress/address_policy.h"
#include "egress/host_resolver.h"

namespace applier::egress {

struct BrowseTarget {
  std::string scheme;      // "http" or "https"
  std::string host;        // NormalizeHost()d; an IP literal in its canonical text
  std::uint16_t port = 0;  // explicit, or the scheme's default
  bool explicit_port = false;
};

// Syntax only, no DNS: kInvalidInput ("refusing file:///etc/passwd: only http and
// https URLs can be browsed") for anything that is not an absolute http(s) URL
// with a host, and for URLs with credentials (user:password@).
Result<BrowseTarget> ParseBrowseUrl(std::string_view url);

// ParseBrowseUrl, then the address policy: an allowlisted host name passes;
// otherwise every address the host resolves to (or the literal) must be allowed.
// kInvalidInput with a message that names the URL, the reason and the
// --allow-host flag that would allow it, e.g. "refusing http://10.0.0.5/: 10.0.0.5
// is a private address; pass --allow-host 10.0.0.5 to allow it". A name that
// does not resolve gives the resolver's error (kNotFound, kTimeout, kIo).
boost::asio::awaitable<Status> CheckJobUrl(std::string url, AddressPolicy policy,
                                           std::shared_ptr<HostResolver> resolver);

}  // namespace applier::egress
