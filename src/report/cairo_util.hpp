// What the PDF writers share: owners for cairo, pango and GLib objects, the check that turns a
// cairo failure into an exception, and the write callback that collects a PDF in a string.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace tsunagu::report {

template <auto kFree>
struct Freer {
  void operator()(auto* p) const { kFree(p); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, Freer<cairo_surface_destroy>>;
using CairoPtr = std::unique_ptr<cairo_t, Freer<cairo_destroy>>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t, Freer<cairo_font_options_destroy>>;
using FontPtr = std::unique_ptr<PangoFontDescription, Freer<pango_font_description_free>>;
template <class T>
using GPtr = std::unique_ptr<T, Freer<g_object_unref>>;

// Throws std::runtime_error("<document>: <what>: <cairo's reason>") unless status is success.
inline void CheckCairo(cairo_status_t status, const char* document, const char* what) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string(document) + ": " + what + ": " +
                             cairo_status_to_string(status));
  }
}

// cairo's write callback appending to the std::string at closure; never throws into C code.
inline cairo_status_t AppendTo(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

}  // namespace tsunagu::report
