#pragma once
// A minimal HTTP/1.1 client over POSIX sockets, enough to read a Prometheus server's HTTP API and
// a DCGM exporter's /metrics page: GET only, plain http (no TLS), bodies by Content-Length,
// chunked transfer coding or connection close, one overall timeout for connect + request +
// response. No Qt, no curl (core/ has no third-party network dependency). Name resolution uses
// getaddrinfo, which the timeout does not bound.

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gridtwin {

struct HttpUrl {
    std::string host;
    std::uint16_t port = 80;
    std::string target = "/"; // path and query, as sent in the request line
    std::string text() const; // http://host:port/target
};

/// Parses "http://host[:port][/path][?query]". Throws InputError (where = what) for anything else
/// (https is refused with a clear message: TLS is not supported).
HttpUrl parseHttpUrl(std::string_view url, const std::string& what = "URL");
/// Percent-encodes a query parameter value (RFC 3986 unreserved characters stay).
std::string urlEncode(std::string_view text);

class HttpError : public std::runtime_error {
public:
    enum class Kind { Connect, Timeout, Protocol, TooLarge };
    HttpError(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

struct HttpResponse {
    int status = 0;
    std::string reason;
    std::vector<std::pair<std::string, std::string>> headers; // names lower-cased
    std::string body;
    /// Value of the first header called name (lower case); "" when absent.
    std::string header(std::string_view name) const;
};

struct HttpOptions {
    std::chrono::milliseconds timeout{5000};
    std::size_t max_body_bytes = 64u << 20; // refuse larger answers rather than exhaust memory
    std::string accept = "*/*";
};

/// GET url. Any status is returned (the caller decides); throws HttpError on connection failure
/// (refused, unreachable, name not found), timeout, a malformed answer or an oversized body. The
/// message names the URL.
HttpResponse httpGet(const HttpUrl& url, const HttpOptions& options = {});

enum class ChunkedStatus { Complete, Incomplete, Malformed };
/// Decodes a chunked body (RFC 9112 section 7.1: hex size [;ext] CRLF data CRLF ... 0 CRLF
/// [trailers] CRLF) into out.
ChunkedStatus decodeChunked(std::string_view data, std::string& out);

} // namespace gridtwin
