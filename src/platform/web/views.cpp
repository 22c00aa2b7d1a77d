#include "platform/web/views.hpp"

#include <algorithm>
#include <stdexcept>

#include "platform/messages.hpp"

namespace tsunagu::web {

void InitViews(const std::string& template_dir) {
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(template_dir);
  for (const auto& [key, text] : messages::All()) {
    std::string name = "M_" + key;
    for (char& ch : name) {
      if (ch == '.') ch = '_';
    }
    Dict::SetGlobalValue(name, text);
  }
}

std::string Expand(const std::string& name, const Dict& dict) {
  std::string out;
  if (!ctemplate::ExpandTemplate(name, ctemplate::STRIP_BLANK_LINES, &dict, &out)) {
    throw std::runtime_error("template failed: " + name);
  }
  return out;
}

namespace {
thread_local FieldRecorder* t_recorder = nullptr;
}

FieldRecorder::FieldRecorder() : previous_(t_recorder) { t_recorder = this; }
FieldRecorder::~FieldRecorder() { t_recorder = previous_; }

void RecordField(const std::string& name, const std::string& label) {
  if (t_recorder) t_recorder->fields_.emplace_back(name, label);
}

void AddField(Dict& dict, const Field& f, const char* section) {
  if (t_recorder) t_recorder->fields_.emplace_back(f.name, f.label);
  Dict* sec = dict.AddSectionDictionary(section);
  Dict* d = sec->AddIncludeDictionary("FIELD");
  d->SetFilename("field.tpl");
  d->SetValue("NAME", f.name);
  d->SetValue("LABEL", f.label);
  d->SetValue("VALUE", f.value);
  d->SetValue("TYPE", f.type);
  d->SetValue("AUTOCOMPLETE", f.autocomplete.empty() ? "off" : f.autocomplete);
  if (f.required) d->ShowSection("REQUIRED");
  // The texts go on the field's own dictionary, so that the checkbox group (a nested section)
  // finds them too.
  d->SetValue("HINT", f.hint);
  d->SetValue("ERROR", f.error);
  if (!f.hint.empty()) d->ShowSection("HAS_HINT");
  if (!f.error.empty()) d->ShowSection("HAS_ERROR");
  if (!f.hint.empty() || !f.error.empty()) d->ShowSection("DESCRIBED");
  if (f.type == "checkboxes") {
    Dict* group = d->AddSectionDictionary("GROUP");
    // Sections are looked up in the group's own dictionary.
    if (f.required) group->ShowSection("REQUIRED");
    if (!f.hint.empty()) group->ShowSection("HAS_HINT");
    if (!f.error.empty()) group->ShowSection("HAS_ERROR");
    if (!f.hint.empty() || !f.error.empty()) group->ShowSection("DESCRIBED");
    bool first = true;
    for (const auto& [value, label] : f.options) {
      Dict* o = group->AddSectionDictionary("BOX");
      o->SetValue("BOX_NAME", f.name + ":" + value);
      o->SetValue("BOX_ID", first ? "f-" + f.name : "f-" + f.name + "-" + value);
      o->SetValue("BOX_LABEL", label);
      if (std::find(f.checked.begin(), f.checked.end(), value) != f.checked.end()) {
        o->ShowSection("CHECKED");
      }
      first = false;
    }
    return;
  }
  d->ShowSection("SINGLE");
  if (f.type == "textarea") {
    d->ShowSection("TEXTAREA");
  } else if (f.type == "select") {
    Dict* sel = d->AddSectionDictionary("SELECT");
    for (const auto& [value, label] : f.options) {
      Dict* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("OPT_VALUE", value);
      o->SetValue("OPT_LABEL", label);
      if (value == f.value) o->ShowSection("SELECTED");
    }
  } else {
    d->ShowSection("INPUT");
  }
}

}  // namespace tsunagu::web
