#include <gtest/gtest.h>
#include <vips/vips.h>

#include <cstdint>
#include <memory>

#include "platform/images.hpp"

namespace tsunagu::images {
namespace {

struct Unref {
  void operator()(gpointer p) const { g_object_unref(p); }
};
using ImagePtr = std::unique_ptr<VipsImage, Unref>;

class Images : public ::testing::Test {
 protected:
  void SetUp() override { Init("images_test"); }
};

// w x h sRGB, left half white, right half black.
ImagePtr HalfWhite(int w, int h) {
  VipsImage* black = nullptr;
  EXPECT_EQ(vips_black(&black, w, h, "bands", 3, nullptr), 0);
  ImagePtr img(vips_image_copy_memory(black));
  g_object_unref(black);
  double white[] = {255, 255, 255};
  EXPECT_EQ(vips_draw_rect(img.get(), white, 3, 0, 0, w / 2, h, "fill", TRUE, nullptr), 0);
  return img;
}

// Detailed content, so that a truncated file is missing real data.
ImagePtr Noise(int w, int h) {
  VipsImage* noise = nullptr;
  EXPECT_EQ(vips_gaussnoise(&noise, w, h, "sigma", 60.0, nullptr), 0);
  VipsImage* uchar = nullptr;
  EXPECT_EQ(vips_cast_uchar(noise, &uchar, nullptr), 0);
  g_object_unref(noise);
  VipsImage* rgb = nullptr;
  EXPECT_EQ(vips_bandjoin_const1(uchar, &rgb, 128, nullptr), 0);  // 2 bands
  g_object_unref(uchar);
  VipsImage* rgb3 = nullptr;
  EXPECT_EQ(vips_bandjoin_const1(rgb, &rgb3, 64, nullptr), 0);
  g_object_unref(rgb);
  vips_image_set_int(rgb3, "interpretation", VIPS_INTERPRETATION_sRGB);
  return ImagePtr(rgb3);
}

// Personal metadata a phone camera writes: GPS position, description, XMP, a PNG comment.
void AddMetadata(VipsImage* img) {
  vips_image_set_string(img, "exif-ifd0-ImageDescription", "Yamaguchi secret");
  vips_image_set_string(img, "exif-ifd3-GPSLatitudeRef", "N");
  vips_image_set_string(img, "exif-ifd3-GPSLatitude", "34/1 10/1 42/1");
  vips_image_set_string(img, "exif-ifd3-GPSLongitudeRef", "E");
  vips_image_set_string(img, "exif-ifd3-GPSLongitude", "131/1 28/1 24/1");
  static constexpr char kXmp[] =
      "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
      "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/></x:xmpmeta>";
  vips_image_set_blob_copy(img, "xmp-data", kXmp, sizeof kXmp - 1);
  vips_image_set_string(img, "png-comment-0-Comment", "Yamaguchi secret");
}

std::string Bytes(void* buf, std::size_t len) {
  std::string s(static_cast<const char*>(buf), len);
  g_free(buf);
  return s;
}

std::string Jpeg(VipsImage* img) {
  void* buf = nullptr;
  std::size_t len = 0;
  EXPECT_EQ(vips_jpegsave_buffer(img, &buf, &len, nullptr), 0);
  return Bytes(buf, len);
}
std::string Png(VipsImage* img, int compression = 6) {
  void* buf = nullptr;
  std::size_t len = 0;
  EXPECT_EQ(vips_pngsave_buffer(img, &buf, &len, "compression", compression, nullptr), 0);
  return Bytes(buf, len);
}
std::string Webp(VipsImage* img) {
  void* buf = nullptr;
  std::size_t len = 0;
  EXPECT_EQ(vips_webpsave_buffer(img, &buf, &len, nullptr), 0);
  return Bytes(buf, len);
}

// Lazy: bytes must outlive the image.
ImagePtr Load(const std::string& bytes) {
  return ImagePtr(vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr));
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

double Pixel(VipsImage* img, int x, int y) {
  double* values = nullptr;
  int n = 0;
  EXPECT_EQ(vips_getpoint(img, &values, &n, x, y, nullptr), 0);
  const double v = n > 0 ? values[0] : -1;
  g_free(values);
  return v;
}

// Checks that the output carries no metadata at all.
void ExpectNoMetadata(const Image& image) {
  ImagePtr back = Load(image.bytes);
  ASSERT_TRUE(back);
  EXPECT_EQ(vips_image_get_typeof(back.get(), "exif-data"), 0u);
  EXPECT_EQ(vips_image_get_typeof(back.get(), "xmp-data"), 0u);
  EXPECT_EQ(vips_image_get_typeof(back.get(), "iptc-data"), 0u);
  EXPECT_EQ(vips_image_get_typeof(back.get(), "icc-profile-data"), 0u);
  EXPECT_EQ(vips_image_get_typeof(back.get(), "png-comment-0-Comment"), 0u);
  EXPECT_FALSE(Contains(image.bytes, "Exif"));
  EXPECT_FALSE(Contains(image.bytes, "eXIf"));
  EXPECT_FALSE(Contains(image.bytes, "Yamaguchi"));
  EXPECT_FALSE(Contains(image.bytes, "adobe:ns:meta"));
}

std::uint32_t Crc32(std::string_view data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}
void PutBigEndian32(std::string& s, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>(v >> (24 - 8 * i));
}

TEST_F(Images, JpegLosesExifGpsAndIsTurnedUpright) {
  ImagePtr img = HalfWhite(64, 48);
  AddMetadata(img.get());
  vips_image_set_int(img.get(), "orientation", 6);  // display turned 90° clockwise
  const std::string jpeg = Jpeg(img.get());
  ASSERT_TRUE(Contains(jpeg, "Exif"));  // the test input does carry it
  ImagePtr in = Load(jpeg);
  ASSERT_NE(vips_image_get_typeof(in.get(), "exif-ifd3-GPSLatitude"), 0u);
  ASSERT_NE(vips_image_get_typeof(in.get(), "xmp-data"), 0u);

  Accepted a = Accept(jpeg, 1 << 20);
  ASSERT_TRUE(a.image.has_value());
  EXPECT_FALSE(a.rejection.has_value());
  EXPECT_EQ(a.image->mime, "image/jpeg");
  EXPECT_EQ(a.image->ext, "jpg");
  EXPECT_EQ(a.image->width, 48);
  EXPECT_EQ(a.image->height, 64);
  ExpectNoMetadata(*a.image);
  ImagePtr out = Load(a.image->bytes);
  EXPECT_EQ(vips_image_get_typeof(out.get(), "orientation"), 0u);
  // The white left half is now on top.
  EXPECT_GT(Pixel(out.get(), 24, 8), 200);
  EXPECT_LT(Pixel(out.get(), 24, 56), 50);
}

TEST_F(Images, PngLosesMetadata) {
  // The PNG saver writes EXIF only from an "exif-data" block: take the one of a JPEG.
  ImagePtr img = HalfWhite(30, 20);
  AddMetadata(img.get());
  const std::string jpeg = Jpeg(img.get());
  ImagePtr with_exif = Load(jpeg);
  const std::string png = Png(with_exif.get());
  ImagePtr in = Load(png);
  ASSERT_NE(vips_image_get_typeof(in.get(), "exif-ifd3-GPSLatitude"), 0u);
  ASSERT_NE(vips_image_get_typeof(in.get(), "xmp-data"), 0u);
  ASSERT_TRUE(Contains(png, "Yamaguchi"));
  Accepted a = Accept(png, 1 << 20);
  ASSERT_TRUE(a.image.has_value());
  EXPECT_EQ(a.image->mime, "image/png");
  EXPECT_EQ(a.image->ext, "png");
  EXPECT_EQ(a.image->width, 30);
  EXPECT_EQ(a.image->height, 20);
  ExpectNoMetadata(*a.image);
  // Lossless: the pixels are the same.
  ImagePtr out = Load(a.image->bytes);
  EXPECT_EQ(Pixel(out.get(), 0, 0), 255);
  EXPECT_EQ(Pixel(out.get(), 29, 19), 0);
}

TEST_F(Images, WebpLosesMetadata) {
  ImagePtr img = HalfWhite(40, 24);
  AddMetadata(img.get());
  const std::string webp = Webp(img.get());
  ASSERT_TRUE(Contains(webp, "Exif"));
  Accepted a = Accept(webp, 1 << 20);
  ASSERT_TRUE(a.image.has_value());
  EXPECT_EQ(a.image->mime, "image/webp");
  EXPECT_EQ(a.image->ext, "webp");
  EXPECT_EQ(a.image->width, 40);
  EXPECT_EQ(a.image->height, 24);
  ExpectNoMetadata(*a.image);
}

TEST_F(Images, CmykJpegBecomesSrgb) {
  ImagePtr img = HalfWhite(16, 16);
  VipsImage* cmyk = nullptr;
  ASSERT_EQ(vips_colourspace(img.get(), &cmyk, VIPS_INTERPRETATION_CMYK, nullptr), 0);
  ImagePtr cmyk_img(cmyk);
  const std::string jpeg = Jpeg(cmyk_img.get());
  ASSERT_EQ(vips_image_get_bands(Load(jpeg).get()), 4);
  Accepted a = Accept(jpeg, 1 << 20);
  ASSERT_TRUE(a.image.has_value());
  ImagePtr out = Load(a.image->bytes);
  EXPECT_EQ(vips_image_get_bands(out.get()), 3);
  EXPECT_GT(Pixel(out.get(), 2, 8), 200);
  EXPECT_LT(Pixel(out.get(), 13, 8), 60);
  ExpectNoMetadata(*a.image);
}

TEST_F(Images, TypeComesFromTheBytesOnly) {
  // There is no file name or declared type to go by: PNG bytes are a PNG whatever the upload
  // was called, and JPEG bytes behind a PNG signature are not an image that decodes.
  ImagePtr img = HalfWhite(8, 8);
  Accepted png = Accept(Png(img.get()), 1 << 20);
  ASSERT_TRUE(png.image.has_value());
  EXPECT_EQ(png.image->mime, "image/png");
  std::string fake = "\x89PNG\r\n\x1A\n" + Jpeg(img.get());
  EXPECT_EQ(Accept(fake, 1 << 20).rejection, Rejection::kBroken);
}

TEST_F(Images, TextIsNotAnImage) {
  EXPECT_EQ(Accept("hello", 1 << 20).rejection, Rejection::kNotImage);
  EXPECT_EQ(Accept("", 1 << 20).rejection, Rejection::kNotImage);
  EXPECT_EQ(Accept("<svg xmlns='http://www.w3.org/2000/svg'/>", 1 << 20).rejection,
            Rejection::kNotImage);
  EXPECT_EQ(Accept("%PDF-1.7\n", 1 << 20).rejection, Rejection::kNotImage);
}

TEST_F(Images, GifIsUnsupported) {
  ImagePtr img = HalfWhite(8, 8);
  void* buf = nullptr;
  std::size_t len = 0;
  ASSERT_EQ(vips_gifsave_buffer(img.get(), &buf, &len, nullptr), 0);
  Accepted a = Accept(Bytes(buf, len), 1 << 20);
  EXPECT_FALSE(a.image.has_value());
  EXPECT_EQ(a.rejection, Rejection::kUnsupported);
  EXPECT_EQ(Accept(std::string_view("II*\0\x08\0\0\0", 8), 1 << 20).rejection,
            Rejection::kUnsupported);  // TIFF
}

TEST_F(Images, TruncatedFilesAreBroken) {
  ImagePtr img = Noise(256, 256);
  const std::string jpeg = Jpeg(img.get());
  const std::string png = Png(img.get());
  const std::string webp = Webp(img.get());
  ASSERT_TRUE(Accept(jpeg, 1 << 20).image.has_value());
  ASSERT_TRUE(Accept(png, 1 << 20).image.has_value());
  ASSERT_TRUE(Accept(webp, 1 << 20).image.has_value());
  EXPECT_EQ(Accept(jpeg.substr(0, jpeg.size() / 2), 1 << 20).rejection, Rejection::kBroken);
  EXPECT_EQ(Accept(png.substr(0, png.size() / 2), 1 << 20).rejection, Rejection::kBroken);
  EXPECT_EQ(Accept(webp.substr(0, webp.size() / 2), 1 << 20).rejection, Rejection::kBroken);
  EXPECT_EQ(Accept(jpeg.substr(0, 20), 1 << 20).rejection, Rejection::kBroken);  // header cut
}

TEST_F(Images, OverMaxBytesIsTooLarge) {
  const std::string jpeg = Jpeg(HalfWhite(64, 64).get());
  EXPECT_TRUE(Accept(jpeg, jpeg.size()).image.has_value());
  Accepted a = Accept(jpeg, jpeg.size() - 1);
  EXPECT_FALSE(a.image.has_value());
  EXPECT_EQ(a.rejection, Rejection::kTooLarge);
}

TEST_F(Images, HugeDimensionsAreRefusedBeforeDecoding) {
  // A 16x16 PNG whose IHDR claims 20000x20000 (CRC fixed up). Its pixel data would not
  // decode, so kTooLarge (not kBroken) shows the header was checked first.
  std::string png = Png(HalfWhite(16, 16).get());
  ASSERT_EQ(png.substr(12, 4), "IHDR");
  PutBigEndian32(png, 16, 20000);
  PutBigEndian32(png, 20, 20000);
  PutBigEndian32(png, 29, Crc32(std::string_view(png).substr(12, 17)));
  EXPECT_EQ(Accept(png, 1 << 20).rejection, Rejection::kTooLarge);

  // The same for a JPEG's frame header (SOF0: length, precision, height, width).
  std::string jpeg = Jpeg(HalfWhite(16, 16).get());
  const std::size_t sof = jpeg.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  jpeg[sof + 5] = jpeg[sof + 7] = static_cast<char>(20000 >> 8);
  jpeg[sof + 6] = jpeg[sof + 8] = static_cast<char>(20000 & 0xFF);
  EXPECT_EQ(Accept(jpeg, 1 << 20).rejection, Rejection::kTooLarge);
}

TEST_F(Images, DecompressionBombIsRefused) {
  // A real 10000x6000 (60 megapixel) black PNG: small file, huge in memory.
  VipsImage* black = nullptr;
  ASSERT_EQ(vips_black(&black, 10000, 6000, nullptr), 0);
  ImagePtr bomb(black);
  const std::string png = Png(bomb.get(), 9);
  EXPECT_LT(png.size(), 1u << 20);
  EXPECT_EQ(Accept(png, 8u << 20).rejection, Rejection::kTooLarge);
}

TEST_F(Images, LargeImagesAreShrunkToFit4000) {
  VipsImage* black = nullptr;
  ASSERT_EQ(vips_black(&black, 5000, 1000, "bands", 3, nullptr), 0);
  ImagePtr wide(black);
  Accepted a = Accept(Jpeg(wide.get()), 8u << 20);
  ASSERT_TRUE(a.image.has_value());
  EXPECT_EQ(a.image->width, 4000);
  EXPECT_EQ(a.image->height, 800);
  ImagePtr out = Load(a.image->bytes);
  EXPECT_EQ(vips_image_get_width(out.get()), 4000);
  EXPECT_EQ(vips_image_get_height(out.get()), 800);
}

TEST_F(Images, InitTwiceIsHarmless) {
  Init("again");
  EXPECT_TRUE(Accept(Png(HalfWhite(4, 4).get()), 1 << 20).image.has_value());
}

}  // namespace
}  // namespace tsunagu::images
