// What the PDF writers share: owners for cairo, pango and GLib objects, the check that turns a
// cairo failure into an exception, the write callback that collects a PDF in a string, and
// text laid out in a column.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

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

// Text set in a column `width` points wide, in at most max_lines lines (the last one ends in
// "…" when the text is longer).
inline GPtr<PangoLayout> Layout(PangoContext* context, std::string_view text,
                                const PangoFontDescription* font, double width, int max_lines,
                                PangoAlignment align = PANGO_ALIGN_LEFT) {
  GPtr<PangoLayout> layout(pango_layout_new(context));
  pango_layout_set_font_description(layout.get(), font);
  pango_layout_set_width(layout.get(), pango_units_from_double(width));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height(layout.get(), -max_lines);
  pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment(layout.get(), align);
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  return layout;
}

// The height of a layout in points.
inline double Height(PangoLayout* layout) {
  int width = 0, height = 0;
  pango_layout_get_size(layout, &width, &height);
  return pango_units_to_double(height);
}

}  // namespace tsunagu::report
