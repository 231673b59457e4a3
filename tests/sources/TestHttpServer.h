#pragma once
// A tiny HTTP server on 127.0.0.1 (port chosen by the kernel) for the client tests: each
// connection reads one request, records its target and answers with the raw bytes the handler
// returns, optionally in small pieces (to exercise reassembly), or stays silent (timeouts).

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace gridtwin::test {

struct TestHttpServerOptions {
    std::size_t piece_bytes = 0; // >0: send in pieces of this size with a 2 ms pause
    bool silent = false;         // read the request, never answer
};

class TestHttpServer {
public:
    using Handler = std::function<std::string(const std::string& target)>;
    using Options = TestHttpServerOptions;

    explicit TestHttpServer(Handler handler, Options options = {})
        : handler_(std::move(handler)), options_(options) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::listen(fd_, 16);
        socklen_t len = sizeof a;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] { run(); });
    }
    ~TestHttpServer() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    std::uint16_t port() const { return port_; }
    std::string url(const std::string& path = "") const {
        return "http://127.0.0.1:" + std::to_string(port_) + path;
    }
    std::vector<std::string> targets() {
        std::lock_guard lock(mutex_);
        return targets_;
    }
    std::vector<std::string> requests() {
        std::lock_guard lock(mutex_);
        return requests_;
    }

    static std::string ok(const std::string& body, const std::string& type = "application/json") {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + std::to_string(body.size()) +
               "\r\n\r\n" + body;
    }

private:
    void run() {
        while (!stop_) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) continue;
            const int c = ::accept(fd_, nullptr, nullptr);
            if (c < 0) continue;
            std::string req;
            char buf[4096];
            while (req.find("\r\n\r\n") == std::string::npos) {
                pollfd q{c, POLLIN, 0};
                if (::poll(&q, 1, 1000) <= 0) break;
                const ssize_t n = ::recv(c, buf, sizeof buf, 0);
                if (n <= 0) break;
                req.append(buf, static_cast<std::size_t>(n));
            }
            const std::size_t sp1 = req.find(' ');
            const std::size_t sp2 = req.find(' ', sp1 + 1);
            const std::string target = sp1 == std::string::npos ? "" : req.substr(sp1 + 1, sp2 - sp1 - 1);
            {
                std::lock_guard lock(mutex_);
                targets_.push_back(target);
                requests_.push_back(req);
            }
            if (options_.silent) {
                while (!stop_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
                ::close(c);
                continue;
            }
            const std::string answer = handler_(target);
            std::size_t sent = 0;
            while (sent < answer.size()) {
                const std::size_t n = options_.piece_bytes ? std::min(options_.piece_bytes, answer.size() - sent)
                                                           : answer.size() - sent;
                const ssize_t w = ::send(c, answer.data() + sent, n, MSG_NOSIGNAL);
                if (w <= 0) break;
                sent += static_cast<std::size_t>(w);
                if (options_.piece_bytes) std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            ::close(c);
        }
    }

    Handler handler_;
    Options options_;
    int fd_ = -1;
    std::uint16_t port_ = 0;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::vector<std::string> targets_;
    std::vector<std::string> requests_;
    std::thread thread_;
};

} // namespace gridtwin::test
