#include "server/stored_files.h"

#include <gtest/gtest.h>

#include "support/process.h"

namespace applier::server {
namespace {

TEST(StoredFilesTest, WriteFileReplacesTheContents) {
  testing::TempDir dir;
  const auto path = dir.path() / "resume.pdf";
  ASSERT_TRUE(WriteFile(path, "a longer first version"));
  ASSERT_TRUE(WriteFile(path, "second"));
  EXPECT_EQ(ReadFile(path), "second");
}

// /dev/full refuses every write with ENOSPC, as a full disk does. A small file
// is the case an ofstream got wrong: buffered, its failure surfaced nowhere.
TEST(StoredFilesTest, AFullDiskIsKDiskFullEvenForASmallFile) {
  auto written = WriteFile("/dev/full", "tiny");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().kind, ErrorKind::kDiskFull) << written.error().ToString();
  EXPECT_NE(written.error().message.find("/dev/full"), std::string::npos);
}

TEST(StoredFilesTest, AMissingFolderIsAnIoError) {
  testing::TempDir dir;
  auto written = WriteFile(dir.path() / "no" / "such" / "file", "x");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().kind, ErrorKind::kIo);
}

}  // namespace
}  // namespace applier::server
