// The HTTP server: Boost.Beast on Asio with C++20 coroutines, keep-alive, explicit limits
// (head 16 KiB -> 431, body 1 MiB -> 413), read/idle/write timeouts, and a graceful stop on
// SIGTERM/SIGINT: no new connections, requests in flight finish, idle connections close,
// then Serve returns 0.
#pragma once

#include "platform/config.hpp"
#include "platform/web/app.hpp"

namespace tsunagu::web {

// Blocks until stopped by a signal. Returns the process exit code. Throws std::runtime_error
// with a one-line message when it cannot listen.
int Serve(App& app, const Config& cfg);

}  // namespace tsunagu::web
