#include "io/prometheus/PrometheusClient.h"

#include "model/InputError.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>

namespace gridtwin {

namespace {

using nlohmann::json;

// Sample values travel as strings in Go's ParseFloat syntax (NaN, +Inf, -Inf included).
double parseValue(const json& v, const std::string& what) {
    if (!v.is_string()) throw PrometheusError("invalid_json", what + ": sample value is not a string");
    const std::string s = v.get<std::string>();
    if (s == "NaN") return std::numeric_limits<double>::quiet_NaN();
    if (s == "+Inf" || s == "Inf") return std::numeric_limits<double>::infinity();
    if (s == "-Inf") return -std::numeric_limits<double>::infinity();
    double d = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), d);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size())
        throw PrometheusError("invalid_json", what + ": sample value '" + s + "' is not a number");
    return d;
}

PromPoint parsePoint(const json& p, const std::string& what) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number())
        throw PrometheusError("invalid_json", what + ": a sample must be [<unix seconds>, \"<value>\"]");
    return {p[0].get<double>(), parseValue(p[1], what)};
}

std::string text(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

PromResult parsePrometheusResponse(std::string_view body, const std::string& what) {
    const json j = json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        const std::string start(body.substr(0, 80));
        throw PrometheusError("invalid_json", what + ": answer is not Prometheus API JSON: '" + start + "'");
    }
    const std::string status = text(j, "status");
    if (status == "error") {
        const std::string type = text(j, "errorType");
        throw PrometheusError(type, what + ": Prometheus error" + (type.empty() ? "" : " (" + type + ")") +
                                        ": " + text(j, "error"));
    }
    if (status != "success")
        throw PrometheusError("invalid_json", what + ": expected \"status\":\"success\" or \"error\", found '" + status + "'");
    PromResult r;
    if (const auto w = j.find("warnings"); w != j.end() && w->is_array())
        for (const json& s : *w)
            if (s.is_string()) r.warnings.push_back(s.get<std::string>());
    const auto data = j.find("data");
    if (data == j.end() || !data->is_object())
        throw PrometheusError("invalid_json", what + ": \"data\" missing");
    r.result_type = text(*data, "resultType");
    const auto result = data->find("result");
    if (result == data->end()) throw PrometheusError("invalid_json", what + ": \"data.result\" missing");
    if (r.result_type == "scalar") {
        r.series.push_back({{}, {parsePoint(*result, what)}});
    } else if (r.result_type == "vector" || r.result_type == "matrix") {
        if (!result->is_array()) throw PrometheusError("invalid_json", what + ": \"data.result\" is not an array");
        const bool matrix = r.result_type == "matrix";
        for (const json& s : *result) {
            PromSeries series;
            if (const auto m = s.find("metric"); m != s.end() && m->is_object())
                for (const auto& [k, v] : m->items())
                    if (v.is_string()) series.labels[k] = v.get<std::string>();
            if (matrix) {
                const auto values = s.find("values");
                if (values == s.end() || !values->is_array())
                    throw PrometheusError("invalid_json", what + ": a matrix series without \"values\"");
                for (const json& p : *values) series.points.push_back(parsePoint(p, what));
            } else {
                const auto value = s.find("value");
                if (value == s.end()) throw PrometheusError("invalid_json", what + ": a vector sample without \"value\"");
                series.points.push_back(parsePoint(*value, what));
            }
            r.series.push_back(std::move(series));
        }
    } else if (r.result_type != "string") {
        throw PrometheusError("invalid_json", what + ": unknown resultType '" + r.result_type + "'");
    }
    return r;
}

PrometheusClient::PrometheusClient(const std::string& base_url, std::chrono::milliseconds timeout)
    : base_(parseHttpUrl(base_url, "Prometheus URL")) {
    options_.timeout = timeout;
    options_.accept = "application/json";
    while (base_.target.size() > 1 && base_.target.back() == '/') base_.target.pop_back();
    if (base_.target == "/") base_.target.clear();
}

PromResult PrometheusClient::get(const std::string& path_and_query) const {
    HttpUrl url = base_;
    url.target += path_and_query;
    const HttpResponse resp = httpGet(url, options_);
    const std::string what = "GET " + url.text();
    // 400 / 422 / 503 carry the API's error JSON; anything else that is not 2xx is a plain failure.
    const bool api_status = resp.status / 100 == 2 || resp.status == 400 || resp.status == 422 || resp.status == 503;
    if (!api_status)
        throw PrometheusError("http_" + std::to_string(resp.status),
                              what + ": HTTP " + std::to_string(resp.status) + " " + resp.reason);
    return parsePrometheusResponse(resp.body, what);
}

namespace {
// Fixed notation: the shortest form of 1e6 is "1e+06", and '+' in a query string decodes to a space.
std::string number(double v) {
    char buf[400];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return std::string(buf, res.ptr);
}
} // namespace

PromResult PrometheusClient::query(const std::string& promql, std::optional<double> time_s) const {
    std::string q = "/api/v1/query?query=" + urlEncode(promql);
    if (time_s) q += "&time=" + number(*time_s);
    return get(q);
}

PromResult PrometheusClient::queryRange(const std::string& promql, double start_s, double end_s,
                                        double step_s) const {
    if (!(step_s > 0)) throw InputError("", "query_range step", "a step > 0 s", number(step_s));
    if (end_s < start_s) throw InputError("", "query_range end", "end >= start " + number(start_s), number(end_s));
    return get("/api/v1/query_range?query=" + urlEncode(promql) + "&start=" + number(start_s) +
               "&end=" + number(end_s) + "&step=" + number(step_s));
}

} // namespace gridtwin
