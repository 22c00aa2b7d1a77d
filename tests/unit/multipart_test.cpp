#include <gtest/gtest.h>

#include <cstdint>

#include "platform/web/multipart.hpp"

namespace tsunagu::web {
namespace {

constexpr std::string_view kType = "multipart/form-data; boundary=----TsunaguBoundary7MA4YWxk";
const std::string kDash = "------TsunaguBoundary7MA4YWxk";

// One part as a browser sends it (CRLF line endings, delimiter before it).
std::string Field(std::string_view disposition, std::string_view data,
                  std::string_view content_type = "") {
  std::string s =
      kDash + "\r\nContent-Disposition: form-data; " + std::string(disposition) + "\r\n";
  if (!content_type.empty()) s += "Content-Type: " + std::string(content_type) + "\r\n";
  return s + "\r\n" + std::string(data) + "\r\n";
}
std::string Close() { return kDash + "--\r\n"; }

// PNG-like bytes: signature, NULs, CRLFs, a lone CR and LF, high bytes.
std::string BinaryBlob() {
  static constexpr char kBlob[] =
      "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\r\n\r\n\xff\xfe\0\r\x80\n";
  return std::string(kBlob, sizeof kBlob - 1);
}

bool operator==(const Part& a, const Part& b) {
  return a.name == b.name && a.filename == b.filename && a.content_type == b.content_type &&
         a.data == b.data;
}

TEST(Multipart, ParsesTextFieldsAndBinaryFile) {
  const std::string body =
      Field("name=\"title\"", "防災訓練のお知らせ") + Field("name=\"本文\"", "山口市\r\n湯田温泉") +
      Field("name=\"photo\"; filename=\"photo.png\"", BinaryBlob(), "image/png") + Close();
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_TRUE((*parts)[0] == (Part{"title", "", "", "防災訓練のお知らせ"}));
  EXPECT_TRUE((*parts)[1] == (Part{"本文", "", "", "山口市\r\n湯田温泉"}));
  EXPECT_TRUE((*parts)[2] == (Part{"photo", "photo.png", "image/png", BinaryBlob()}));
}

TEST(Multipart, LargeBinaryFileRoundTrips) {
  // Longer than GMime's 4 KiB read buffer; every byte value, many CRLFs.
  std::string blob;
  std::uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    blob += static_cast<char>(x >> 24);
    if (i % 97 == 0) blob += "\r\n";
    if (i % 1013 == 0) blob += std::string("\r\n--\0", 5);
  }
  const std::string body =
      Field("name=\"f\"; filename=\"a.bin\"", blob, "application/octet-stream") + Close();
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_EQ((*parts)[0].data.size(), blob.size());
  EXPECT_TRUE((*parts)[0].data == blob);
}

TEST(Multipart, DataEndingInLineBreaksKeepsThem) {
  const std::string body = Field("name=\"a\"", "x\r\n") + Field("name=\"b\"", "y\r") +
                           Field("name=\"c\"", "z\n") + Field("name=\"d\"", "") + Close();
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 4u);
  EXPECT_EQ((*parts)[0].data, "x\r\n");
  EXPECT_EQ((*parts)[1].data, "y\r");
  EXPECT_EQ((*parts)[2].data, "z\n");
  EXPECT_EQ((*parts)[3].data, "");
}

TEST(Multipart, CloseDelimiterWithoutTrailingCrlf) {
  // The CRLF after the close delimiter is optional (RFC 2046).
  const std::string body = Field("name=\"a\"", "abc") + kDash + "--";
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_EQ((*parts)[0].data, "abc");
}

TEST(Multipart, PreambleEpilogueAndQuotedBoundary) {
  const std::string body =
      "preamble\r\n--a b:c\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--a b:c--"
      "\r\nepilogue\r\n";
  auto parts = ParseMultipart("Multipart/Form-Data; boundary=\"a b:c\"", body);
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_EQ((*parts)[0].data, "1");
}

TEST(Multipart, JapaneseFilenames) {
  const std::string body =
      Field("name=\"raw\"; filename=\"避難所の写真.jpg\"", "1", "image/jpeg") +
      Field("name=\"rfc2231\"; filename*=UTF-8''%E5%86%99%E7%9C%9F.png", "2", "image/png") +
      Field("name=\"both\"; filename=\"x.png\"; filename*=UTF-8''%E5%86%99.png", "3") +
      Field("name=\"none\"; filename=\"\"", "", "application/octet-stream") + Close();
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 4u);
  EXPECT_EQ((*parts)[0].filename, "避難所の写真.jpg");
  EXPECT_EQ((*parts)[1].filename, "写真.png");
  EXPECT_EQ((*parts)[2].filename, "写.png");
  EXPECT_EQ((*parts)[3].filename, "");  // a file input left empty
  EXPECT_EQ((*parts)[3].content_type, "application/octet-stream");
}

TEST(Multipart, EmptyFormHasNoParts) {
  auto parts = ParseMultipart(kType, Close());
  ASSERT_TRUE(parts.has_value());
  EXPECT_TRUE(parts->empty());
}

TEST(Multipart, MissingBoundary) {
  const std::string body = Field("name=\"a\"", "1") + Close();
  EXPECT_FALSE(ParseMultipart("multipart/form-data", body).has_value());
  EXPECT_FALSE(ParseMultipart("multipart/form-data; boundary=other", body).has_value());
}

TEST(Multipart, NotFormData) {
  const std::string body = Field("name=\"a\"", "1") + Close();
  EXPECT_FALSE(ParseMultipart("multipart/mixed; boundary=----TsunaguBoundary7MA4YWxk", body));
  EXPECT_FALSE(ParseMultipart("application/x-www-form-urlencoded", "a=1"));
  EXPECT_FALSE(ParseMultipart("", body));
  // A header value may not carry extra header lines.
  EXPECT_FALSE(ParseMultipart(std::string(kType) + "\r\nX-Injected: 1", body));
}

TEST(Multipart, TruncatedBody) {
  const std::string full = Field("name=\"a\"", "1") + Field("name=\"b\"", "2") + Close();
  EXPECT_TRUE(ParseMultipart(kType, full).has_value());
  EXPECT_FALSE(ParseMultipart(kType, full.substr(0, full.size() - Close().size())));
  EXPECT_FALSE(ParseMultipart(kType, full.substr(0, full.size() - 4)));  // "--\r\n" cut off
  EXPECT_FALSE(ParseMultipart(kType, full.substr(0, 60)));
  EXPECT_FALSE(ParseMultipart(kType, ""));
}

TEST(Multipart, PartWithoutName) {
  EXPECT_FALSE(ParseMultipart(kType, Field("filename=\"a.png\"", "1") + Close()));
  EXPECT_FALSE(ParseMultipart(kType, Field("name=\"\"", "1") + Close()));
  EXPECT_FALSE(
      ParseMultipart(kType, kDash + "\r\nContent-Type: text/plain\r\n\r\n1\r\n" + Close()));
  EXPECT_FALSE(ParseMultipart(
      kType, kDash + "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n" + Close()));
}

TEST(Multipart, LegacyShiftJisNamesBecomeUtf8) {
  // "写真" in Shift_JIS, sent raw by an old client; bytes valid in neither become '?'.
  auto parts =
      ParseMultipart(kType, Field("name=\"\x8e\xca\"; filename=\"\x8e\xca\x90^.jpg\"", "1") +
                                Field("name=\"\xff\"", "2") + Close());
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "写");
  EXPECT_EQ((*parts)[0].filename, "写真.jpg");
  EXPECT_EQ((*parts)[1].name, "?");
}

TEST(Multipart, ConflictingHeadersAreRefused) {
  const std::string body = kDash +
                           "\r\nContent-Disposition: form-data; name=\"a\"\r\n"
                           "Content-Disposition: form-data; name=\"b\"\r\n\r\n1\r\n" +
                           Close();
  EXPECT_FALSE(ParseMultipart(kType, body));
  EXPECT_FALSE(ParseMultipart(kType, Field("name=\"a\"; name=\"b\"", "1") + Close()));
}

TEST(Multipart, NestedEntitiesAreRefused) {
  // GMime would parse these into objects instead of keeping their bytes.
  EXPECT_FALSE(ParseMultipart(
      kType,
      Field("name=\"f\"; filename=\"a.eml\"", "Subject: x\r\n\r\nhi", "message/rfc822") + Close()));
  EXPECT_FALSE(ParseMultipart(
      kType,
      Field("name=\"f\"", "--in\r\n\r\nx\r\n--in--", "multipart/mixed; boundary=in") + Close()));
}

TEST(Multipart, TooManyParts) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += Field("name=\"f" + std::to_string(i) + "\"", "x");
  body += Close();
  EXPECT_TRUE(ParseMultipart(kType, body, 5).has_value());
  EXPECT_FALSE(ParseMultipart(kType, body, 4).has_value());
}

}  // namespace
}  // namespace tsunagu::web
