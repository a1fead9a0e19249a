#include "egress/address_policy.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace applier::egress {

namespace ip = boost::asio::ip;

namespace {

struct V4Range {
  std::uint32_t network;
  int prefix;
  const char* reason;
};

constexpr std::uint32_t V4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
  return (std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) | d;
}

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and successors), plus
// multicast and the reserved class E block. Order matters only where ranges
// nest: the broadcast address is named before the class E block holding it.
constexpr std::array<V4Range, 16> kV4Special{{
    {V4(0, 0, 0, 0), 8, "\"this network\" address"},
    {V4(10, 0, 0, 0), 8, "private address"},
    {V4(100, 64, 0, 0), 10, "shared (carrier-grade NAT) address"},
    {V4(127, 0, 0, 0), 8, "loopback address"},
    {V4(169, 254, 0, 0), 16, "link-local address"},
    {V4(172, 16, 0, 0), 12, "private address"},
    {V4(192, 0, 0, 0), 24, "IETF protocol assignment address"},
    {V4(192, 0, 2, 0), 24, "documentation address"},
    {V4(192, 88, 99, 0), 24, "6to4 relay anycast address"},
    {V4(192, 168, 0, 0), 16, "private address"},
    {V4(198, 18, 0, 0), 15, "benchmarking address"},
    {V4(198, 51, 100, 0), 24, "documentation address"},
    {V4(203, 0, 113, 0), 24, "documentation address"},
    {V4(224, 0, 0, 0), 4, "multicast address"},
    {V4(255, 255, 255, 255), 32, "broadcast address"},
    {V4(240, 0, 0, 0), 4, "reserved address"},
}};

std::optional<std::string> V4Reason(std::uint32_t value) {
  for (const V4Range& range : kV4Special) {
    const std::uint32_t mask = range.prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - range.prefix);
    if ((value & mask) == range.network) return range.reason;
  }
  return std::nullopt;
}

std::uint32_t V4At(const ip::address_v6::bytes_type& bytes, std::size_t offset) {
  return (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
         (std::uint32_t{bytes[offset + 2]} << 8) | bytes[offset + 3];
}

bool HasPrefix(const ip::address_v6::bytes_type& bytes, std::initializer_list<std::uint8_t> prefix,
               int bits) {
  std::size_t i = 0;
  for (std::uint8_t expected : prefix) {
    const int remaining = bits - static_cast<int>(i) * 8;
    if (remaining <= 0) break;
    const std::uint8_t mask =
        remaining >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - remaining));
    if ((bytes[i] & mask) != (expected & mask)) return false;
    ++i;
  }
  return true;
}

std::optional<std::string> V6Reason(const ip::address_v6& address) {
  const auto bytes = address.to_bytes();
  if (address.is_unspecified()) return "unspecified address";
  if (address.is_loopback()) return "loopback address";
  if (address.is_v4_mapped()) {
    if (auto reason = V4Reason(V4At(bytes, 12))) return *reason + " (IPv4-mapped)";
    return std::nullopt;
  }
  // NAT64 well-known prefix: a NAT64 gateway would connect to the IPv4 address
  // in the last four bytes.
  if (HasPrefix(bytes, {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, 96)) {
    if (auto reason = V4Reason(V4At(bytes, 12))) return *reason + " (NAT64)";
    return std::nullopt;
  }
  // 6to4 carries the IPv4 address of its gateway in bytes 2..5.
  if (HasPrefix(bytes, {0x20, 0x02}, 16)) {
    if (auto reason = V4Reason(V4At(bytes, 2))) return *reason + " (6to4)";
    return std::nullopt;
  }
  // Deprecated IPv4-compatible addresses (::a.b.c.d) and the rest of ::/96.
  if (HasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 96)) {
    return "IPv4-compatible address";
  }
  if (HasPrefix(bytes, {0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}, 48)) return "local NAT64 address";
  if (HasPrefix(bytes, {0x01, 0x00, 0, 0, 0, 0, 0, 0}, 64)) return "discard-only address";
  if (HasPrefix(bytes, {0x20, 0x01, 0x00, 0x00}, 32)) return "Teredo tunnel address";
  if (HasPrefix(bytes, {0x20, 0x01, 0x00}, 23)) return "IETF protocol assignment address";
  if (HasPrefix(bytes, {0x20, 0x01, 0x0d, 0xb8}, 32)) return "documentation address";
  if (HasPrefix(bytes, {0x3f, 0xff}, 20)) return "documentation address";
  if (HasPrefix(bytes, {0xfc}, 7)) return "private (unique local) address";
  if (HasPrefix(bytes, {0xfe, 0x80}, 10)) return "link-local address";
  if (HasPrefix(bytes, {0xfe, 0xc0}, 10)) return "site-local address";
  if (HasPrefix(bytes, {0xff}, 8)) return "multicast address";
  return std::nullopt;
}

bool IsHostNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

// The `--allow-host` value to suggest: the port only when it is not the scheme's
// usual one, so the suggestion is as narrow as the request was.
std::string Suggestion(std::string_view host, std::uint16_t port) {
  std::string shown(host);
  if (shown.find(':') != std::string::npos) shown = "[" + shown + "]";
  if (port != 80 && port != 443) shown += ":" + std::to_string(port);
  return "pass --allow-host " + shown + " to allow it";
}

}  // namespace

std::string AllowedHost::ToString() const {
  std::string text = address && address->is_v6() ? "[" + host + "]" : host;
  if (port) text += ":" + std::to_string(*port);
  return text;
}

std::string NormalizeHost(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  std::string normalized(host);
  std::transform(normalized.begin(), normalized.end(), normalized.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return normalized;
}

std::optional<ip::address> ParseIpLiteral(std::string_view host) {
  const std::string normalized = NormalizeHost(host);
  if (normalized.empty()) return std::nullopt;
  boost::system::error_code ec;
  auto address = ip::make_address(normalized, ec);
  if (!ec) {
    // A zone ("fe80::1%eth0") only narrows a link-local address; the policy
    // judges the address itself.
    if (address.is_v6()) {
      auto v6 = address.to_v6();
      v6.scope_id(0);
      return ip::address(v6);
    }
    return address;
  }
  // inet_aton reads the same legacy spellings (decimal, octal, hex, fewer than
  // four parts) as the WHATWG URL parser Chromium uses. It tolerates trailing
  // text after whitespace, which no host contains.
  if (normalized.find_first_not_of("0123456789abcdefx.") != std::string::npos) return std::nullopt;
  in_addr parsed{};
  if (inet_aton(normalized.c_str(), &parsed) == 0) return std::nullopt;
  return ip::address(ip::address_v4(ntohl(parsed.s_addr)));
}

std::optional<std::string> SpecialAddressReason(const ip::address& address) {
  if (address.is_v4()) return V4Reason(address.to_v4().to_uint());
  return V6Reason(address.to_v6());
}

Result<AllowedHost> ParseAllowedHost(std::string_view entry) {
  const std::string quoted = "'" + std::string(entry) + "'";
  auto bad = [&](const std::string& why) {
    return Fail(ErrorKind::kInvalidInput,
                "--allow-host " + quoted + ": " + why + " (expected HOST or HOST:PORT)");
  };
  if (entry.find("://") != std::string_view::npos || entry.find('/') != std::string_view::npos) {
    return bad("give a host, not a URL");
  }
  std::string_view host = entry;
  std::optional<std::string_view> port_text;
  if (!entry.empty() && entry.front() == '[') {
    const auto close = entry.find(']');
    if (close == std::string_view::npos) return bad("unclosed '['");
    host = entry.substr(1, close - 1);
    std::string_view rest = entry.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return bad("unexpected text after ']'");
      port_text = rest.substr(1);
    }
  } else if (std::count(entry.begin(), entry.end(), ':') == 1) {
    const auto colon = entry.find(':');
    host = entry.substr(0, colon);
    port_text = entry.substr(colon + 1);
  }
  AllowedHost allowed;
  if (port_text) {
    unsigned value = 0;
    auto [end, ec] =
        std::from_chars(port_text->data(), port_text->data() + port_text->size(), value);
    if (ec != std::errc() || end != port_text->data() + port_text->size() || value == 0 ||
        value > 65535) {
      return bad("port must be a number from 1 to 65535");
    }
    allowed.port = static_cast<std::uint16_t>(value);
  }
  if (host.empty()) return bad("empty host");
  allowed.address = ParseIpLiteral(host);
  if (allowed.address) {
    allowed.host = allowed.address->to_string();
    return allowed;
  }
  if (host.find(':') != std::string_view::npos) return bad("not an IPv6 address");
  if (!std::all_of(host.begin(), host.end(), IsHostNameChar)) {
    return bad("a host name has only letters, digits, '-', '_' and '.'");
  }
  allowed.host = NormalizeHost(host);
  if (allowed.host.empty()) return bad("empty host");
  return allowed;
}

AddressPolicy::AddressPolicy(std::vector<AllowedHost> allowed) : allowed_(std::move(allowed)) {}

Result<AddressPolicy> AddressPolicy::FromAllowHostFlags(const std::vector<std::string>& entries) {
  std::vector<AllowedHost> allowed;
  for (const std::string& entry : entries) {
    auto parsed = ParseAllowedHost(entry);
    if (!parsed) return Fail(parsed.error());
    allowed.push_back(std::move(*parsed));
  }
  return AddressPolicy(std::move(allowed));
}

bool AddressPolicy::HostAllowed(std::string_view host, std::uint16_t port) const {
  const std::string normalized = NormalizeHost(host);
  return std::any_of(allowed_.begin(), allowed_.end(), [&](const AllowedHost& entry) {
    return !entry.address && entry.host == normalized && (!entry.port || *entry.port == port);
  });
}

bool AddressPolicy::AddressAllowed(const ip::address& address, std::uint16_t port) const {
  // An IPv4-mapped address reaches the same host as its IPv4 form.
  auto canonical = [](const ip::address& a) -> ip::address {
    if (a.is_v6() && a.to_v6().is_v4_mapped()) {
      return ip::make_address_v4(ip::v4_mapped, a.to_v6());
    }
    return a;
  };
  const ip::address wanted = canonical(address);
  return std::any_of(allowed_.begin(), allowed_.end(), [&](const AllowedHost& entry) {
    return entry.address && canonical(*entry.address) == wanted &&
           (!entry.port || *entry.port == port);
  });
}

Status AddressPolicy::CheckConnect(std::string_view host, std::uint16_t port,
                                   const ip::address& address) const {
  if (HostAllowed(host, port) || AddressAllowed(address, port)) return Status{};
  auto reason = SpecialAddressReason(address);
  if (!reason) return Status{};
  if (ParseIpLiteral(host)) {
    return Fail(ErrorKind::kInvalidInput, address.to_string() + " is a " + *reason + "; " +
                                              Suggestion(address.to_string(), port));
  }
  const std::string name = NormalizeHost(host);
  return Fail(ErrorKind::kInvalidInput, name + " resolves to " + address.to_string() + ", a " +
                                            *reason + "; " + Suggestion(name, port));
}

}  // namespace applier::egress
