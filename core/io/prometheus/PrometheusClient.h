#pragma once
// Client of the Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api):
// GET /api/v1/query and /api/v1/query_range, JSON envelope
//   {"status":"success"|"error","data":{"resultType":"vector"|"matrix"|"scalar"|"string",
//    "result":...},"errorType":"...","error":"...","warnings":[...]}
// with sample values as strings ("650", "NaN", "+Inf") and times as float Unix seconds.

#include "io/prometheus/HttpClient.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gridtwin {

struct PromPoint {
    double time_s = 0; // Unix seconds (fractional)
    double value = 0;  // NaN / +-Inf as Prometheus sent them
};

struct PromSeries {
    std::map<std::string, std::string> labels;
    std::vector<PromPoint> points; // one for vector and scalar results, many for a matrix
};

struct PromResult {
    std::string result_type; // "vector", "matrix", "scalar" or "string"
    std::vector<PromSeries> series;
    std::vector<std::string> warnings;
};

/// The server answered "status":"error" (or a body that is not the API's JSON).
class PrometheusError : public std::runtime_error {
public:
    PrometheusError(std::string error_type, const std::string& what)
        : std::runtime_error(what), error_type_(std::move(error_type)) {}
    const std::string& errorType() const { return error_type_; } // "bad_data", "timeout", ... or "invalid_json"

private:
    std::string error_type_;
};

/// Parses an API response body; `what` names the request in error messages.
PromResult parsePrometheusResponse(std::string_view json, const std::string& what);

class PrometheusClient {
public:
    /// base_url: the server, e.g. http://prometheus.site:9090 (a path prefix is kept).
    explicit PrometheusClient(const std::string& base_url,
                              std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

    /// Instant query at time_s (server time "now" when absent).
    PromResult query(const std::string& promql, std::optional<double> time_s = std::nullopt) const;
    /// Range query; Prometheus refuses more than 11,000 points per series ((end-start)/step).
    PromResult queryRange(const std::string& promql, double start_s, double end_s, double step_s) const;

    const HttpUrl& baseUrl() const { return base_; }

private:
    PromResult get(const std::string& path_and_query) const;
    HttpUrl base_;
    HttpOptions options_;
};

} // namespace gridtwin
