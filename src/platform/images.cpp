#include "platform/images.hpp"

#include <vips/vips.h>
#include <webp/mux.h>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace tsunagu::images {
namespace {

using namespace std::string_view_literals;

constexpr int kMaxSide = 4000;
constexpr std::uint64_t kMaxPixels = 50'000'000;
constexpr int kQuality = 85;

enum class Format { kJpeg, kPng, kWebp };

struct Unref {
  void operator()(gpointer p) const { g_object_unref(p); }
};
using ImagePtr = std::unique_ptr<VipsImage, Unref>;

bool HasAt(std::string_view data, std::size_t at, std::string_view magic) {
  return data.size() >= at + magic.size() && data.substr(at, magic.size()) == magic;
}

std::optional<Format> Sniff(std::string_view d) {
  if (HasAt(d, 0, "\xFF\xD8\xFF"sv)) return Format::kJpeg;
  if (HasAt(d, 0, "\x89PNG\r\n\x1A\n"sv)) return Format::kPng;
  if (HasAt(d, 0, "RIFF"sv) && HasAt(d, 8, "WEBP"sv)) return Format::kWebp;
  return std::nullopt;
}

// Signatures of image formats we know but do not take.
bool IsOtherImageFormat(std::string_view d) {
  if (HasAt(d, 0, "GIF87a"sv) || HasAt(d, 0, "GIF89a"sv)) return true;
  for (std::string_view tiff : {"II*\0"sv, "MM\0*"sv, "II+\0"sv, "MM\0+"sv}) {
    if (HasAt(d, 0, tiff)) return true;
  }
  // BMP: "BM", then a known DIB header size at offset 14.
  if (HasAt(d, 0, "BM"sv) && d.size() >= 18 && HasAt(d, 15, "\0\0\0"sv)) {
    for (char dib : {12, 40, 52, 56, 64, 108, 124}) {
      if (d[14] == dib) return true;
    }
  }
  // HEIC/AVIF (ISO base media file with an image brand).
  if (HasAt(d, 4, "ftyp"sv)) {
    for (std::string_view brand : {"heic"sv, "heix"sv, "hevc"sv, "hevx"sv, "heim"sv, "heis"sv,
                                   "mif1"sv, "msf1"sv, "avif"sv, "avis"sv}) {
      if (HasAt(d, 8, brand)) return true;
    }
  }
  // JPEG XL (codestream, container), JPEG 2000 (container, codestream).
  return HasAt(d, 0, "\xFF\x0A"sv) || HasAt(d, 0, "\0\0\0\x0CJXL \r\n\x87\n"sv) ||
         HasAt(d, 0, "\0\0\0\x0CjP  \r\n\x87\n"sv) || HasAt(d, 0, "\xFF\x4F\xFF\x51"sv);
}

// Reads the header only: libvips decodes pixels when they are first needed. Stops on decoder
// errors and truncation during the later full decode.
ImagePtr Open(Format format, std::string_view data) {
  void* buf = const_cast<char*>(data.data());  // only read by libvips
  VipsImage* out = nullptr;
  int rc = -1;
  switch (format) {
    case Format::kJpeg:
      rc = vips_jpegload_buffer(buf, data.size(), &out, "fail_on", VIPS_FAIL_ON_ERROR, nullptr);
      break;
    case Format::kPng:
      rc = vips_pngload_buffer(buf, data.size(), &out, "fail_on", VIPS_FAIL_ON_ERROR, nullptr);
      break;
    case Format::kWebp:
      rc = vips_webpload_buffer(buf, data.size(), &out, "fail_on", VIPS_FAIL_ON_ERROR, nullptr);
      break;
  }
  return ImagePtr(rc == 0 ? out : nullptr);
}

// Replaces *image with the result of op (which returns 0 and sets its argument on success).
template <class Op>
bool Apply(ImagePtr& image, Op op) {
  VipsImage* out = nullptr;
  if (op(&out) != 0) return false;
  image.reset(out);
  return true;
}

// Drops every metadata item libvips carries (EXIF, XMP, IPTC, ICC, comments...) from a private
// copy; core properties (size, format, resolution) cannot be removed and stay.
bool DropMetadata(ImagePtr& image) {
  if (!Apply(image, [&](VipsImage** out) { return vips_copy(image.get(), out, nullptr); })) {
    return false;
  }
  gchar** fields = vips_image_get_fields(image.get());
  for (gchar** field = fields; *field != nullptr; ++field) vips_image_remove(image.get(), *field);
  g_strfreev(fields);
  return true;
}

// libvips 8.14.1 webpsave ignores "strip": it always writes an EXIF chunk (the image's own, or
// one it makes up) and XMP/ICC when present. Remove those chunks with libwebpmux.
bool RemoveWebpMetadata(std::string& bytes) {
  const WebPData in{reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
  std::unique_ptr<WebPMux, void (*)(WebPMux*)> mux(WebPMuxCreate(&in, 0), WebPMuxDelete);
  if (!mux) return false;
  for (const char* chunk : {"EXIF", "XMP ", "ICCP"}) {
    const WebPMuxError e = WebPMuxDeleteChunk(mux.get(), chunk);
    if (e != WEBP_MUX_OK && e != WEBP_MUX_NOT_FOUND) return false;
  }
  WebPData out;
  WebPDataInit(&out);
  if (WebPMuxAssemble(mux.get(), &out) != WEBP_MUX_OK) return false;
  bytes.assign(reinterpret_cast<const char*>(out.bytes), out.size);
  WebPDataClear(&out);
  return true;
}

bool Save(Format format, VipsImage* image, std::string& bytes) {
  void* buf = nullptr;
  std::size_t len = 0;
  int rc = -1;
  switch (format) {
    case Format::kJpeg:
      rc = vips_jpegsave_buffer(image, &buf, &len, "Q", kQuality, "optimize_coding", TRUE, "strip",
                                TRUE, nullptr);
      break;
    case Format::kPng:
      rc = vips_pngsave_buffer(image, &buf, &len, "strip", TRUE, nullptr);
      break;
    case Format::kWebp:
      rc = vips_webpsave_buffer(image, &buf, &len, "Q", kQuality, "strip", TRUE, nullptr);
      break;
  }
  if (rc != 0) return false;
  bytes.assign(static_cast<const char*>(buf), len);
  g_free(buf);
  return format != Format::kWebp || RemoveWebpMetadata(bytes);
}

Accepted Reject(Rejection r) {
  vips_error_clear();  // libvips keeps error messages in one global buffer
  return Accepted{std::nullopt, r};
}

}  // namespace

void Init(const char* argv0) {
  static std::once_flag once;
  std::call_once(once, [argv0] {
    if (VIPS_INIT(argv0 != nullptr ? argv0 : "tsunagu") != 0) {
      vips_error_clear();
      throw std::runtime_error("libvips did not start");
    }
    vips_concurrency_set(1);
    vips_cache_set_max(0);  // also: no cached load of a reused buffer address
    vips_block_untrusted_set(TRUE);
  });
}

Accepted Accept(std::string_view data, std::size_t max_bytes) {
  Init("tsunagu");
  if (data.size() > max_bytes) return Reject(Rejection::kTooLarge);
  const std::optional<Format> format = Sniff(data);
  if (!format) {
    return Reject(IsOtherImageFormat(data) ? Rejection::kUnsupported : Rejection::kNotImage);
  }

  ImagePtr image = Open(*format, data);
  if (!image) return Reject(Rejection::kBroken);
  const std::uint64_t pixels = static_cast<std::uint64_t>(vips_image_get_width(image.get())) *
                               static_cast<std::uint64_t>(vips_image_get_height(image.get()));
  if (pixels > kMaxPixels) return Reject(Rejection::kTooLarge);

  // EXIF orientation into the pixels (the tag is dropped).
  if (!Apply(image, [&](VipsImage** out) { return vips_autorot(image.get(), out, nullptr); })) {
    return Reject(Rejection::kBroken);
  }
  // The profile goes with the metadata: convert to sRGB first so colours stay (Display P3
  // phone photos, CMYK JPEGs). A profile that does not load leaves the pixels as they are.
  const bool cmyk = vips_image_get_interpretation(image.get()) == VIPS_INTERPRETATION_CMYK;
  if (cmyk || vips_image_get_typeof(image.get(), VIPS_META_ICC_NAME) != 0) {
    if (!Apply(image, [&](VipsImage** out) {
          return vips_icc_transform(image.get(), out, "srgb", "embedded", TRUE, "input_profile",
                                    cmyk ? "cmyk" : "srgb", nullptr);
        })) {
      vips_error_clear();
    }
  }
  if (vips_image_get_width(image.get()) > kMaxSide ||
      vips_image_get_height(image.get()) > kMaxSide) {
    if (!Apply(image, [&](VipsImage** out) {
          return vips_thumbnail_image(image.get(), out, kMaxSide, "height", kMaxSide, "size",
                                      VIPS_SIZE_DOWN, "no_rotate", TRUE, nullptr);
        })) {
      return Reject(Rejection::kBroken);
    }
  }

  if (!DropMetadata(image)) return Reject(Rejection::kBroken);

  // Saving decodes every pixel: decoder errors and truncation surface here.
  Image result;
  if (!Save(*format, image.get(), result.bytes)) return Reject(Rejection::kBroken);
  result.width = vips_image_get_width(image.get());
  result.height = vips_image_get_height(image.get());
  switch (*format) {
    case Format::kJpeg:
      result.mime = "image/jpeg";
      result.ext = "jpg";
      break;
    case Format::kPng:
      result.mime = "image/png";
      result.ext = "png";
      break;
    case Format::kWebp:
      result.mime = "image/webp";
      result.ext = "webp";
      break;
  }
  return Accepted{std::move(result), std::nullopt};
}

}  // namespace tsunagu::images
