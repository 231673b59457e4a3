// Pareto front, sweep specs (parse, bad input with the JSON path), sweep runs and the sweep CSV.
#include "TestTune.h"

#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "sim/KpiJson.h"
#include "sim/SiteSimulation.h"
#include "tune/ParetoFront.h"
#include "tune/SweepCsvWriter.h"
#include "tune/SweepRunner.h"
#include "tune/SweepSpec.h"
#include "tune/TuningPeriod.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

using namespace gridtwin;

namespace {

// "1,5;2,3" -> {{1,5},{2,3}}; "nan" is NaN.
std::vector<std::vector<double>> points(const QString& text) {
    std::vector<std::vector<double>> out;
    for (const QString& p : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        std::vector<double> v;
        for (const QString& x : p.split(QLatin1Char(',')))
            v.push_back(x == QLatin1String("nan") ? std::numeric_limits<double>::quiet_NaN() : x.toDouble());
        out.push_back(v);
    }
    return out;
}

SimulationPeriod july() {
    TuningPeriod p;
    p.kind = TuningPeriodKind::Month;
    p.year = 2025;
    p.month = 7;
    return simulationPeriod(p);
}

SimulationKpis directRun(const SiteConfig& site, const SimulationPeriod& period) {
    SiteSimulation sim(site, period);
    KpiAccumulator k(site, period.start_ms, period.end_ms, period.step_ms);
    sim.runToEnd([&](std::span<const StepRecord> b) { k.add(b); });
    return k.finish();
}

// From 11.5 MW up the reference battery (20 MWh) holds every July threshold, so the peak equals
// the threshold; below it the battery runs empty and the month's billed peak takes over, so the
// peak is not monotone there (10.5 MW gives a higher peak than 11.5 MW).
const char* kThresholdSweep = R"({"parameters": [{"name": "controller.peak_threshold_kw",
                                                 "values": [11500, 12000, 12500]}]})";

} // namespace

void TestTune::paretoByHand_data() {
    QTest::addColumn<QString>("pts");
    QTest::addColumn<QString>("front"); // one digit per point
    QTest::newRow("empty") << "" << "";
    QTest::newRow("single") << "3,4" << "1";
    QTest::newRow("2 objectives") << "1,5;2,3;3,4;4,1" << "1101";
    QTest::newRow("duplicates both on front") << "1,5;2,3;2,3;3,4" << "1110";
    QTest::newRow("tie in one objective") << "1,2;1,3" << "10";
    QTest::newRow("all equal") << "2,2;2,2;2,2" << "111";
    QTest::newRow("dominated duplicates both off") << "1,1;2,2;2,2" << "100";
    QTest::newRow("3 objectives") << "1,1,1;0,2,2;2,0,2;1,1,2" << "1110";
    QTest::newRow("4 objectives") << "1,2,3,4;1,2,3,5;0,9,9,9;1,2,3,4;2,2,3,3" << "10111";
    QTest::newRow("NaN never on front") << "nan,1;2,2;3,3" << "010";
    QTest::newRow("NaN loses to anything") << "nan,0;5,0" << "01";
}

void TestTune::paretoByHand() {
    QFETCH(QString, pts);
    QFETCH(QString, front);
    const auto p = points(pts);
    const std::vector<bool> on = paretoFront(p);
    QString got;
    for (bool b : on) got += b ? QLatin1Char('1') : QLatin1Char('0');
    QCOMPARE(got, front);
    std::vector<std::size_t> expected;
    for (int i = 0; i < front.size(); ++i)
        if (front[i] == QLatin1Char('1')) expected.push_back(static_cast<std::size_t>(i));
    QCOMPARE(paretoIndices(p), expected);
}

void TestTune::dominatesRules() {
    const std::vector<double> a{1, 2}, b{1, 3}, c{0, 4};
    QVERIFY(dominates(a, b));
    QVERIFY(!dominates(b, a));
    QVERIFY(!dominates(a, a)); // equal points do not dominate each other
    QVERIFY(!dominates(a, c));
    QVERIFY(!dominates(c, a));
    const std::vector<double> three{1, 2, 3};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dominates(a, three));
}

void TestTune::sweepSpecParses() {
    const auto j = nlohmann::json::parse(R"({
        "description": "threshold x reserve",
        "parameters": [
            {"name": "controller.peak_threshold_kw", "values": [11000, 11500, 12000]},
            {"name": "controller.soc_reserve_pct", "start": 10, "stop": 30, "step": 10}],
        "objectives": ["cost", "peak"]})");
    const SweepSpec s = parseSweepSpec(j, "ranges.json");
    QCOMPARE(s.axes.size(), std::size_t(2));
    QCOMPARE(s.axes[0].parameter, std::string("controller.peak_threshold_kw"));
    QCOMPARE(s.axes[0].unit, std::string("kW"));
    QCOMPARE(s.axes[1].values, (std::vector<double>{10, 20, 30}));
    QCOMPARE(s.variantCount(), std::size_t(9));
    // Axis 0 varies slowest.
    QCOMPARE(s.variantValues(0), (std::vector<double>{11000, 10}));
    QCOMPARE(s.variantValues(4), (std::vector<double>{11500, 20}));
    QCOMPARE(s.variantValues(5), (std::vector<double>{11500, 30}));
    QCOMPARE(s.variantValues(8), (std::vector<double>{12000, 30}));
    QCOMPARE(s.objectives, (std::vector<Objective>{Objective::Cost, Objective::Peak}));
    // No objectives: all four.
    const SweepSpec d = parseSweepSpec(nlohmann::json::parse(kThresholdSweep));
    QCOMPARE(d.objectives.size(), std::size_t(4));
    QCOMPARE(std::string(objectiveKpiKey(Objective::Peak)), std::string("peak_billing_import_kw"));
}

void TestTune::sweepSpecStartStopStep() {
    // 0.1 steps reach stop despite binary fractions; a negative step runs downwards.
    const SweepSpec s = parseSweepSpec(nlohmann::json::parse(
        R"({"parameters": [{"name": "bess.round_trip_efficiency", "start": 0.8, "stop": 0.9, "step": 0.02}]})"));
    QCOMPARE(s.axes[0].values.size(), std::size_t(6));
    QVERIFY(std::fabs(s.axes[0].values.back() - 0.9) < 1e-12);
    const SweepSpec down = parseSweepSpec(nlohmann::json::parse(
        R"({"parameters": [{"name": "controller.soc_reserve_pct", "start": 30, "stop": 5, "step": -10}]})"));
    QCOMPARE(down.axes[0].values, (std::vector<double>{30, 20, 10}));
}

void TestTune::sweepSpecBadInput_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expectedContains");
    const QString ok = QStringLiteral(R"({"name": "controller.peak_threshold_kw", "values": [11000]})");
    QTest::newRow("not an object") << "[]" << "$" << "parameters";
    QTest::newRow("unknown top key") << R"({"parameter": []})" << "$.parameter" << "parameters";
    QTest::newRow("no parameters") << R"({"parameters": []})" << "$.parameters" << "one or two";
    QTest::newRow("three parameters") << QStringLiteral(R"({"parameters": [%1, %1, %1]})").arg(ok) << "$.parameters"
                                      << "one or two";
    QTest::newRow("misspelt name") << R"({"parameters": [{"name": "controller.peak_treshold_kw", "values": [1]}]})"
                                   << "$.parameters[0].name" << "controller.peak_threshold_kw";
    QTest::newRow("name missing") << R"({"parameters": [{"values": [1]}]})" << "$.parameters[0].name" << "parameter name";
    QTest::newRow("not numeric") << R"({"parameters": [{"name": "controller.kind", "values": [1]}]})"
                                 << "$.parameters[0].name" << "numeric";
    QTest::newRow("per PV array") << R"({"parameters": [{"name": "pv_arrays[].tilt_deg", "values": [10]}]})"
                                  << "$.parameters[0].name" << "site-wide";
    QTest::newRow("out of range") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": [-5]}]})"
                                  << "$.parameters[0].values[0]" << "0";
    QTest::newRow("string value") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": [1, "x"]}]})"
                                  << "$.parameters[0].values[1]" << "";
    QTest::newRow("empty values") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": []}]})"
                                  << "$.parameters[0].values" << "non-empty";
    QTest::newRow("wrong step sign") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "start": 10, "stop": 0, "step": 1}]})"
                                     << "$.parameters[0].step" << "sign";
    QTest::newRow("zero step") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "start": 0, "stop": 10, "step": 0}]})"
                               << "$.parameters[0].step" << "sign";
    QTest::newRow("step missing") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "start": 1, "stop": 5}]})"
                                  << "$.parameters[0].step" << "step";
    QTest::newRow("stop above range") << R"({"parameters": [{"name": "controller.soc_reserve_pct", "start": 50, "stop": 150, "step": 50}]})"
                                      << "$.parameters[0].stop" << "100";
    QTest::newRow("values and range") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "values": [1], "start": 1}]})"
                                      << "$.parameters[0]" << "either";
    QTest::newRow("unknown axis key") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "valeus": [1]}]})"
                                      << "$.parameters[0].valeus" << "values";
    QTest::newRow("repeated parameter") << QStringLiteral(R"({"parameters": [%1, %1]})").arg(ok)
                                        << "$.parameters[1].name" << "other than the first";
    QTest::newRow("too many values") << R"({"parameters": [{"name": "controller.peak_threshold_kw", "start": 0, "stop": 100000, "step": 1}]})"
                                     << "$.parameters[0].step" << "10000";
    QTest::newRow("too many variants") << R"({"parameters": [
            {"name": "controller.peak_threshold_kw", "start": 0, "stop": 1990, "step": 10},
            {"name": "controller.recharge_below_kw", "start": 0, "stop": 1990, "step": 10}]})"
                                       << "$.parameters" << "10000";
    QTest::newRow("one objective") << QStringLiteral(R"({"parameters": [%1], "objectives": ["cost"]})").arg(ok)
                                   << "$.objectives" << "at least two";
    QTest::newRow("unknown objective") << QStringLiteral(R"({"parameters": [%1], "objectives": ["cost", "speed"]})").arg(ok)
                                       << "$.objectives[1]" << "emissions";
    QTest::newRow("repeated objective") << QStringLiteral(R"({"parameters": [%1], "objectives": ["peak", "peak"]})").arg(ok)
                                        << "$.objectives[1]" << "once";
}

void TestTune::sweepSpecBadInput() {
    QFETCH(QString, json);
    QFETCH(QString, where);
    QFETCH(QString, expectedContains);
    try {
        parseSweepSpec(nlohmann::json::parse(json.toStdString()), "ranges.json");
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("ranges.json"));
        QCOMPARE(QString::fromStdString(e.where()), where);
        QVERIFY2(QString::fromStdString(e.expected()).contains(expectedContains), e.what());
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("ranges.json")));
    }
}

void TestTune::sweepSpecFileErrors() {
    const std::string path = tempPath("bad.json");
    {
        std::ofstream f(path);
        f << "{\n  \"parameters\": [,]\n}\n";
    }
    try {
        loadSweepSpec(path);
        QFAIL("accepted invalid JSON");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), path);
        QVERIFY2(QString::fromStdString(e.where()).startsWith(QStringLiteral("line 2, column")), e.what());
    }
    try {
        loadSweepSpec(tempPath("missing.json"));
        QFAIL("accepted a missing file");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), tempPath("missing.json"));
    }
    {
        std::ofstream f(tempPath("ok.json"));
        f << kThresholdSweep;
    }
    QCOMPARE(loadSweepSpec(tempPath("ok.json")).variantCount(), std::size_t(3));
}

void TestTune::sweepThresholdsMatchSeparateRuns() {
    const SweepSpec spec = parseSweepSpec(nlohmann::json::parse(kThresholdSweep));
    const SimulationPeriod period = july();
    SweepRunner runner(referenceSite(), spec, period, 2);
    std::atomic<int> progress_signals{0};
    runner.progressChanged.connect([&](double) { ++progress_signals; });
    const SweepResults r = runner.run();
    QVERIFY(runner.finished());
    QCOMPARE(runner.progress(), 1.0);
    QVERIFY(progress_signals.load() > 0);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.threads, 2u);
    QCOMPARE(r.variants.size(), std::size_t(3));
    double last_peak = -1;
    for (std::size_t i = 0; i < r.variants.size(); ++i) {
        const SweepVariantResult& v = r.variants[i];
        QVERIFY2(v.done, v.error.c_str());
        // Monotone in the threshold, and held exactly at it.
        QVERIFY2(v.kpis.peak_billing_import_kw >= last_peak, qPrintable(QString::number(i)));
        QCOMPARE(v.kpis.peak_billing_import_kw, v.values[0]);
        last_peak = v.kpis.peak_billing_import_kw;
        SiteConfig site = referenceSite();
        site.controller.peak_threshold_kw = v.values[0];
        const auto direct = kpiRows(directRun(site, period));
        const auto swept = kpiRows(v.kpis);
        for (std::size_t k = 0; k < direct.size(); ++k) QCOMPARE(swept[k].value, direct[k].value); // exact
        QCOMPARE(v.objectives, objectiveValues(v.kpis, spec.objectives));
    }
    // The sweep must actually shave: the lowest threshold lowers the peak below the highest's.
    QVERIFY(r.variants[0].kpis.peak_billing_import_kw < r.variants[2].kpis.peak_billing_import_kw);
    // Flags agree with the pure front over the objective vectors.
    std::vector<std::vector<double>> pts;
    for (const auto& v : r.variants) pts.push_back(v.objectives);
    const auto front = paretoFront(pts);
    for (std::size_t i = 0; i < front.size(); ++i) QCOMPARE(r.variants[i].pareto, static_cast<bool>(front[i]));
}

void TestTune::sweepCancelStopsEarly() {
    const SweepSpec spec = parseSweepSpec(nlohmann::json::parse(
        R"({"parameters": [{"name": "controller.peak_threshold_kw", "start": 10000, "stop": 12000, "step": 250}]})"));
    QCOMPARE(spec.variantCount(), std::size_t(9));
    SweepRunner runner(referenceSite(), spec, july(), 1);
    // A slot only flags; here the flag is the runner's own atomic cancel.
    runner.progressChanged.connect([&](double) { runner.cancel(); });
    std::atomic<int> completions{0};
    runner.completed.connect([&] { ++completions; });
    const SweepResults r = runner.run();
    QCOMPARE(completions.load(), 1);
    QVERIFY(r.cancelled);
    QVERIFY(runner.variantsDone() >= 1);
    QVERIFY2(runner.variantsDone() < 3, qPrintable(QString::number(runner.variantsDone())));
    std::size_t not_done = 0;
    for (const auto& v : r.variants) {
        if (!v.done) {
            ++not_done;
            QVERIFY(!v.pareto);
        }
    }
    QCOMPARE(not_done, spec.variantCount() - runner.variantsDone());
}

void TestTune::sweepRefusesInputShapingParameter() {
    // The GPU count shapes the load series every variant shares: refused, naming the parameter.
    const SweepSpec spec = parseSweepSpec(nlohmann::json::parse(
        R"({"parameters": [{"name": "cluster.gpu_tdp_w", "values": [500, 700]}]})"));
    SweepRunner runner(referenceSite(), spec, july(), 1);
    try {
        runner.start();
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(e.where(), std::string("cluster.gpu_tdp_w"));
        QVERIFY2(QString::fromStdString(e.expected()).contains(QStringLiteral("leaves the input series alone")), e.what());
    }
}

void TestTune::sweepCsv() {
    SweepResults r;
    r.spec = parseSweepSpec(nlohmann::json::parse(R"({"parameters": [
        {"name": "controller.peak_threshold_kw", "values": [11000, 12000]},
        {"name": "bess.max_c_rate", "values": [0.5]}]})"));
    r.variants.resize(2);
    r.variants[0].values = {11000, 0.5};
    r.variants[0].done = true;
    r.variants[0].pareto = true;
    r.variants[0].kpis.peak_billing_import_kw = 11234.125;
    r.variants[0].kpis.total_cost_eur = 0.1 + 0.2; // needs 17 digits to round-trip
    r.variants[1].values = {12000, 0.5};            // cancelled: empty KPI cells
    std::ostringstream out;
    writeSweepCsv(out, r);
    const QStringList lines = QString::fromStdString(out.str()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header.mid(0, 5), (QStringList{"variant", "controller.peak_threshold_kw", "bess.max_c_rate_1_per_h", "done", "pareto"}));
    const auto rows = kpiRows(SimulationKpis{});
    QCOMPARE(header.size(), 5 + static_cast<int>(rows.size()));
    const QStringList first = lines[1].split(QLatin1Char(','));
    const QStringList second = lines[2].split(QLatin1Char(','));
    QCOMPARE(first.mid(0, 5), (QStringList{"0", "11000", "0.5", "1", "1"}));
    QCOMPARE(second.mid(0, 5), (QStringList{"1", "12000", "0.5", "0", "0"}));
    const int peak_col = header.indexOf(QStringLiteral("peak_billing_import_kw"));
    const int cost_col = header.indexOf(QStringLiteral("total_cost_eur"));
    QVERIFY(peak_col > 0 && cost_col > 0);
    QCOMPARE(first[peak_col].toDouble(), 11234.125);
    QCOMPARE(first[cost_col].toDouble(), 0.1 + 0.2);
    QCOMPARE(second[peak_col], QString());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeSweepCsv(tempPath("no/such/dir/x.csv"), r));
}
