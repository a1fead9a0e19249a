#include "egress/url_check.h"

#include <boost/url/parse.hpp>
#include <cctype>

namespace applier::egress {

namespace {

// Long data: URLs would swamp the message; the start says enough.
std::string Shown(std::string_view url) {
  constexpr std::size_t kMax = 200;
  if (url.size() <= kMax) return std::string(url);
  return std::string(url.substr(0, kMax)) + "...";
}

// The scheme of `url` in lower case, or empty when it does not start with one.
// Read before full parsing so "data:text/html,<b>" (not a valid URI) is still
// refused for its scheme.
std::string SchemeOf(std::string_view url) {
  const auto colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  std::string scheme;
  for (char c : url.substr(0, colon)) {
    const bool ok = std::isalpha(static_cast<unsigned char>(c)) ||
                    (!scheme.empty() && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' ||
                                         c == '-' || c == '.'));
    if (!ok) return {};
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return scheme;
}

}  // namespace

Result<BrowseTarget> ParseBrowseUrl(std::string_view url) {
  auto refuse = [&](const std::string& why) {
    return Fail(ErrorKind::kInvalidInput, "refusing " + Shown(url) + ": " + why);
  };
  if (const std::string scheme = SchemeOf(url);
      !scheme.empty() && scheme != "http" && scheme != "https") {
    return refuse("only http and https URLs can be browsed");
  }
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return refuse("not an absolute URL (expected http://... or https://...)");
  BrowseTarget target;
  switch (parsed->scheme_id()) {
    case boost::urls::scheme::http: target.scheme = "http"; break;
    case boost::urls::scheme::https: target.scheme = "https"; break;
    default: return refuse("only http and https URLs can be browsed");
  }
  if (parsed->has_userinfo())
    return refuse("URLs with credentials (user:password@) are not allowed");
  if (parsed->host_type() == boost::urls::host_type::ipvfuture) {
    return refuse("unsupported IP address form");
  }
  // Decoded, as a browser reads it: "%31%32%37.0.0.1" is 127.0.0.1 to Chromium.
  const std::string host = parsed->host_address();
  if (host.empty()) return refuse("no host");
  if (auto literal = ParseIpLiteral(host)) {
    target.host = literal->to_string();
  } else {
    target.host = NormalizeHost(host);
    if (target.host.empty()) return refuse("no host");
  }
  target.explicit_port = parsed->has_port();
  if (target.explicit_port) {
    if (parsed->port().empty() || parsed->port_number() == 0) return refuse("bad port");
    target.port = parsed->port_number();
  } else {
    target.port = target.scheme == "https" ? 443 : 80;
  }
  return target;
}

boost::asio::awaitable<Status> CheckJobUrl(std::string url, AddressPolicy policy,
                                           std::shared_ptr<HostResolver> resolver) {
  auto target = ParseBrowseUrl(url);
  if (!target) co_return Fail(target.error());
  if (policy.HostAllowed(target->host, target->port)) co_return Status{};
  std::vector<boost::asio::ip::address> addresses;
  if (auto literal = ParseIpLiteral(target->host)) {
    addresses.push_back(*literal);
  } else {
    auto resolved = co_await resolver->Resolve(target->host);
    if (!resolved) {
      co_return Fail(resolved.error().kind,
                     "refusing " + Shown(url) + ": " + resolved.error().message);
    }
    addresses = std::move(*resolved);
  }
  // Every address counts: a name with one public and one private address would
  // otherwise reach the private one whenever the browser picks it.
  for (const auto& address : addresses) {
    auto allowed = policy.CheckConnect(target->host, target->port, address);
    if (!allowed) {
      co_return Fail(ErrorKind::kInvalidInput,
                     "refusing " + Shown(url) + ": " + allowed.error().message);
    }
  }
  co_return Status{};
}

}  // namespace applier::egress
