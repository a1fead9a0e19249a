// AddressPolicy decides which addresses the server's browsers may connect to.
// Public unicast addresses are allowed; loopback, private, link-local, shared
// (CGNAT), multicast, broadcast, unspecified, documentation and other special
// ranges are refused, because a job URL or anything a job site loads must not
// become a way into the server's own network (SSRF).
//
// An operator lifts the refusal with allowlist entries (`--allow-host HOST[:PORT]`):
//   - a name entry ("jobs.internal", "localhost:8080") allows that host name, with
//     whatever it resolves to, on that port (any port when none is given);
//   - an IP entry ("10.0.0.5", "127.0.0.1:8080", "[::1]:3000") allows connecting to
//     that address on that port, whichever name led there.
//
// A value type: immutable after construction, so safe to share between threads.
#pragma once

#include <boost/asio/ip/address.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace applier::egress {

// One `--allow-host` entry.
struct AllowedHost {
  std::string host;  // lower-case name without a trailing dot, or an IP address's text
  std::optional<boost::asio::ip::address> address;  // set when `host` is an IP literal
  std::optional<std::uint16_t> port;                // empty: any port

  // "localhost:8080", "[::1]", "10.0.0.5"
  std::string ToString() const;
};

// Parses "HOST", "HOST:PORT", "1.2.3.4", "1.2.3.4:80", "::1", "[::1]" or "[::1]:80".
// kInvalidInput, naming the entry, for a URL, an empty host, a bad port or a host
// with characters no host name has.
Result<AllowedHost> ParseAllowedHost(std::string_view entry);

// Normalises a host name as URLs and the allowlist compare it: lower case, no
// trailing dot, brackets around an IPv6 literal removed.
std::string NormalizeHost(std::string_view host);

// When `host` is an IP literal in any form a browser accepts ("10.0.0.5",
// "[::1]", and the legacy IPv4 spellings "2130706433", "0x7f.1", "127.1"), that
// address. Browsers read those spellings as addresses, so the policy must too.
std::optional<boost::asio::ip::address> ParseIpLiteral(std::string_view host);

// Why `address` is never a destination for a public site ("loopback address",
// "private address", ...), or nullopt for a public unicast address. IPv4-mapped
// (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses are
// judged by the IPv4 address they carry.
std::optional<std::string> SpecialAddressReason(const boost::asio::ip::address& address);

class AddressPolicy {
 public:
  AddressPolicy() = default;  // nothing allowlisted
  explicit AddressPolicy(std::vector<AllowedHost> allowed);
  // From the operator's `--allow-host` values; the first bad entry is the error.
  static Result<AddressPolicy> FromAllowHostFlags(const std::vector<std::string>& entries);

  // Whether the host name itself is allowlisted for `port` (name entries only).
  bool HostAllowed(std::string_view host, std::uint16_t port) const;
  // Whether an IP entry allows `address` on `port`.
  bool AddressAllowed(const boost::asio::ip::address& address, std::uint16_t port) const;

  // Whether connecting to `address` for a request to `host`:`port` is allowed:
  // an allowlisted host, an allowlisted address or a public address. The error
  // (kInvalidInput) says why not, in words an operator can act on, e.g.
  // "10.0.0.5 is a private address; pass --allow-host 10.0.0.5 to allow it" or
  // "intranet.example resolves to 10.0.0.5, a private address; pass
  // --allow-host intranet.example to allow it".
  Status CheckConnect(std::string_view host, std::uint16_t port,
                      const boost::asio::ip::address& address) const;

  const std::vector<AllowedHost>& allowed() const { return allowed_; }

 private:
  std::vector<AllowedHost> allowed_;
};

}  // namespace applier::egress
