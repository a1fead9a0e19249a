// Which addresses the browsers may reach: every special-purpose range refused,
// public addresses allowed, IPv6 forms judged by the IPv4 address they carry,
// and the operator's --allow-host entries with and without a port.
#include "egress/address_policy.h"

#include "egress/scripted_resolver.h"
#include "gtest/gtest.h"

namespace applier::egress {
namespace {

using testing::Ip;

struct Case {
  const char* address;
  const char* reason;  // nullptr: allowed
};

void ExpectReasons(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    auto reason = SpecialAddressReason(Ip(c.address));
    if (c.reason == nullptr) {
      EXPECT_FALSE(reason.has_value()) << c.address << " refused as " << reason.value_or("");
    } else {
      ASSERT_TRUE(reason.has_value()) << c.address << " was allowed";
      EXPECT_EQ(*reason, c.reason) << c.address;
    }
  }
}

TEST(SpecialAddressReason, RefusesEverySpecialIpv4Range) {
  ExpectReasons({
      {"127.0.0.1", "loopback address"},
      {"127.255.255.254", "loopback address"},
      {"10.0.0.5", "private address"},
      {"10.255.255.255", "private address"},
      {"172.16.0.1", "private address"},
      {"172.31.255.255", "private address"},
      {"192.168.1.1", "private address"},
      {"169.254.169.254", "link-local address"},  // cloud metadata endpoints
      {"100.64.0.1", "shared (carrier-grade NAT) address"},
      {"100.127.255.255", "shared (carrier-grade NAT) address"},
      {"0.0.0.0", "\"this network\" address"},
      {"0.1.2.3", "\"this network\" address"},
      {"224.0.0.1", "multicast address"},
      {"239.255.255.250", "multicast address"},
      {"255.255.255.255", "broadcast address"},
      {"240.0.0.1", "reserved address"},
      {"192.0.2.10", "documentation address"},
      {"198.51.100.10", "documentation address"},
      {"203.0.113.10", "documentation address"},
      {"198.18.0.1", "benchmarking address"},
      {"192.0.0.8", "IETF protocol assignment address"},
  });
}

TEST(SpecialAddressReason, AllowsPublicIpv4AndTheEdgesJustOutsideEachRange) {
  ExpectReasons({
      {"8.8.8.8", nullptr},
      {"93.184.216.34", nullptr},
      {"1.0.0.0", nullptr},
      {"11.0.0.0", nullptr},
      {"9.255.255.255", nullptr},
      {"172.15.255.255", nullptr},
      {"172.32.0.0", nullptr},
      {"192.167.255.255", nullptr},
      {"192.169.0.0", nullptr},
      {"100.63.255.255", nullptr},
      {"100.128.0.0", nullptr},
      {"169.253.255.255", nullptr},
      {"126.255.255.255", nullptr},
      {"128.0.0.0", nullptr},
      {"223.255.255.255", nullptr},
  });
}

TEST(SpecialAddressReason, RefusesSpecialIpv6Ranges) {
  ExpectReasons({
      {"::1", "loopback address"},
      {"::", "unspecified address"},
      {"fc00::1", "private (unique local) address"},
      {"fd12:3456:789a::1", "private (unique local) address"},
      {"fe80::1", "link-local address"},
      {"febf:ffff::1", "link-local address"},
      {"fec0::1", "site-local address"},
      {"ff02::1", "multicast address"},
      {"2001:db8::1", "documentation address"},
      {"100::1", "discard-only address"},
      {"2001:0:4136:e378::1", "Teredo tunnel address"},
      {"::7f00:1", "IPv4-compatible address"},
  });
}

TEST(SpecialAddressReason, JudgesIpv6FormsByTheIpv4AddressTheyCarry) {
  ExpectReasons({
      {"::ffff:127.0.0.1", "loopback address (IPv4-mapped)"},
      {"::ffff:10.1.2.3", "private address (IPv4-mapped)"},
      {"::ffff:169.254.169.254", "link-local address (IPv4-mapped)"},
      {"::ffff:8.8.8.8", nullptr},
      {"64:ff9b::10.0.0.1", "private address (NAT64)"},
      {"64:ff9b::8.8.8.8", nullptr},
      {"2002:c0a8:0101::1", "private address (6to4)"},  // 192.168.1.1
      {"2002:0808:0808::1", nullptr},                   // 8.8.8.8
      {"2606:4700:4700::1111", nullptr},
      {"2a00:1450:4001:80b::200e", nullptr},
  });
}

TEST(ParseIpLiteral, ReadsTheLegacyIpv4SpellingsBrowsersAccept) {
  EXPECT_EQ(ParseIpLiteral("2130706433"), Ip("127.0.0.1"));
  EXPECT_EQ(ParseIpLiteral("0x7f.1"), Ip("127.0.0.1"));
  EXPECT_EQ(ParseIpLiteral("127.1"), Ip("127.0.0.1"));
  EXPECT_EQ(ParseIpLiteral("0177.0.0.1"), Ip("127.0.0.1"));
  EXPECT_EQ(ParseIpLiteral("012.0.0.5"), Ip("10.0.0.5"));
  EXPECT_EQ(ParseIpLiteral("[::1]"), Ip("::1"));
  EXPECT_EQ(ParseIpLiteral("fe80::1%eth0"), Ip("fe80::1"));
  EXPECT_EQ(ParseIpLiteral("example.com"), std::nullopt);
  EXPECT_EQ(ParseIpLiteral("cafe.bad"), std::nullopt);  // hex letters, but a name
  EXPECT_EQ(ParseIpLiteral(""), std::nullopt);
}

TEST(ParseAllowedHost, ReadsNamesAddressesAndPorts) {
  auto name = ParseAllowedHost("Jobs.Internal.:8080");
  ASSERT_TRUE(name) << name.error().ToString();
  EXPECT_EQ(name->host, "jobs.internal");
  EXPECT_FALSE(name->address.has_value());
  EXPECT_EQ(name->port, 8080);
  EXPECT_EQ(name->ToString(), "jobs.internal:8080");

  auto v4 = ParseAllowedHost("10.0.0.5");
  ASSERT_TRUE(v4);
  EXPECT_EQ(v4->address, Ip("10.0.0.5"));
  EXPECT_FALSE(v4->port.has_value());

  auto v6 = ParseAllowedHost("[::1]:3000");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->address, Ip("::1"));
  EXPECT_EQ(v6->port, 3000);
  EXPECT_EQ(v6->ToString(), "[::1]:3000");

  auto bare_v6 = ParseAllowedHost("fd00::5");
  ASSERT_TRUE(bare_v6);
  EXPECT_EQ(bare_v6->address, Ip("fd00::5"));
  EXPECT_FALSE(bare_v6->port.has_value());
}

TEST(ParseAllowedHost, RejectsWhatIsNotAHost) {
  for (const char* bad : {"", ":80", "http://10.0.0.5/", "10.0.0.5/24", "host:0", "host:65536",
                          "host:http", "[::1", "[::1]x", "a b", "fd00::zz"}) {
    auto parsed = ParseAllowedHost(bad);
    ASSERT_FALSE(parsed) << "'" << bad << "' was accepted";
    EXPECT_EQ(parsed.error().kind, ErrorKind::kInvalidInput);
    EXPECT_NE(parsed.error().message.find("--allow-host '" + std::string(bad) + "'"),
              std::string::npos)
        << parsed.error().message;
  }
}

TEST(AddressPolicy, RefusesWithAMessageThatSaysHowToAllow) {
  AddressPolicy policy;
  auto literal = policy.CheckConnect("10.0.0.5", 80, Ip("10.0.0.5"));
  ASSERT_FALSE(literal);
  EXPECT_EQ(literal.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(literal.error().message,
            "10.0.0.5 is a private address; pass --allow-host 10.0.0.5 to allow it");

  auto named = policy.CheckConnect("Intranet.Example", 8443, Ip("192.168.0.9"));
  ASSERT_FALSE(named);
  EXPECT_EQ(named.error().message,
            "intranet.example resolves to 192.168.0.9, a private address; "
            "pass --allow-host intranet.example:8443 to allow it");

  auto v6 = policy.CheckConnect("::1", 3000, Ip("::1"));
  ASSERT_FALSE(v6);
  EXPECT_EQ(v6.error().message,
            "::1 is a loopback address; pass --allow-host [::1]:3000 to allow it");

  EXPECT_TRUE(policy.CheckConnect("example.com", 443, Ip("93.184.216.34")));
}

TEST(AddressPolicy, AllowlistedNameWithPortAllowsOnlyThatPort) {
  auto policy = AddressPolicy::FromAllowHostFlags({"localhost:8080"});
  ASSERT_TRUE(policy);
  EXPECT_TRUE(policy->CheckConnect("localhost", 8080, Ip("127.0.0.1")));
  EXPECT_TRUE(policy->CheckConnect("LOCALHOST.", 8080, Ip("::1")));
  EXPECT_FALSE(policy->CheckConnect("localhost", 8081, Ip("127.0.0.1")));
  // The name entry does not open the address to other names.
  EXPECT_FALSE(policy->CheckConnect("127.0.0.1", 8080, Ip("127.0.0.1")));
  EXPECT_FALSE(policy->CheckConnect("evil.example", 8080, Ip("127.0.0.1")));
}

TEST(AddressPolicy, AllowlistedNameWithoutPortAllowsEveryPort) {
  auto policy = AddressPolicy::FromAllowHostFlags({"jobs.internal"});
  ASSERT_TRUE(policy);
  EXPECT_TRUE(policy->CheckConnect("jobs.internal", 80, Ip("10.1.1.1")));
  EXPECT_TRUE(policy->CheckConnect("jobs.internal", 9999, Ip("10.1.1.1")));
  EXPECT_FALSE(policy->CheckConnect("other.internal", 80, Ip("10.1.1.1")));
}

TEST(AddressPolicy, AllowlistedAddressAllowsItUnderAnyNameOnItsPort) {
  auto policy = AddressPolicy::FromAllowHostFlags({"127.0.0.1:8080", "[fd00::5]", "10.0.0.5"});
  ASSERT_TRUE(policy) << policy.error().ToString();
  EXPECT_TRUE(policy->CheckConnect("127.0.0.1", 8080, Ip("127.0.0.1")));
  EXPECT_TRUE(policy->CheckConnect("site.test", 8080, Ip("127.0.0.1")));
  EXPECT_TRUE(policy->CheckConnect("::ffff:127.0.0.1", 8080, Ip("::ffff:127.0.0.1")));
  EXPECT_FALSE(policy->CheckConnect("127.0.0.1", 8081, Ip("127.0.0.1")));
  EXPECT_FALSE(policy->CheckConnect("127.0.0.2", 8080, Ip("127.0.0.2")));
  EXPECT_TRUE(policy->CheckConnect("fd00::5", 1, Ip("fd00::5")));
  EXPECT_TRUE(policy->CheckConnect("10.0.0.5", 22, Ip("10.0.0.5")));
  EXPECT_FALSE(policy->CheckConnect("10.0.0.6", 22, Ip("10.0.0.6")));
}

TEST(AddressPolicy, FirstBadFlagIsTheError) {
  auto policy = AddressPolicy::FromAllowHostFlags({"ok.example", "http://bad/", "also bad"});
  ASSERT_FALSE(policy);
  EXPECT_EQ(policy.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(policy.error().message.find("'http://bad/'"), std::string::npos);
}

}  // namespace
}  // namespace applier::egress
