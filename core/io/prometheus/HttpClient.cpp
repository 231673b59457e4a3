#include "io/prometheus/HttpClient.h"

#include "model/InputError.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>

namespace gridtwin {

namespace {

using Clock = std::chrono::steady_clock;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Closes the descriptor on every path out of httpGet.
struct Socket {
    int fd = -1;
    ~Socket() {
        if (fd >= 0) ::close(fd);
    }
};

int remainingMs(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::max<long long>(0, left));
}

// Waits for events on fd until the deadline; false on timeout.
bool waitFor(int fd, short events, Clock::time_point deadline) {
    for (;;) {
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, remainingMs(deadline));
        if (rc > 0) return true;
        if (rc == 0) return false;
        if (errno != EINTR) return false;
    }
}

} // namespace

std::string HttpUrl::text() const { return "http://" + host + ":" + std::to_string(port) + target; }

HttpUrl parseHttpUrl(std::string_view url, const std::string& what) {
    const std::string expected = "an http://host[:port][/path] URL";
    std::string_view rest = trim(url);
    if (rest.starts_with("https://"))
        throw InputError("", what, expected + " (https/TLS is not supported yet)", std::string(url));
    if (!rest.starts_with("http://")) throw InputError("", what, expected, std::string(url));
    rest.remove_prefix(7);
    const std::size_t slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    HttpUrl u;
    u.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
    if (u.target.front() == '?') u.target.insert(u.target.begin(), '/');
    if (authority.find('@') != std::string_view::npos)
        throw InputError("", what, expected + " without user:password (authentication is not supported yet)",
                         std::string(url));
    const std::size_t colon = authority.rfind(':');
    if (colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
        const std::string_view port = authority.substr(colon + 1);
        unsigned value = 0;
        const auto res = std::from_chars(port.data(), port.data() + port.size(), value);
        if (port.empty() || res.ec != std::errc() || res.ptr != port.data() + port.size() || value == 0 ||
            value > 65535)
            throw InputError("", what, "a port 1..65535", std::string(port));
        u.port = static_cast<std::uint16_t>(value);
        authority = authority.substr(0, colon);
    }
    if (authority.starts_with('[') && authority.ends_with(']')) authority = authority.substr(1, authority.size() - 2);
    if (authority.empty()) throw InputError("", what, expected + " with a host name", std::string(url));
    u.host = std::string(authority);
    return u;
}

std::string urlEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string HttpResponse::header(std::string_view name) const {
    for (const auto& [k, v] : headers)
        if (k == name) return v;
    return {};
}

ChunkedStatus decodeChunked(std::string_view data, std::string& out) {
    out.clear();
    std::size_t pos = 0;
    for (;;) {
        const std::size_t eol = data.find("\r\n", pos);
        if (eol == std::string_view::npos) return ChunkedStatus::Incomplete;
        std::string_view size_text = data.substr(pos, eol - pos);
        size_text = trim(size_text.substr(0, size_text.find(';'))); // chunk extensions are ignored
        std::size_t size = 0;
        const auto res = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
        if (size_text.empty() || res.ec != std::errc() || res.ptr != size_text.data() + size_text.size())
            return ChunkedStatus::Malformed;
        pos = eol + 2;
        if (size == 0) {
            // Trailer fields, then an empty line.
            for (;;) {
                const std::size_t end = data.find("\r\n", pos);
                if (end == std::string_view::npos) return ChunkedStatus::Incomplete;
                if (end == pos) return ChunkedStatus::Complete;
                pos = end + 2;
            }
        }
        if (data.size() < pos + size + 2) return ChunkedStatus::Incomplete;
        out.append(data.substr(pos, size));
        if (data.substr(pos + size, 2) != "\r\n") return ChunkedStatus::Malformed;
        pos += size + 2;
    }
}

HttpResponse httpGet(const HttpUrl& url, const HttpOptions& options) {
    const std::string where = "GET " + url.text();
    const auto deadline = Clock::now() + options.timeout;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(url.port);
    if (const int rc = ::getaddrinfo(url.host.c_str(), port.c_str(), &hints, &found); rc != 0)
        throw HttpError(HttpError::Kind::Connect, where + ": host not found (" + gai_strerror(rc) + ")");
    Socket sock;
    std::string connect_error = "no address";
    for (addrinfo* ai = found; ai; ai = ai->ai_next) {
        Socket s;
        s.fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (s.fd < 0) continue;
        int rc = ::connect(s.fd, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            if (!waitFor(s.fd, POLLOUT, deadline)) {
                ::freeaddrinfo(found);
                throw HttpError(HttpError::Kind::Timeout,
                                where + ": no connection within " + std::to_string(options.timeout.count()) + " ms");
            }
            int err = 0;
            socklen_t len = sizeof err;
            ::getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &err, &len);
            rc = err == 0 ? 0 : -1;
            errno = err;
        }
        if (rc == 0) {
            std::swap(sock.fd, s.fd);
            break;
        }
        connect_error = std::strerror(errno);
    }
    ::freeaddrinfo(found);
    if (sock.fd < 0) throw HttpError(HttpError::Kind::Connect, where + ": " + connect_error);

    const std::string request = "GET " + url.target + " HTTP/1.1\r\nHost: " + url.host + ":" + port +
                                "\r\nUser-Agent: GridTwin/" GRIDTWIN_VERSION "\r\nAccept: " + options.accept +
                                "\r\nConnection: close\r\n\r\n";
    std::size_t sent = 0;
    while (sent < request.size()) {
        if (!waitFor(sock.fd, POLLOUT, deadline))
            throw HttpError(HttpError::Kind::Timeout, where + ": request not sent within the timeout");
        const ssize_t n = ::send(sock.fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n < 0) throw HttpError(HttpError::Kind::Connect, where + ": " + std::strerror(errno));
        sent += static_cast<std::size_t>(n);
    }

    HttpResponse resp;
    std::string data;
    std::size_t header_end = std::string::npos;
    enum class Framing { Length, Chunked, Close } framing = Framing::Close;
    std::size_t content_length = 0;
    bool eof = false;
    char buf[16384];
    for (;;) {
        if (header_end != std::string::npos) {
            const std::string_view body = std::string_view(data).substr(header_end);
            if (framing == Framing::Length && body.size() >= content_length) {
                resp.body = std::string(body.substr(0, content_length));
                return resp;
            }
            if (framing == Framing::Chunked) {
                const ChunkedStatus st = decodeChunked(body, resp.body);
                if (st == ChunkedStatus::Complete) return resp;
                if (st == ChunkedStatus::Malformed)
                    throw HttpError(HttpError::Kind::Protocol, where + ": malformed chunked body");
            }
            if (eof) {
                if (framing == Framing::Close) {
                    resp.body = std::string(body);
                    return resp;
                }
                throw HttpError(HttpError::Kind::Protocol,
                                where + ": connection closed after " + std::to_string(body.size()) +
                                    " body bytes" +
                                    (framing == Framing::Length ? " of " + std::to_string(content_length) : ""));
            }
        } else if (eof) {
            throw HttpError(HttpError::Kind::Protocol, where + (data.empty() ? ": connection closed without an answer"
                                                                             : ": connection closed inside the headers"));
        }
        if (data.size() > options.max_body_bytes + 65536)
            throw HttpError(HttpError::Kind::TooLarge,
                            where + ": answer larger than " + std::to_string(options.max_body_bytes) + " bytes");
        if (!waitFor(sock.fd, POLLIN, deadline))
            throw HttpError(HttpError::Kind::Timeout,
                            where + ": no complete answer within " + std::to_string(options.timeout.count()) + " ms");
        const ssize_t n = ::recv(sock.fd, buf, sizeof buf, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n < 0) throw HttpError(HttpError::Kind::Connect, where + ": " + std::strerror(errno));
        if (n == 0) eof = true;
        data.append(buf, static_cast<std::size_t>(n > 0 ? n : 0));
        if (header_end != std::string::npos) continue;
        const std::size_t end = data.find("\r\n\r\n");
        if (end == std::string::npos) continue;
        header_end = end + 4;
        // Status line: HTTP/1.x SP code SP reason
        const std::string_view head = std::string_view(data).substr(0, end);
        std::size_t line_end = head.find("\r\n");
        const std::string_view status_line = head.substr(0, line_end);
        if (!status_line.starts_with("HTTP/1.") || status_line.size() < 12)
            throw HttpError(HttpError::Kind::Protocol, where + ": not an HTTP/1.x answer: '" +
                                                           std::string(status_line.substr(0, 40)) + "'");
        const std::string_view code = status_line.substr(9, 3);
        const auto res = std::from_chars(code.data(), code.data() + 3, resp.status);
        if (res.ec != std::errc() || res.ptr != code.data() + 3)
            throw HttpError(HttpError::Kind::Protocol, where + ": bad status line '" + std::string(status_line) + "'");
        resp.reason = std::string(trim(status_line.substr(12)));
        while (line_end != std::string_view::npos) {
            const std::size_t start = line_end + 2;
            line_end = head.find("\r\n", start);
            const std::string_view line = head.substr(start, line_end == std::string_view::npos ? head.npos : line_end - start);
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos)
                throw HttpError(HttpError::Kind::Protocol, where + ": bad header line '" + std::string(line) + "'");
            resp.headers.emplace_back(lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
        }
        if (lower(resp.header("transfer-encoding")).find("chunked") != std::string::npos) {
            framing = Framing::Chunked;
        } else if (const std::string cl = resp.header("content-length"); !cl.empty()) {
            const auto r = std::from_chars(cl.data(), cl.data() + cl.size(), content_length);
            if (r.ec != std::errc() || r.ptr != cl.data() + cl.size())
                throw HttpError(HttpError::Kind::Protocol, where + ": bad Content-Length '" + cl + "'");
            if (content_length > options.max_body_bytes)
                throw HttpError(HttpError::Kind::TooLarge, where + ": Content-Length " + cl + " exceeds " +
                                                               std::to_string(options.max_body_bytes) + " bytes");
            framing = Framing::Length;
        } else if (resp.status == 204 || resp.status == 304 || resp.status / 100 == 1) {
            return resp; // no body by definition
        }
    }
}

} // namespace gridtwin
