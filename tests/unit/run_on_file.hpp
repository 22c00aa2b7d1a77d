// For tests of generated documents: run a command-line tool on bytes written to a temporary file.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace tsunagu::test_util {

// Output of `command '<bytes in a file>' args` (stderr included); throws, failing the test, when
// the tool is missing or fails. needs: the Debian packages to name in that message.
inline std::string RunOnFile(const std::string& command, const std::string& bytes,
                             const std::string& args, const std::string& needs) {
  std::string path = (std::filesystem::temp_directory_path() / "tsunagu-test-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  if (!(std::ofstream(path, std::ios::binary) << bytes)) {
    throw std::runtime_error("cannot write " + path);
  }
  std::string out;
  int status = -1;
  if (FILE* pipe = popen((command + " '" + path + "' " + args + " 2>&1").c_str(), "r")) {
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    status = pclose(pipe);
  }
  std::filesystem::remove(path);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error(command + " failed (exit status " + std::to_string(status) +
                             "); install " + needs + " (apt-get install -y " + needs + "). " + out);
  }
  return out;
}

}  // namespace tsunagu::test_util
