// Server-rendered HTML with ctemplate. Every template starts with
// {{%AUTOESCAPE context="HTML"}}, so user text is escaped for where it appears and can never
// become markup. Every message of the catalogue is a global {{M_key}} (dots become '_').
#pragma once

#include <ctemplate/template.h>

#include <map>
#include <string>
#include <vector>

namespace tsunagu::web {

using Dict = ctemplate::TemplateDictionary;

// Loads the catalogue into ctemplate's globals and sets the template folder. Call once.
void InitViews(const std::string& template_dir);

// Expands templates/<name> with dict; throws std::runtime_error if the template is broken.
std::string Expand(const std::string& name, const Dict& dict);

// One form field, rendered by templates/field.tpl.
struct Field {
  std::string name;           // form name; the element id is "f-" + name
  std::string label;          // visible label
  std::string type = "text";  // text, email, password, tel, url, date, textarea, select, checkboxes
  std::string value;          // current value (kept after a failed submit)
  std::string hint;
  std::string error;  // message next to the field, "" when fine
  std::string autocomplete;
  bool required = false;
  std::vector<std::pair<std::string, std::string>> options;  // select, checkboxes: value, label
  // checkboxes: the values ticked. Each box is named name + ":" + value; the first box has the
  // id "f-" + name so that the error summary can link to the group.
  std::vector<std::string> checked;
};

// While alive, records the name and label of every field AddField renders on this thread, so
// that a page can list its errors in the form's order and with the fields' labels.
class FieldRecorder {
 public:
  FieldRecorder();
  ~FieldRecorder();
  FieldRecorder(const FieldRecorder&) = delete;
  FieldRecorder& operator=(const FieldRecorder&) = delete;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  friend void AddField(Dict&, const struct Field&, const char*);
  friend void RecordField(const std::string&, const std::string&);
  std::vector<std::pair<std::string, std::string>> fields_;
  FieldRecorder* previous_;
};

// Adds a FIELDS section entry to dict that renders f.
void AddField(Dict& dict, const Field& f, const char* section = "FIELDS");

// For a field a template renders itself (a grid, a per-row form): records its name and label
// at this point of the form, as AddField would. Its input must have the id "f-" + name.
void RecordField(const std::string& name, const std::string& label);

}  // namespace tsunagu::web
