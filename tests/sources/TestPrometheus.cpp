// GPU telemetry: Prometheus API JSON (vector, matrix, error), DCGM exposition parsing and the GPU
// power sum, the HTTP client (Content-Length, chunked, timeout, refused) against an in-test
// server, and GpuTelemetrySource end to end with quality flags.
#include "SourcesTests.h"
#include "TestHttpServer.h"

#include "io/prometheus/DcgmExpositionParser.h"
#include "io/prometheus/GpuTelemetrySource.h"
#include "io/prometheus/HttpClient.h"
#include "io/prometheus/PrometheusClient.h"
#include "model/InputError.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

using namespace gridtwin;
using gridtwin::test::TestHttpServer;

namespace {

std::string readData(const char* name) {
    std::ifstream in(sourcesData(name), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string chunked(const std::string& body, std::size_t chunk) {
    std::string out = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
    char size[32];
    for (std::size_t i = 0; i < body.size(); i += chunk) {
        const std::size_t n = std::min(chunk, body.size() - i);
        std::snprintf(size, sizeof size, "%zx;ext=1\r\n", n);
        out += size + body.substr(i, n) + "\r\n";
    }
    return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

} // namespace

class TestPrometheus : public QObject {
    Q_OBJECT
private slots:
    void vectorResult() {
        const PromResult r = parsePrometheusResponse(readData("prom_query_vector.json"), "test");
        QCOMPARE(r.result_type, std::string("vector"));
        QCOMPARE(r.series.size(), std::size_t{1});
        QCOMPARE(r.series[0].points[0].value, 650.0);
        QCOMPARE(r.series[0].points[0].time_s, 1795517008.123);
    }

    void matrixResult() {
        const PromResult r = parsePrometheusResponse(readData("prom_query_range_matrix.json"), "test");
        QCOMPARE(r.result_type, std::string("matrix"));
        QCOMPARE(r.series.size(), std::size_t{2});
        QCOMPARE(r.series[0].labels.at("Hostname"), std::string("node1"));
        QCOMPARE(r.series[0].points.size(), std::size_t{3});
        QCOMPARE(r.series[0].points[2].value, 612.5);
        QCOMPARE(r.series[0].points[1].time_s, 1795517068.0);
        QVERIFY(std::isnan(r.series[1].points[1].value));
    }

    void warningsAreKept() {
        const PromResult r = parsePrometheusResponse(readData("prom_warning_vector.json"), "test");
        QCOMPARE(r.series.size(), std::size_t{2});
        QCOMPARE(r.series[0].points[0].value + r.series[1].points[0].value, 650.0);
        QCOMPARE(r.warnings.size(), std::size_t{1});
    }

    void errorStatusCarriesTypeAndMessage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("bad_data") << QByteArray::fromStdString(readData("prom_error_bad_data.json")) << "bad_data"
                                  << "exceeded maximum resolution of 11,000 points";
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << "invalid_json" << "<html>502";
        QTest::newRow("value not string") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,650]}]}})")
                                          << "invalid_json" << "not a string";
        QTest::newRow("unknown type") << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})")
                                      << "invalid_json" << "tensor";
    }
    void errorStatusCarriesTypeAndMessage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(QString, text);
        try {
            parsePrometheusResponse(body.toStdString(), "GET q");
            QFAIL("no error");
        } catch (const PrometheusError& e) {
            QCOMPARE(QString::fromStdString(e.errorType()), type);
            QVERIFY2(QString(e.what()).contains(text), e.what());
            QVERIFY2(QString(e.what()).startsWith("GET q"), e.what());
        }
    }

    void expositionSumsGpuPower() {
        const auto samples = DcgmExpositionParser::parse(readData("dcgm_metrics.txt"), "dcgm_metrics.txt");
        QCOMPARE(samples.size(), std::size_t{8});
        const GpuPowerSum sum = DcgmExpositionParser::sumPower(samples);
        // 612.345 + 598.655 + 87.5 W; GPU 3 reports the DCGM blank value.
        QCOMPARE(sum.total_w, 1298.5);
        QCOMPARE(sum.gpus, 3);
        QCOMPARE(sum.missing, 1);
        QCOMPARE(sum.newest_timestamp_ms.value_or(0), std::int64_t{1795517008000});
        QCOMPARE(samples[0].label("UUID"), std::string("GPU-604ac76c-d9cf-fef3-62e9-d92044ab6e52"));
        QCOMPARE(samples[0].label("gpu"), std::string("0"));
        QCOMPARE(samples[3].label("hpc_job"), std::string("host-job-0"));
        QCOMPARE(samples[5].label("note"), std::string("say \"hi\"\\ok"));
        QCOMPARE(samples[7].value, 1.2345e11);
    }

    void expositionErrorsNameTheLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("unterminated label") << QByteArray::fromStdString(readData("dcgm_bad_label.txt")) << "line 2";
        QTest::newRow("no value") << QByteArray("# c\n\nDCGM_FI_DEV_POWER_USAGE{gpu=\"0\"}\n") << "line 3";
        QTest::newRow("bad value") << QByteArray("DCGM_FI_DEV_POWER_USAGE 12W\n") << "line 1, column 25";
        QTest::newRow("bad timestamp") << QByteArray("x 1 12.5\n") << "line 1, column 5";
        QTest::newRow("bad name") << QByteArray("9x 1\n") << "line 1, column 1";
    }
    void expositionErrorsNameTheLine() {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        try {
            DcgmExpositionParser::parse(text.toStdString(), "scrape");
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("scrape"), e.what());
            QVERIFY2(QString(e.what()).contains(where), e.what());
        }
    }

    void urlParsing() {
        const HttpUrl u = parseHttpUrl("http://prom.site:9090/prefix?a=1");
        QCOMPARE(u.host, std::string("prom.site"));
        QCOMPARE(u.port, std::uint16_t{9090});
        QCOMPARE(u.target, std::string("/prefix?a=1"));
        QCOMPARE(parseHttpUrl("http://node1").port, std::uint16_t{80});
        QVERIFY_THROWS_EXCEPTION(InputError, parseHttpUrl("https://prom.site"));
        QVERIFY_THROWS_EXCEPTION(InputError, parseHttpUrl("http://u:p@prom.site"));
        QVERIFY_THROWS_EXCEPTION(InputError, parseHttpUrl("http://prom.site:99999/"));
        QCOMPARE(urlEncode("sum(DCGM_FI_DEV_POWER_USAGE{gpu=\"0\"})"),
                 std::string("sum%28DCGM_FI_DEV_POWER_USAGE%7Bgpu%3D%220%22%7D%29"));
    }

    void httpContentLength() {
        TestHttpServer server([](const std::string&) { return TestHttpServer::ok("hello world"); }, {3, false});
        const HttpResponse r = httpGet(parseHttpUrl(server.url("/x?y=1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, std::string("hello world"));
        QCOMPARE(r.header("content-type"), std::string("application/json"));
        QCOMPARE(server.targets().at(0), std::string("/x?y=1"));
        QVERIFY(server.requests().at(0).find("Host: 127.0.0.1:") != std::string::npos);
    }

    void httpChunked() {
        const std::string body = readData("dcgm_metrics.txt");
        TestHttpServer server([&](const std::string&) { return chunked(body, 100); }, {7, false});
        const HttpResponse r = httpGet(parseHttpUrl(server.url("/metrics")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, body);
        std::string out;
        QCOMPARE(decodeChunked("5\r\nhello\r\n0\r\n\r\n", out), ChunkedStatus::Complete);
        QCOMPARE(out, std::string("hello"));
        QCOMPARE(decodeChunked("5\r\nhel", out), ChunkedStatus::Incomplete);
        QCOMPARE(decodeChunked("zz\r\nhello\r\n", out), ChunkedStatus::Malformed);
        QCOMPARE(decodeChunked("5\r\nhelloXX0\r\n\r\n", out), ChunkedStatus::Malformed);
    }

    void httpTimeout() {
        TestHttpServer server([](const std::string&) { return std::string(); }, {0, true});
        HttpOptions opt;
        opt.timeout = std::chrono::milliseconds(150);
        const auto t0 = std::chrono::steady_clock::now();
        try {
            httpGet(parseHttpUrl(server.url("/slow")), opt);
            QFAIL("no error");
        } catch (const HttpError& e) {
            QCOMPARE(e.kind(), HttpError::Kind::Timeout);
            QVERIFY2(QString(e.what()).contains("/slow"), e.what());
        }
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
        QVERIFY(ms.count() >= 140 && ms.count() < 2000);
    }

    void httpRefused() {
        std::uint16_t port = 0;
        { // a port that was just free: nobody listens there any more
            TestHttpServer gone([](const std::string&) { return std::string(); });
            port = gone.port();
        }
        try {
            httpGet(parseHttpUrl("http://127.0.0.1:" + std::to_string(port) + "/"));
            QFAIL("no error");
        } catch (const HttpError& e) {
            QCOMPARE(e.kind(), HttpError::Kind::Connect);
            QVERIFY2(QString(e.what()).contains("refused"), e.what());
        }
    }

    void httpTruncatedBody() {
        TestHttpServer server([](const std::string&) {
            return std::string("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort");
        });
        try {
            httpGet(parseHttpUrl(server.url("/")));
            QFAIL("no error");
        } catch (const HttpError& e) {
            QCOMPARE(e.kind(), HttpError::Kind::Protocol);
            QVERIFY2(QString(e.what()).contains("5 body bytes of 100"), e.what());
        }
    }

    void clientQueryAndApiError() {
        const std::string vector = readData("prom_query_vector.json");
        const std::string error = readData("prom_error_bad_data.json");
        TestHttpServer server([&](const std::string& target) {
            if (target.starts_with("/prom/api/v1/query_range"))
                return "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " +
                       std::to_string(error.size()) + "\r\n\r\n" + error;
            return TestHttpServer::ok(vector);
        });
        const PrometheusClient client(server.url("/prom/"));
        const PromResult r = client.query("sum(DCGM_FI_DEV_POWER_USAGE)", 1795517008.0);
        QCOMPARE(r.series.at(0).points.at(0).value, 650.0);
        QCOMPARE(server.targets().at(0),
                 std::string("/prom/api/v1/query?query=sum%28DCGM_FI_DEV_POWER_USAGE%29&time=1795517008"));
        try {
            client.queryRange("sum(DCGM_FI_DEV_POWER_USAGE)", 0, 1e6, 1);
            QFAIL("no error");
        } catch (const PrometheusError& e) {
            QCOMPARE(e.errorType(), std::string("bad_data"));
        }
        QCOMPARE(server.targets().at(1),
                 std::string("/prom/api/v1/query_range?query=sum%28DCGM_FI_DEV_POWER_USAGE%29&start=0&end=1000000&step=1"));
    }

    void telemetrySourceScalesAndFlagsQuality() {
        const std::string metrics = readData("dcgm_metrics.txt");
        std::atomic<bool> fail{false};
        TestHttpServer server([&](const std::string&) {
            if (fail) return std::string("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
            return TestHttpServer::ok(metrics, "text/plain; version=0.0.4");
        });
        GpuTelemetryConfig cfg;
        cfg.mode = GpuTelemetryConfig::Mode::ExporterScrape;
        cfg.url = server.url("/metrics");
        cfg.node_overhead_factor = 1.4;
        cfg.pue = 1.15;
        cfg.poll_interval_ms = 100;
        cfg.stale_after_ms = 1'000'000'000'000LL; // the canned timestamp is from 2026
        GpuTelemetrySource src(cfg, [] { return std::int64_t{1795517010000}; });
        src.setPaused(true);
        src.start();
        src.stepOnce();
        std::vector<StepRecord> out;
        QTRY_VERIFY_WITH_TIMEOUT((src.drain(out), !out.empty()), 5000);
        const StepRecord& r = out.front();
        QCOMPARE(r.quality, Quality::Good);
        QCOMPARE(r.time_ms, std::int64_t{1795517010000});
        // 1298.5 W of GPUs x 1.4 node overhead = 1.8179 kW IT; x 1.15 PUE = 2.090585 kW.
        QVERIFY(std::abs(r.it_load_kw - 1.8179) < 1e-9);
        QVERIFY(std::abs(r.load_kw - 2.090585) < 1e-9);
        QCOMPARE(r.grid_kw, r.load_kw);
        QCOMPARE(src.status().gpus, 3);
        fail = true;
        src.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(src.state() == SourceState::Faulted, 5000);
        out.clear();
        src.drain(out);
        QVERIFY(!out.empty());
        QCOMPARE(out.back().quality, Quality::Bad);
        QCOMPARE(out.back().load_kw, r.load_kw); // last good value, flagged bad
        QVERIFY(src.status().consecutive_errors >= GpuTelemetrySource::kFaultAfterErrors);
        QVERIFY(QString::fromStdString(src.stateText()).contains("HTTP 500"));
        fail = false;
        QTRY_VERIFY_WITH_TIMEOUT(src.state() == SourceState::Running, 5000);
        src.stop();
    }

    void telemetryFromPrometheusQuery() {
        const std::string vector = readData("prom_query_vector.json");
        TestHttpServer server([&](const std::string&) { return TestHttpServer::ok(vector); });
        GpuTelemetryConfig cfg;
        cfg.url = server.url();
        GpuTelemetrySource src(cfg, [] { return std::int64_t{1795517010000}; });
        int gpus = -1;
        const auto [w, t] = src.pollOnce(&gpus);
        QCOMPARE(w, 650.0);
        QCOMPARE(t, std::int64_t{1795517008123});
        cfg.pue = 0.5;
        QVERIFY_THROWS_EXCEPTION(InputError, GpuTelemetrySource{cfg});
    }
};

int runPrometheusTests(int argc, char** argv) {
    TestPrometheus t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestPrometheus.moc"
