#include "platform/web/server.hpp"

#include <sys/resource.h>
#include <algorithm>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace tsunagu::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

// One connection, as seen by the stop logic.
struct ConnState {
  asio::strand<asio::io_context::executor_type> strand;
  beast::tcp_stream* stream = nullptr;
  bool idle = true;  // waiting for a request (touched only on the strand)
};

class Server {
 public:
  Server(App& app, const Config& cfg)
      : app_(app),
        cfg_(cfg),
        workers_(static_cast<std::size_t>(cfg.workers > 0 ? cfg.workers : 4)),
        acceptor_(ioc_),
        signals_(ioc_, SIGINT, SIGTERM) {}

  int Run() {
    RaiseFileLimit();
    const auto colon = cfg_.listen.rfind(':');
    if (colon == std::string::npos)
      throw std::runtime_error("--listen: use HOST:PORT, e.g. 127.0.0.1:8080");
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(cfg_.listen.substr(0, colon), ec);
    if (ec) throw std::runtime_error("--listen: bad address " + cfg_.listen.substr(0, colon));
    const int port = std::atoi(cfg_.listen.c_str() + colon + 1);
    if (port <= 0 || port > 65535) throw std::runtime_error("--listen: bad port in " + cfg_.listen);
    tcp::endpoint ep(address, static_cast<unsigned short>(port));
    acceptor_.open(ep.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(ep, ec);
    if (ec) throw std::runtime_error("cannot listen on " + cfg_.listen + ": " + ec.message());
    acceptor_.listen(asio::socket_base::max_listen_connections);

    signals_.async_wait([this](const boost::system::error_code& e, int) {
      if (!e) Stop();
    });
    asio::co_spawn(ioc_, Accept(), asio::detached);
    std::cout << "tsunagu: listening on http://" << cfg_.listen << std::endl;

    const int n =
        cfg_.threads > 0 ? cfg_.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> threads;
    for (int i = 1; i < n; ++i) threads.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (auto& t : threads) t.join();
    workers_.join();
    std::fflush(stdout);
    std::cout << "tsunagu: stopped" << std::endl;
    return 0;
  }

 private:
  static void RaiseFileLimit() {
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
      rl.rlim_cur = rl.rlim_max;
      setrlimit(RLIMIT_NOFILE, &rl);
    }
  }

  void Stop() {
    if (stopping_.exchange(true)) return;
    std::cout << "tsunagu: stopping (requests in flight finish)" << std::endl;
    asio::post(acceptor_.get_executor(), [this] {
      boost::system::error_code ec;
      acceptor_.close(ec);
    });
    {
      std::lock_guard lock(mu_);
      for (const auto& c : conns_) {
        asio::post(c->strand, [c] {
          if (c->idle && c->stream) c->stream->cancel();
        });
      }
    }
    // Not under mu_: co_spawn may run Drain's first steps at once, and Drain takes mu_.
    asio::co_spawn(ioc_, Drain(), asio::detached);
  }

  // Waits for open connections to finish; a client that never does is cut off after 20 s.
  asio::awaitable<void> Drain() {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    asio::steady_timer timer(ioc_);
    for (;;) {
      {
        std::lock_guard lock(mu_);
        if (conns_.empty()) co_return;
      }
      if (std::chrono::steady_clock::now() > deadline) {
        ioc_.stop();
        co_return;
      }
      timer.expires_after(20ms);
      co_await timer.async_wait(kTuple);
    }
  }

  asio::awaitable<void> Accept() {
    for (;;) {
      auto strand = asio::make_strand(ioc_);
      auto [ec, socket] = co_await acceptor_.async_accept(strand, kTuple);
      if (ec == asio::error::operation_aborted || stopping_) co_return;
      if (ec) {
        // Out of file descriptors or similar: back off instead of spinning.
        asio::steady_timer t(ioc_, 50ms);
        co_await t.async_wait(kTuple);
        continue;
      }
      socket.set_option(tcp::no_delay(true), ec);
      auto state = std::make_shared<ConnState>(ConnState{strand, nullptr, true});
      asio::co_spawn(strand, Session(std::move(socket), state), asio::detached);
    }
  }

  Request ToRequest(const http::request<http::string_body>& in, const std::string& remote) {
    Request req;
    req.method = std::string(in.method_string());
    req.target = std::string(in.target());
    for (const auto& f : in) {
      std::string name(f.name_string());
      for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      auto [it, inserted] = req.headers.emplace(name, std::string(f.value()));
      if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + std::string(f.value());
    }
    req.body = in.body();
    req.remote_address = remote;
    return req;
  }

  // A HEAD answer carries the Content-Length of the GET answer, and no body.
  static http::response<http::string_body> ToBeast(Response& r, unsigned version, bool keep_alive,
                                                   bool head = false) {
    http::response<http::string_body> out{static_cast<http::status>(r.status), version};
    out.set(http::field::server, "tsunagu");
    if (r.status != 304) out.set(http::field::content_type, r.content_type);
    for (const auto& [k, v] : r.headers) out.insert(k, v);
    out.body() = std::move(r.body);
    out.keep_alive(keep_alive);
    out.prepare_payload();
    if (head) out.body().clear();
    return out;
  }

  void Log(const std::string& method, std::string_view target, int status, std::size_t bytes,
           std::chrono::steady_clock::time_point start) {
    if (!cfg_.access_log) return;
    // The path only: query strings can carry personal data or tokens.
    const std::string_view path = target.substr(0, target.find('?'));
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    std::fprintf(stdout, "%s %.*s %d %zu %.1fms\n", method.c_str(), static_cast<int>(path.size()),
                 path.data(), status, bytes, us / 1000.0);
  }

  // Writes an error response for a request that could not be read in full, then closes.
  asio::awaitable<void> Refuse(beast::tcp_stream& stream, int status, std::string_view target) {
    Response r = app_.ProtocolError(status, target);
    const std::size_t bytes = r.body.size();
    auto res = ToBeast(r, 11, false);
    stream.expires_after(std::chrono::seconds(cfg_.write_timeout_s));
    co_await http::async_write(stream, res, kTuple);
    Log("-", target, status, bytes, std::chrono::steady_clock::now());
    boost::system::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  asio::awaitable<void> Session(tcp::socket socket, std::shared_ptr<ConnState> state) {
    std::string remote;
    {
      boost::system::error_code ec;
      auto ep = socket.remote_endpoint(ec);
      if (!ec) remote = ep.address().to_string();
    }
    beast::tcp_stream stream(std::move(socket));
    state->stream = &stream;
    {
      std::lock_guard lock(mu_);
      conns_.insert(state);
    }
    beast::flat_buffer buffer;
    for (;;) {
      if (stopping_) break;
      // Wait for the first bytes of a request with the idle timeout.
      state->idle = true;
      if (buffer.size() == 0) {
        stream.expires_after(std::chrono::seconds(cfg_.idle_timeout_s));
        auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), kTuple);
        if (ec) break;
        buffer.commit(n);
      }
      state->idle = false;

      // The whole head must then arrive within the header timeout.
      http::request_parser<http::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(cfg_.header_limit));
      // The larger limit until the head says what the body is: only multipart/form-data
      // (forms with images) may use it.
      parser.body_limit(std::max(cfg_.body_limit, cfg_.upload_limit));
      stream.expires_after(std::chrono::seconds(cfg_.header_timeout_s));
      auto [hec, hn] = co_await http::async_read_header(stream, buffer, parser, kTuple);
      if (hec == http::error::header_limit) {
        co_await Refuse(stream, 431, "/");
        break;
      }
      if (hec == http::error::body_limit) {  // Content-Length above the limit
        co_await Refuse(stream, 413, std::string(parser.get().target()));
        break;
      }
      if (hec == http::error::end_of_stream || hec == beast::error::timeout ||
          hec == asio::error::operation_aborted)
        break;
      if (hec) {
        co_await Refuse(stream, 400, "/");
        break;
      }
      const auto start = std::chrono::steady_clock::now();
      const std::string target(parser.get().target());
      // Strict where a lenient reading lets two servers disagree about where a request ends
      // (RFC 9112 §3.2, §6.1): an HTTP/1.1 request names its Host, and a body is framed by
      // Content-Length or by chunks, never both.
      {
        const auto& head = parser.get();
        const bool no_host = head.version() >= 11 && head.count(http::field::host) == 0;
        const bool both = head.count(http::field::transfer_encoding) > 0 &&
                          head.count(http::field::content_length) > 0;
        if (no_host || both) {
          co_await Refuse(stream, 400, target);
          break;
        }
      }
      {
        const auto ct = parser.get()[http::field::content_type];
        // Only the post form and the issue form take images: anywhere else the ordinary limit.
        const std::string_view path = std::string_view(target).substr(0, target.find('?'));
        const bool upload =
            ct.starts_with("multipart/form-data") &&
            ((path.starts_with("/posts/") && (path == "/posts/new" || path.ends_with("/edit"))) ||
             path == "/issues/new");
        const std::size_t limit = upload ? cfg_.upload_limit : cfg_.body_limit;
        const auto length = parser.content_length();
        if (length && *length > limit) {
          co_await Refuse(stream, 413, target);
          break;
        }
        parser.body_limit(limit);  // for chunked bodies
      }
      stream.expires_after(std::chrono::seconds(cfg_.body_timeout_s));
      auto [bec, bn] = co_await http::async_read(stream, buffer, parser, kTuple);
      if (bec == http::error::body_limit) {
        co_await Refuse(stream, 413, target);
        break;
      }
      // A body that is not well-formed (a bad chunk size) is answered before the connection
      // closes; a client that went away or stalled is not.
      if (bec && bec.category() == make_error_code(http::error::bad_chunk).category() &&
          bec != http::error::end_of_stream && bec != http::error::partial_message) {
        co_await Refuse(stream, 400, target);
        break;
      }
      if (bec) break;

      auto req = parser.release();
      // The handler runs on a worker thread; this connection's coroutine resumes on its strand.
      const Request request = ToRequest(req, remote);
      std::optional<Response> r = app_.Cached(request);
      if (!r) {
        // (An if, not a conditional expression: GCC 12 miscompiles co_await inside ?:.)
        r = co_await asio::co_spawn(
            workers_.get_executor(),
            [this, &request]() -> asio::awaitable<Response> { co_return app_.Handle(request); },
            asio::use_awaitable);
      }
      const bool keep_alive = req.keep_alive() && !stopping_;
      const std::size_t bytes = r->body.size();
      const int status = r->status;
      auto res = ToBeast(*r, req.version(), keep_alive, req.method() == http::verb::head);
      stream.expires_after(std::chrono::seconds(cfg_.write_timeout_s));
      auto [wec, wn] = co_await http::async_write(stream, res, kTuple);
      Log(std::string(req.method_string()), target, status, bytes, start);
      if (wec || !keep_alive) break;
    }
    boost::system::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    {
      std::lock_guard lock(mu_);
      conns_.erase(state);
    }
    state->stream = nullptr;
  }

  App& app_;
  const Config& cfg_;
  asio::thread_pool workers_;
  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  asio::signal_set signals_;
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::set<std::shared_ptr<ConnState>> conns_;
};

}  // namespace

int Serve(App& app, const Config& cfg) {
  Server server(app, cfg);
  return server.Run();
}

}  // namespace tsunagu::web
