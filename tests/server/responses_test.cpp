#include "server/responses.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace applier::server {
namespace {

namespace json = boost::json;

std::string Code(const HttpResponse& response) {
  return std::string(json::parse(response.body).at("error").as_string());
}

// The kind decides, not the wording: a full disk reported by a file write or
// wrapped by the caller ("cannot store ...: ...") is still 507.
TEST(ResponsesTest, AFullDiskIs507WhateverTheMessageSays) {
  const Error full{ErrorKind::kDiskFull, "cannot write /data/users/x/resume.pdf: No space left"};
  const HttpResponse internal = Internal(full);
  EXPECT_EQ(internal.status, 507);
  EXPECT_EQ(Code(internal), "no_space");
  EXPECT_NE(internal.body.find("disk is full"), std::string::npos) << internal.body;
  EXPECT_EQ(FromStore(full, "document").status, 507);
}

TEST(ResponsesTest, AnyOtherFailureIs500) {
  const Error io{ErrorKind::kIo, "the disk holding the data is full, or so it says"};
  EXPECT_EQ(Internal(io).status, 500);
  EXPECT_EQ(Code(Internal(io)), "internal");
  EXPECT_EQ(FromStore(Error{ErrorKind::kNotFound, ""}, "document").status, 404);
}

}  // namespace
}  // namespace applier::server
