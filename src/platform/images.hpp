// Uploaded images, checked and re-encoded with libvips: only JPEG, PNG and WebP, recognised by
// their content, decoded in full, and saved again without metadata (no EXIF/GPS, XMP, IPTC).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tsunagu::images {

struct Image {
  std::string mime;  // "image/jpeg", "image/png" or "image/webp"
  std::string ext;   // "jpg", "png", "webp"
  int width = 0, height = 0;
  std::string bytes;  // re-encoded, without metadata (EXIF incl. GPS, XMP, IPTC, comments)
};

// kTooLarge: more than max_bytes, or more than 50 megapixels by the header.
// kNotImage: none of the formats below (text, SVG, PDF, ...).
// kUnsupported: a known image format other than JPEG/PNG/WebP (GIF, BMP, TIFF, HEIC/AVIF,
// JPEG XL, JPEG 2000).
// kBroken: JPEG/PNG/WebP signature, but the header or the pixels do not decode (truncated...).
enum class Rejection { kTooLarge, kNotImage, kUnsupported, kBroken };

// Exactly one of the two is set.
struct Accepted {
  std::optional<Image> image;
  std::optional<Rejection> rejection;
};

// Accepts a JPEG, PNG or WebP by its content (magic bytes + a full decode; no file name or
// declared type is consulted), at most max_bytes long. The pixel count is checked against the
// header before decoding (decompression bombs). EXIF orientation is applied to the pixels, an
// embedded ICC profile is applied (converted to sRGB), images wider or taller than 4000 px are
// shrunk to fit 4000 px, and the result is saved in the same format without any metadata
// (JPEG and WebP at quality 85; an animated WebP keeps its first frame). Calls Init if needed.
Accepted Accept(std::string_view data, std::size_t max_bytes);

// The largest image one upload field takes (posts and local issues).
inline constexpr std::size_t kMaxUploadBytes = 5 * 1024 * 1024;

// An accepted upload waiting for its record: written to the media folder, under the SHA-256 of
// its bytes, once the record is saved.
struct NewImage {
  std::string file, mime, alt;
  int width = 0, height = 0;
  int slot = 0;       // the form's image field it came from (image1..image5), for messages
  std::string bytes;  // the checked image, written to the media folder once the post is saved
};

// Starts libvips (VIPS_INIT) with one worker thread and no operation cache, and blocks loaders
// libvips marks untrusted. Call once at program start; later calls do nothing. Throws
// std::runtime_error when libvips cannot start.
void Init(const char* argv0);

}  // namespace tsunagu::images
