// TokenService::Verify on hostile tokens. Random bytes almost never carry a valid
// signature, so half the inputs are signed here with the service's key: the
// first byte picks the mode, the rest is either the whole token or a header and a
// claims text (split at the first NUL) that get a correct HS256 signature, which
// takes the fuzzer past the signature into the claim checks.
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base64.h"
#include "server/token_service.h"

namespace {

const std::string kSecret = "fuzz-secret-fuzz-secret-fuzz-secret-0123456789";

std::string Base64Url(std::string_view bytes) {
  std::string text = applier::EncodeBase64(bytes);
  std::erase(text, '=');
  std::ranges::replace(text, '+', '-');
  std::ranges::replace(text, '/', '_');
  return text;
}

std::string Signed(std::string_view header, std::string_view claims) {
  std::string input = Base64Url(header) + "." + Base64Url(claims);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_size = 0;
  HMAC(EVP_sha256(), kSecret.data(), static_cast<int>(kSecret.size()),
       reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &mac_size);
  return input + "." + Base64Url(std::string_view(reinterpret_cast<const char*>(mac), mac_size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto service = applier::server::TokenService::Create(kSecret);
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    (void)service->Verify(rest);
    return 0;
  }
  const auto split = rest.find('\0');
  if (split == std::string_view::npos) {
    (void)service->Verify(Signed(R"({"alg":"HS256","typ":"JWT"})", rest));
  } else {
    (void)service->Verify(Signed(rest.substr(0, split), rest.substr(split + 1)));
  }
  return 0;
}
